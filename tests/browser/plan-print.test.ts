import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

describe('printing the account plan', () => {
  it('prints the Markdown plan view alone on landscape pages, summary first', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    await openCrm(page);
    // The print dialog itself is the browser's; here it only records that it was asked for.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await page.locator('.export-menu > button').first().click();
    await page
      .getByRole('menuitem', { name: 'Print the account plan (A4/Letter landscape)' })
      .click();
    await page.locator('body[data-printed="yes"]').waitFor({ state: 'attached' });
    await page.getByText('Sent “集团销售管理部采购 CRM” to print.').waitFor();
    const plan = page.locator('.print-plan');
    // On screen nothing changes.
    expect(await plan.isVisible()).toBe(false);
    expect(await page.locator('.react-flow').isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    await plan.waitFor();
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await plan.locator('h1').textContent()).toBe('集团销售管理部采购 CRM');
    const headings = await plan.locator('h2').allTextContents();
    expect(headings[0]).toBe('Summary');
    expect(headings).toContain('Sales swimlane, stage by stage');
    expect(await plan.getByText('0 of 8 stages planned (provisional)').count()).toBe(1);
    expect(await plan.locator('table thead th').count()).toBeGreaterThan(5);
    expect(await plan.locator('select, input, button').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});
