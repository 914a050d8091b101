import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

/** True while the document is exactly as wide as the window and not scrolled sideways. */
const pageFits = (page: Page) =>
  page.evaluate(
    () =>
      document.documentElement.scrollWidth === window.innerWidth &&
      document.documentElement.scrollLeft === 0 &&
      document.body.scrollLeft === 0,
  );

/** Both sticky parts still sit at the swimlane's left and top edges. */
async function stickyInPlace(page: Page) {
  const area = await page.locator('.swimlane-scroll').boundingBox();
  const rowHead = await page.locator('tbody .lane-head').first().boundingBox();
  if (!area || !rowHead) throw new Error('the swimlane is not shown');
  expect(Math.abs(rowHead.x - area.x)).toBeLessThan(2);
}

describe.each([
  [1440, 900],
  [1024, 768],
])('the swimlane at %i×%i', (width, height) => {
  it('scrolls inside its own area; the page never scrolls sideways', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width, height });
    await openCrm(page);
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    await page.locator('th[data-step-id]').first().waitFor();
    expect(await pageFits(page)).toBe(true);

    // A sideways trackpad scroll over the swimlane moves the swimlane, not the page.
    const area = page.locator('.swimlane-scroll');
    await area.hover();
    await page.mouse.wheel(600, 0);
    await expect.poll(() => area.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await pageFits(page)).toBe(true);
    await stickyInPlace(page);

    // A blocking stage in Readiness brings its column into view inside the swimlane.
    await area.evaluate((el) => el.scrollTo(0, 0));
    await page.getByRole('tab', { name: 'Readiness' }).click();
    await page.locator('.blocking-list button').last().click();
    const last = await page.locator('.blocking-list button strong').last().textContent();
    const head = page.locator('th[data-step-id]', { hasText: last ?? '' }).first();
    await expect.poll(() => head.getAttribute('class')).toContain('col-selected');
    await expect
      .poll(() => head.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth))
      .toBe(true);
    expect(await pageFits(page)).toBe(true);
    await stickyInPlace(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, `swimlane-readiness-${width}.png`) });

    // A stage flag does the same.
    await page.getByRole('tab', { name: 'Flags' }).click();
    await page.locator('.flags-panel li[data-code^="stage."] button').last().click();
    await expect.poll(() => page.locator('th.col-selected').count()).toBe(1);
    expect(await pageFits(page)).toBe(true);
    await stickyInPlace(page);
    await page.context().close();
  });
});
