import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { appUrl, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();
const { app, canvas } = resources.en;

const saved = (page: Page) =>
  page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
const banner = (page: Page) => page.getByTestId('read-only-banner');
const stakeholder = (page: Page) => page.locator('.react-flow__node-stakeholder').first();
const step = (page: Page) => page.locator('.react-flow__node-step').first();

async function rename(page: Page, node: 'stakeholder' | 'step', text: string) {
  await (node === 'stakeholder' ? stakeholder(page) : step(page)).click();
  const label = node === 'stakeholder' ? canvas.inspector.name : canvas.inspector.label;
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.press('Enter');
  await saved(page);
}

describe('one board in two tabs of one browser', () => {
  it('one tab edits, the other follows read-only and can take over; nothing is lost', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const a = await context.newPage();
    await a.goto(appUrl('#/', 'en'));
    await openCrm(a);
    const url = a.url();
    const b = await context.newPage();
    await b.goto(url);
    await b.waitForSelector('.react-flow__node-stakeholder');

    // B sees the board read-only, with a banner and "Edit here"; A is not disturbed.
    await banner(b).waitFor();
    expect(await banner(a).count()).toBe(0);
    await b.screenshot({ path: `${SCREENSHOTS}two-tabs-read-only.png` });

    // A's saved edit reaches B without a reload.
    await rename(a, 'stakeholder', 'Renamed in A');
    await expect.poll(() => stakeholder(b).textContent()).toContain('Renamed in A');

    // "Edit here": A writes what it has and hands over; then B edits and A follows.
    await b.getByRole('button', { name: app.tabs.editHere }).click();
    await banner(a).waitFor();
    await banner(b).waitFor({ state: 'detached' });
    await rename(b, 'step', 'Renamed in B');
    await expect.poll(() => step(a).textContent()).toContain('Renamed in B');

    // After reloading both, both edits are stored.
    await a.reload();
    await b.reload();
    for (const page of [a, b]) {
      await page.waitForSelector('.react-flow__node-stakeholder');
      await expect.poll(() => stakeholder(page).textContent()).toContain('Renamed in A');
      await expect.poll(() => step(page).textContent()).toContain('Renamed in B');
    }
    await context.close();
  });
});
