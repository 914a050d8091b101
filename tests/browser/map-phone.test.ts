/**
 * On a phone the buying map is view-only: it pans and zooms, but its cards are not dragged,
 * connected or deleted there, the palette and the add controls are hidden, and a note says where
 * to edit. On a desktop the same drag moves the card.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

/** The first step card whose centre is inside the map, with its centre on screen. */
async function visibleStep(page: Page): Promise<{ id: string; x: number; y: number }> {
  const map = await page.locator('.react-flow').boundingBox();
  if (!map) throw new Error('no map');
  const found = await page.$$eval(
    '.react-flow__node-step',
    (els, m) =>
      els
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            id: (el as HTMLElement).dataset.id ?? '',
            x: r.x + r.width / 2,
            y: r.y + r.height / 2,
          };
        })
        .find(
          (c) =>
            c.x > m.x + 20 &&
            c.x < m.x + m.width - 20 &&
            c.y > m.y + 60 &&
            c.y < m.y + m.height - 60,
        ),
    map,
  );
  if (!found) throw new Error('no step card inside the map');
  return found;
}

/** A node's position on the board (its transform inside the viewport, not moved by a pan). */
const positionOf = (page: Page, id: string) =>
  page
    .locator(`.react-flow__node[data-id="${id}"]`)
    .evaluate((el) => (el as HTMLElement).style.transform);
const viewportOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

/** A mouse drag in small steps, as a person would do it. */
async function drag(page: Page, from: { x: number; y: number }, by: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 8 });
  await page.mouse.up();
}

describe('the map on a phone is view-only', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`390×844: a card does not move, cannot be connected or deleted; the map pans (${lang})`, async () => {
      const canvas = resources[lang].canvas;
      const page = await openApp(chromium.browser, { lang, width: 390, height: 844 });
      await openCrm(page);
      const note = page.getByTestId('view-only-note');
      await note.waitFor();
      expect(await note.textContent()).toBe(canvas.viewOnly);
      await page.screenshot({ path: join(SCREENSHOTS, `map-phone-view-only-${lang}.png`) });

      // No palette, no add-a-note or tidy-up tools, no connectable handle.
      expect(await page.locator('.ka-palette').count()).toBe(0);
      expect(await page.locator('.ka-tools .ka-tool').count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: canvas.palette.label }).count()).toBe(0);
      expect(await page.getByTestId('add-note').count()).toBe(0);
      expect(await page.locator('.react-flow__handle.connectable').count()).toBe(0);
      // Nor the controls' lock, which would make the cards movable again.
      expect(await page.locator('.react-flow__controls-interactive').count()).toBe(0);
      const sideways = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(sideways.scrollWidth).toBe(sideways.innerWidth);

      // A drag on a card leaves it where it was on the board, and pans the view instead.
      const card = await visibleStep(page);
      const before = await positionOf(page, card.id);
      const viewBefore = await viewportOf(page);
      await drag(page, card, { x: -80, y: 60 });
      await expect.poll(() => viewportOf(page)).not.toBe(viewBefore);
      expect(await positionOf(page, card.id)).toBe(before);

      // Selected, a card is not deleted by the Delete key.
      const again = await visibleStep(page);
      await page.mouse.click(again.x, again.y);
      await page.locator(`.react-flow__node[data-id="${again.id}"].selected`).waitFor();
      await page.keyboard.press('Delete');
      await page.keyboard.press('Backspace');
      expect(await page.locator('.react-flow__node').count()).toBe(21);
      await page.context().close();
    });
  }

  it('1280×720: the same drag moves the card, with the palette and no note', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1280, height: 720 });
    await openCrm(page);
    await page.locator('.ka-palette').waitFor();
    expect(await page.getByTestId('view-only-note').count()).toBe(0);
    expect(await page.getByTestId('add-note').count()).toBe(1);
    expect(await page.locator('.react-flow__handle.connectable').count()).toBeGreaterThan(0);
    const card = await visibleStep(page);
    const before = await positionOf(page, card.id);
    await drag(page, card, { x: -80, y: 60 });
    await expect.poll(() => positionOf(page, card.id)).not.toBe(before);
    await page.context().close();
  });
});
