import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { SCREENSHOTS, sharedChromium } from './chromium';
import {
  boardFromTemplate,
  EXPORTS,
  exportItem,
  goHome,
  recordingPage,
  renameFirstStakeholder,
  VIEWS,
} from './journey';

const chromium = sharedChromium();
const app = resources.en.app;

describe('Content-Security-Policy in real Chromium', () => {
  // PNG exports take tens of seconds on a loaded machine: a whole journey gets a longer bound.
  it('is strict and never violated across a whole user journey', { timeout: 300_000 }, async () => {
    const { context, page, problems } = await recordingPage(chromium.browser);
    await goHome(page);

    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    const home = await page.request.get(page.url());
    expect(home.headers()['x-content-type-options']).toBe('nosniff');

    // A new empty board, then back to the list.
    await page.getByRole('button', { name: app.list.newBoard }).click();
    await page.getByLabel(app.list.title).fill('CSP journey');
    await page.getByLabel(app.list.account).fill('ACME');
    await page.getByRole('button', { name: app.list.create }).click();
    await page.waitForSelector('.react-flow__pane');
    await page.getByRole('link', { name: /All boards/ }).click();
    await expect.poll(() => page.locator('.board-row').count()).toBe(1);

    // A board from a template, edited on the map, seen as a swimlane, exported every way.
    await boardFromTemplate(page);
    await renameFirstStakeholder(page, 'Renamed under CSP');
    expect(await exportItem(page, EXPORTS.mapPng)).toMatch(/\.map\.png$/);
    expect(await exportItem(page, EXPORTS.json)).toMatch(/\.json$/);
    expect(await exportItem(page, EXPORTS.markdown)).toMatch(/\.md$/);
    await page.getByRole('tab', { name: VIEWS.swimlane }).click();
    await page.locator('th[data-step-id]').first().waitFor();
    expect(await exportItem(page, EXPORTS.swimlanePng)).toMatch(/\.png$/);
    expect(await exportItem(page, EXPORTS.csv)).toMatch(/\.csv$/);
    expect(await exportItem(page, EXPORTS.swimlaneSlide)).toMatch(/swimlane-16x9-1\.png$/);
    // The editable Office files (pptxgenjs, docx and their zip writer) under the same policy.
    expect(await exportItem(page, resources.en.deck.menu.pptx)).toMatch(/\.pptx$/);
    expect(await exportItem(page, resources.en.deck.menu.docx)).toMatch(/\.docx$/);
    // The printed plan: the print dialog is the browser's, so only its request is recorded.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await page.getByRole('button', { name: EXPORTS.menu }).click();
    await page.getByRole('menuitem', { name: EXPORTS.planPrint }).click();
    await page
      .locator('body[data-printed="yes"] .print-plan h2')
      .first()
      .waitFor({ state: 'attached' });
    await page.screenshot({ path: join(SCREENSHOTS, 'csp-journey-swimlane.png') });

    expect(problems).toEqual([]);
    await context.close();
  });
});
