/**
 * Readable at every screen: at 1024×768, 1280×720 and on a 390×844 phone no control of the
 * editor's header is hidden, the page never scrolls sideways, and the map is wider than 0 px.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();
const app = resources.en.app;

/** The header's controls that are not shown whole inside the window, by their text. */
function hiddenHeaderControls(page: Page): Promise<string[]> {
  return page.$$eval('.editor-header a, .editor-header button, .editor-header select', (els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const shown =
          r.width > 0 &&
          r.height > 0 &&
          style.visibility !== 'hidden' &&
          style.display !== 'none' &&
          r.left >= 0 &&
          r.right <= window.innerWidth + 0.5;
        return !shown;
      })
      .map((el) => el.getAttribute('aria-label') ?? el.textContent ?? el.tagName),
  );
}

const sideways = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));

const SIZES = [
  { width: 1024, height: 768, name: '1024x768' },
  { width: 1280, height: 720, name: '1280x720' },
  { width: 390, height: 844, name: 'phone-390x844' },
];

describe('the editor at every screen size', () => {
  for (const size of SIZES) {
    it(`${size.name}: header whole, no sideways page, the map shown`, async () => {
      const page = await openApp(chromium.browser, { lang: 'en', ...size });
      await openCrm(page);
      await page.screenshot({ path: join(SCREENSHOTS, `screens-map-${size.name}.png`) });
      expect(await hiddenHeaderControls(page)).toEqual([]);
      // The live room button is one of them, at every size.
      expect(await page.locator('.live-room button').first().isVisible()).toBe(true);
      const page1 = await sideways(page);
      expect(page1.scrollWidth).toBe(page1.innerWidth);
      // The board opens where card text is readable: 40 % or more, on its process row.
      const zoom = () =>
        page
          .locator('.react-flow__viewport')
          .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
      await expect.poll(zoom).toBeGreaterThanOrEqual(0.4);
      expect(await page.locator('.ka-canvas.ka-far').count()).toBe(0);
      const map = await page.locator('.react-flow').boundingBox();
      expect(map?.width ?? 0).toBeGreaterThan(size.width < 500 ? 300 : 400);
      expect(map?.height ?? 0).toBeGreaterThan(200);

      for (const view of ['outline', 'swimlane', 'grid'] as const) {
        await page.getByRole('tab', { name: app.editor[view] }).click();
        await page.locator('.editor-main > *').first().waitFor();
        expect(await hiddenHeaderControls(page), view).toEqual([]);
        const s = await sideways(page);
        expect(s.scrollWidth, view).toBe(s.innerWidth);
      }
      await page.screenshot({ path: join(SCREENSHOTS, `screens-grid-${size.name}.png`) });
      await page.context().close();
    });
  }
});
