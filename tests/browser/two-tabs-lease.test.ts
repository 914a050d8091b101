import type { BrowserContext, Page } from 'playwright-core';
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

/** A context like a page served over plain http from another address: no Web Locks. */
async function contextWithoutLocks(): Promise<BrowserContext> {
  const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    delete (Navigator.prototype as { locks?: unknown }).locks;
  });
  return context;
}

async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  const a = await context.newPage();
  await a.goto(appUrl('#/', 'en'));
  await openCrm(a);
  const b = await context.newPage();
  await b.goto(a.url());
  await b.waitForSelector('.react-flow__node-stakeholder');
  return [a, b];
}

describe('one board in two tabs without Web Locks', () => {
  it('keeps one editor: the second tab is read-only with a banner and can take over', async () => {
    const context = await contextWithoutLocks();
    const [a, b] = await twoTabs(context);
    expect(await a.evaluate(() => 'locks' in navigator)).toBe(false);
    await banner(b).waitFor();
    expect(await banner(a).count()).toBe(0);
    await b.screenshot({ path: `${SCREENSHOTS}two-tabs-lease-read-only.png` });

    // A's saved edit reaches B.
    await stakeholder(a).click();
    const name = a.getByLabel(canvas.inspector.name, { exact: true });
    await name.fill('Renamed in A');
    await name.press('Enter');
    await saved(a);
    await expect.poll(() => stakeholder(b).textContent()).toContain('Renamed in A');

    // "Edit here" in B: A becomes read-only, B edits, A follows.
    await b.getByRole('button', { name: app.tabs.editHere }).click();
    await banner(a).waitFor();
    await banner(b).waitFor({ state: 'detached' });
    await step(b).click();
    const label = b.getByLabel(canvas.inspector.label, { exact: true });
    await label.fill('Renamed in B');
    await label.press('Enter');
    await saved(b);
    await expect.poll(() => step(a).textContent()).toContain('Renamed in B');

    for (const page of [a, b]) {
      await page.reload();
      await page.waitForSelector('.react-flow__node-stakeholder');
      await expect.poll(() => stakeholder(page).textContent()).toContain('Renamed in A');
      await expect.poll(() => step(page).textContent()).toContain('Renamed in B');
    }
    // After the reloads one tab edits and the other reads: never both.
    await expect.poll(async () => (await banner(a).count()) + (await banner(b).count())).toBe(1);
    await context.close();
  });
});

describe('handing a board over right after typing', () => {
  for (const locks of [true, false]) {
    it(`keeps the text typed just before "Edit here" (${locks ? 'Web Locks' : 'lease'})`, async () => {
      const context = locks
        ? await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } })
        : await contextWithoutLocks();
      const [a, b] = await twoTabs(context);
      await banner(b).waitFor();
      await stakeholder(a).click();
      const name = a.getByLabel(canvas.inspector.name, { exact: true });
      // No Enter, no blur: the text is still in the field's quiet time when B asks.
      await name.fill('Typed just before');
      await b.getByRole('button', { name: app.tabs.editHere }).click();
      await banner(a).waitFor();
      await banner(b).waitFor({ state: 'detached' });
      expect(await name.inputValue()).toBe('Typed just before');
      await expect.poll(() => stakeholder(b).textContent()).toContain('Typed just before');
      await b.reload();
      await b.waitForSelector('.react-flow__node-stakeholder');
      await expect.poll(() => stakeholder(b).textContent()).toContain('Typed just before');
      await context.close();
    });
  }
});
