import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, openApp, SCREENSHOTS, EXAMPLES, sharedChromium } from './chromium';

const chromium = sharedChromium();

async function createBoard(page: Page, title: string, account: string) {
  await page.getByRole('button', { name: 'New board' }).click();
  await page.getByLabel('Board title').fill(title);
  await page.getByLabel('Account name').fill(account);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/#\/board\//);
}

describe('the shell in real Chromium', () => {
  it('creates a board that survives a reload', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await createBoard(page, 'Bank core system', 'Example Bank');
    const url = page.url();
    await expect.poll(() => page.locator('.board-title').textContent()).toBe('Bank core system');
    // The editor says when the board is stored; then a reload must find it.
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    await page.reload();
    expect(page.url()).toBe(url);
    await expect.poll(() => page.locator('.board-title').textContent()).toBe('Bank core system');
    await page.getByRole('link', { name: /All boards/ }).click();
    await page.reload();
    await expect.poll(() => page.locator('.board-row').count()).toBe(1);
    expect(await page.locator('.board-row').textContent()).toContain('Example Bank');
    await page.screenshot({ path: join(SCREENSHOTS, 'board-list-en.png') });
    await page.context().close();
  });

  it('switches language and the UI follows', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('KA Buying Canvas');
    await page.getByLabel('Language').selectOption('zh-CN');
    await expect.poll(() => page.locator('h1').textContent()).toBe('KA 采购流程画布');
    expect(await page.getByRole('button', { name: '新建画布' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.screenshot({ path: join(SCREENSHOTS, 'board-list-zh.png') });
    await page.context().close();
  });

  it('imports the shared minimal example by the import button', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await page.getByTestId('import-input').setInputFiles(join(EXAMPLES, 'minimal.board.json'));
    await expect.poll(() => page.locator('.board-row').count()).toBe(1);
    expect(await page.locator('.board-row').textContent()).toContain('Blank sheet');
    await page.locator('.board-row a').click();
    await expect.poll(() => page.locator('.board-title').textContent()).toBe('Blank sheet');
    await page.context().close();
  });

  it('keeps working in memory with a visible warning when IndexedDB cannot open', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('blocked for this test', 'SecurityError');
      };
    });
    const page = await context.newPage();
    await page.goto(appUrl('#/', 'en'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Boards will not be kept');
    await createBoard(page, 'In memory only', 'Nowhere Ltd');
    await expect.poll(() => page.locator('.board-title').textContent()).toBe('In memory only');
    expect(await page.getByRole('button', { name: 'Export JSON now' }).count()).toBe(1);
    await page.getByRole('link', { name: /All boards/ }).click();
    await expect.poll(() => page.locator('.board-row').count()).toBe(1);
    await context.close();
  });
});

describe('nothing typed is lost', () => {
  async function retitle(page: Page, title: string) {
    const field = page.getByRole('textbox', { name: 'Board title', exact: true });
    await field.fill(title);
    await field.press('Tab');
    await expect.poll(() => page.locator('.board-title').textContent()).toBe(title);
  }

  it('keeps an edit made just before a reload, and the list shows it at once', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await createBoard(page, 'Before', 'Acme');
    await retitle(page, 'Edited right before reload');
    // No wait for the debounced save: the page goes away at once.
    await page.reload();
    await expect
      .poll(() => page.locator('.board-title').textContent())
      .toBe('Edited right before reload');
    await retitle(page, 'Edited then left');
    await page.getByRole('link', { name: /All boards/ }).click();
    await expect
      .poll(() => page.locator('.board-row strong').first().textContent())
      .toBe('Edited then left');
    await page.context().close();
  });

  it('keeps a new board in the tab when the disk is full, and says so', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(appUrl('#/', 'en'));
    await createBoard(page, 'Full disk', 'Acme');
    await expect.poll(() => page.locator('.board-title').textContent()).toBe('Full disk');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('storage is full');
    await page.getByRole('link', { name: /All boards/ }).click();
    await expect.poll(() => page.locator('.board-row').count()).toBe(1);
    await context.close();
  });
});
