import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

describe('printing the swimlane', () => {
  it('prints pages of four stages with the lane labels repeated and no app chrome', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    await openCrm(page);
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    await page.locator('th[data-step-id]').first().waitFor();
    // On screen the printed form is hidden.
    expect(await page.getByTestId('print-swimlane').isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    const printed = page.getByTestId('print-swimlane');
    await printed.waitFor();
    expect(await page.locator('.editor-header').isVisible()).toBe(false);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    expect(await page.locator('.swimlane-scroll').isVisible()).toBe(false);
    // 8 stages: two pages of four, each starting with the lane labels.
    const pages = printed.locator('table.print-page');
    expect(await pages.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const heads = await pages.nth(i).locator('tbody th').allTextContents();
      expect(heads[0]).toBe('Owner');
      expect(heads).toHaveLength(7);
      expect(await pages.nth(i).locator('thead th').count()).toBe(5);
    }
    expect(await printed.locator('select, input, button').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'swimlane-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBeGreaterThanOrEqual(2);

    // The print copy exists only while printing: back on screen it is gone, and a real print
    // (here a PDF, which fires beforeprint and afterprint) builds it inside beforeprint.
    await page.emulateMedia({ media: null });
    await printed.waitFor({ state: 'detached' });
    const again = await page.pdf({ format: 'A4', landscape: true });
    const pagesAgain = (again.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pagesAgain).toBe(pageCount);
    expect(await printed.count()).toBe(0);
    await page.context().close();
  });
});
