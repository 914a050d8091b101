import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();
const app = resources.en.app;

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

/** Waits until the map's viewport has not moved for a few frames. */
const settle = (page: Page) =>
  page.evaluate(async () => {
    const vp = document.querySelector('.react-flow__viewport')!;
    let last = '';
    for (let same = 0; same < 3;) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = vp.getAttribute('style') ?? '';
      same = now === last ? same + 1 : 0;
      last = now;
    }
  });

describe('a new item from the palette', () => {
  it('is brought into view when it lands off-screen (a step chained past the right edge)', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    await page.getByRole('button', { name: app.list.newBoard }).click();
    await page.getByLabel(app.list.title).fill('Pan test');
    await page.getByLabel(app.list.account).fill('ACME');
    await page.getByRole('button', { name: app.list.create }).click();
    await page.waitForSelector('.react-flow__pane');
    await page.getByTestId('palette-need').first().click();
    const first = page.locator('.react-flow__node-step').first();
    await first.waitFor();
    await settle(page);

    // Drag the map so the selected step sits at the right edge of the view.
    const pane = await box(page.locator('.react-flow__pane'));
    const step = await box(first);
    const shift = pane.x + pane.width - (step.x + step.width) - 10;
    await page.mouse.move(pane.x + 200, pane.y + pane.height - 120);
    // The right mouse button pans (a left drag on the pane draws a selection box).
    await page.mouse.down({ button: 'right' });
    await page.mouse.move(pane.x + 200 + shift / 2, pane.y + pane.height - 120, { steps: 5 });
    await page.mouse.move(pane.x + 200 + shift, pane.y + pane.height - 120, { steps: 5 });
    await page.mouse.up({ button: 'right' });
    await settle(page);
    const moved = await box(first);
    expect(moved.x + moved.width).toBeGreaterThan(pane.x + pane.width - 40);
    expect(await first.evaluate((el) => el.classList.contains('selected'))).toBe(true);

    // The next step goes after the selected one, past the edge; the view follows it.
    await page.getByTestId('palette-evaluation').first().click();
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(2);
    await settle(page);
    const added = await box(page.locator('.react-flow__node-step.selected'));
    expect(added.x).toBeGreaterThanOrEqual(pane.x);
    expect(added.y).toBeGreaterThanOrEqual(pane.y);
    expect(added.x + added.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(added.y + added.height).toBeLessThanOrEqual(pane.y + pane.height);
    await expect.poll(() => page.locator('.ka-edge-next').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'map-new-item-in-view.png') });
    await page.context().close();
  });
});
