import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

/** Opens a side-panel tab unless it is open already (a second click would close it). */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
}

const person = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

describe('snapshots in real Chromium', () => {
  it('a snapshot is taken, the board changed, and compare lists the change; it survives reload', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    await openTab(page, 'Snapshots');
    await page.getByLabel('Snapshot name').fill('Workshop 1');
    await page.getByRole('button', { name: 'Save a snapshot' }).click();
    await expect.poll(() => page.getByTestId('snapshot-row').count()).toBe(1);

    // Remove the legal counsel and win over the procurement manager.
    await person(page, 's-legal').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => person(page, 's-legal').count()).toBe(0);
    await person(page, 's-proc').click();
    await openTab(page, 'Inspector');
    // A select inside its label: Chromium names it "Stance" followed by the chosen option.
    await page.getByRole('combobox', { name: /^Stance/ }).selectOption('supporter');

    await openTab(page, 'Snapshots');
    const compare = page.getByRole('button', { name: 'Compare “Workshop 1” with the board now' });
    await compare.click();
    const people = page.getByTestId('snapshot-people');
    await people.waitFor();
    const lines = await people.locator('li').allTextContents();
    expect(lines).toContain('Removed: 法务');
    expect(lines).toContain('采购经理: stance Unknown → Supporter');
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-compare.en.png') });
    await page.getByRole('button', { name: /Back to snapshots/ }).click();
    await expect.poll(() => compare.evaluate((el) => el === document.activeElement)).toBe(true);

    // The snapshot is kept in IndexedDB with the board: it is there after a reload, in Chinese too.
    await page.goto(appUrl('#/board/example-crm', 'zh-CN'));
    await page.waitForSelector('.react-flow__node-step');
    await openTab(page, '快照');
    await expect.poll(() => page.getByTestId('snapshot-row').count()).toBe(1);
    await page.getByRole('button', { name: '将“Workshop 1”与当前画布对比' }).click();
    const zh = await page.getByTestId('snapshot-people').locator('li').allTextContents();
    expect(zh).toContain('移除：法务');
    expect(zh).toContain('采购经理：态度 未知 → 支持');
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-compare.zh-CN.png') });
    await page.context().close();
  });

  it('draws a dotted line from an attached note to its item', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    await page.locator('.react-flow__node-step').first().click();
    await page.getByTestId('add-note').click();
    const line = page.locator('.react-flow__edge.ka-note-link path').first();
    await line.waitFor();
    const box = await line.boundingBox();
    expect((box?.width ?? 0) + (box?.height ?? 0)).toBeGreaterThan(20);
    expect(await line.evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toBe('none');
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-note-line.png') });
    await page.context().close();
  });
});
