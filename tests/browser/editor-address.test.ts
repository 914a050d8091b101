import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();

const selectedTab = (page: Page) =>
  page.locator('.view-tabs [role="tab"][aria-selected="true"]').textContent();

describe('the view in the address', () => {
  it('back, forward and reload return to the same view and selected item', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1400, height: 900 });
    await openCrm(page);
    const board = page.url().split('#')[1] ?? '';
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    await page.locator('th[data-step-id="p-approval"] .stage-label').click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${board}/swimlane/p-approval`);

    await page.reload();
    const head = page.locator('th[data-step-id="p-approval"]');
    await expect.poll(() => head.getAttribute('class')).toContain('col-selected');
    expect(await selectedTab(page)).toBe('Sales swimlane');

    await page.goBack();
    await page.locator('.react-flow__node-step').first().waitFor();
    expect(await selectedTab(page)).toBe('Buying map');
    await page.goForward();
    await expect.poll(() => head.getAttribute('class')).toContain('col-selected');
    expect(await selectedTab(page)).toBe('Sales swimlane');
    await page.context().close();
  });
});

describe('the board title in the header', () => {
  it('renames on double-click; a long title never wraps the header’s buttons', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1024, height: 768 });
    await openCrm(page);
    const header = page.locator('.editor-header');
    const before = (await header.boundingBox())?.height ?? 0;
    const long = 'Group sales management CRM purchase for the national key account '.repeat(4);
    await page.locator('h1.board-title').dblclick();
    const input = page.getByRole('textbox', { name: 'Board title' }).first();
    await input.fill(long);
    await input.press('Enter');
    await expect.poll(() => page.locator('h1.board-title').textContent()).toBe(long.trim());

    expect((await header.boundingBox())?.height).toBe(before);
    // One line of 14 px text is under 30 px high in these controls; two lines are over 40.
    const heights = await header
      .locator('button, a, select')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(32);
    const right = await header
      .locator('.toolbar-group')
      .evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(1024);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1024);

    // Escape keeps the old title.
    await page.locator('h1.board-title').dblclick();
    await input.fill('Something else');
    await input.press('Escape');
    expect(await page.locator('h1.board-title').textContent()).toBe(long.trim());
    await page.context().close();
  });
});
