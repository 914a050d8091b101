import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CRM, openApp, SCREENSHOTS, EXAMPLES, sharedChromium } from './chromium';

const chromium = sharedChromium();

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'share-import-'));
});

const rows = (page: Page) => page.locator('.board-row').count();

/** Drops a file on `selector` the way a browser does: dragover, then drop, with a DataTransfer. */
async function dropFile(page: Page, selector: string, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], fileName, { type: 'application/json' }));
      return dt;
    },
    [name, text] as const,
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

describe('import in real Chromium', () => {
  it('imports by the button and by dropping a file on the board list', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await page.getByTestId('import-input').setInputFiles(join(EXAMPLES, 'minimal.board.json'));
    await expect.poll(() => rows(page)).toBe(1);
    await dropFile(page, '.board-list', 'crm.board.json', readFileSync(CRM, 'utf8'));
    await expect.poll(() => rows(page)).toBe(2);
    expect(await page.locator('.boards').textContent()).toContain('集团销售管理部采购 CRM');
    await page.context().close();
  });

  it('lists every problem of a refused file by item name and changes nothing', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await page.getByTestId('import-input').setInputFiles(CRM);
    await expect.poll(() => rows(page)).toBe(1);
    const broken = JSON.parse(readFileSync(CRM, 'utf8')) as {
      board: { stakeholders: { influence: number; stance: string }[]; links: { target: string }[] };
    };
    broken.board.stakeholders[1]!.influence = 9;
    broken.board.stakeholders[2]!.stance = 'angry';
    broken.board.links[3]!.target = 's9';
    const file = join(tmp, 'broken.board.json');
    writeFileSync(file, JSON.stringify(broken));
    await page.getByTestId('import-input').setInputFiles(file);
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.count()).toBe(1);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('The file was not imported');
    expect(text).toContain('Stakeholder “隔壁销售负责人”, influence');
    expect(text).toContain('Stakeholder “采购经理”, stance');
    expect(text).not.toContain('board.stakeholders');
    expect(await dialog.locator('li').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'share-import-refused.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await rows(page)).toBe(1);

    // Broken JSON text is refused the same way, in Chinese too.
    await page.getByLabel('Language').selectOption('zh-CN');
    writeFileSync(join(tmp, 'syntax.json'), '{"format": "ka-buying-canvas", ');
    await page.getByTestId('import-input').setInputFiles(join(tmp, 'syntax.json'));
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain('不是有效的');
    await page.getByRole('alertdialog').getByRole('button').click();
    expect(await rows(page)).toBe(1);
    await page.context().close();
  });

  it('asks on an id conflict: keep both adds a board, replace keeps the count', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    const input = page.getByTestId('import-input');
    await input.setInputFiles(CRM);
    await expect.poll(() => rows(page)).toBe(1);
    await input.setInputFiles(CRM);
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('already exists');
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect.poll(() => rows(page)).toBe(2);
    await input.setInputFiles(CRM);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace existing' }).click();
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
    // No third row may appear. The list shows its changes in order, so once a board imported
    // after the replace is listed, the replace has been listed too: that row is the signal.
    await input.setInputFiles(join(EXAMPLES, 'minimal.board.json'));
    await page.locator('.board-row', { hasText: 'Blank sheet' }).waitFor();
    expect(await rows(page)).toBe(3);
    expect(await page.locator('.board-row', { hasNotText: 'Blank sheet' }).count()).toBe(2);
    await page.context().close();
  });

  it('imports a file dropped on the editor and opens it', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await page.getByTestId('import-input').setInputFiles(join(EXAMPLES, 'minimal.board.json'));
    await page.locator('.board-row a').first().click();
    await expect.poll(() => page.locator('.board-title').textContent()).toBe('Blank sheet');
    await dropFile(page, '.editor', 'crm.board.json', readFileSync(CRM, 'utf8'));
    await expect
      .poll(() => page.locator('.board-title').textContent())
      .toBe('集团销售管理部采购 CRM');
    expect(page.url()).toContain('#/board/example-crm');
    await page.context().close();
  });
});
