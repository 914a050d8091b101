import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

const CASES = [
  { lang: 'zh-CN', open: '从模板新建', list: '内置样本', use: /使用此模板：“.*CRM.*”/ },
  {
    lang: 'en',
    open: 'New from template',
    list: 'Built-in samples',
    use: /Use this template: “.*CRM.*”/,
  },
] as const;

describe('template gallery in real Chromium', () => {
  it.each(CASES)('starts a new board from a sample ($lang)', async ({ lang, open, list, use }) => {
    const page = await openApp(chromium.browser, { lang });
    await page.getByRole('button', { name: open }).click();
    const samples = page.getByRole('list', { name: list });
    await expect.poll(() => samples.getByRole('listitem').count()).toBe(8);
    expect(await samples.locator('svg.template-preview').count()).toBe(8);
    await page.screenshot({ path: join(SCREENSHOTS, `share-gallery-${lang}.png`) });
    const button = page.getByRole('button', { name: use });
    const title = (await button.locator('xpath=ancestor::li//h4').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(0);
    await button.click();
    await page.waitForURL(/#\/board\/b-/);
    await expect.poll(() => page.locator('.board-title').textContent()).toBe(title);
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(10);
    if (lang === 'zh-CN') expect(title).toMatch(/[\u4e00-\u9fff]/);
    else expect(title).not.toMatch(/[\u4e00-\u9fff]/);
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await expect.poll(() => page.locator('.board-row').count()).toBe(1);
    await page.context().close();
  });
});
