/**
 * axe-core, run in the page, finds no serious or critical accessibility violation on the board
 * list, the template gallery, the map, the outline, the swimlane, the stance grid and the
 * portfolio page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical violations on the page as it is now, with where they are. */
async function serious(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the page's Content-Security-Policy allows it.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

describe('accessibility (axe-core)', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`no serious or critical violation on the main pages (${lang})`, async () => {
      const app = resources[lang].app;
      const page = await openApp(chromium.browser, { lang, width: 1440, height: 900 });
      await page.getByRole('button', { name: app.list.newBoard }).waitFor();
      const found: Record<string, string[]> = {};
      found.list = await serious(page);

      await page.getByRole('button', { name: resources[lang].share.gallery.open }).click();
      await page.getByRole('dialog').waitFor();
      found.gallery = await serious(page);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await openCrm(page);
      found.map = await serious(page);
      for (const view of ['outline', 'swimlane', 'grid'] as const) {
        await page.getByRole('tab', { name: app.editor[view] }).click();
        await page.locator('.editor-main > *').first().waitFor();
        found[view] = await serious(page);
      }
      expect(found).toEqual({
        list: [],
        gallery: [],
        map: [],
        outline: [],
        swimlane: [],
        grid: [],
      });
      await page.context().close();
    });

    it(`no serious or critical violation on the portfolio page (${lang})`, async () => {
      const page = await openApp(chromium.browser, { lang, width: 1440, height: 900 });
      await page.getByRole('button', { name: resources[lang].share.gallery.open }).click();
      await page.getByRole('button', { name: resources[lang].portfolio.gallery.open }).click();
      await page.waitForURL(/#\/portfolio\/samples-/);
      await expect.poll(() => page.locator('.pf-heat-table tbody tr').count()).toBe(8);
      await page.locator('.pf-verdict h2').waitFor();
      expect(await serious(page)).toEqual([]);
      await page.context().close();
    });
  }
});
