import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapBoard } from '../../support/boards';
import { viewAtRest } from '../../support/view-at-rest';
import { toBoardFile } from '../../src/domain/create';
import { ROLES, STANCES } from '../../src/domain/types';
import { openApp, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

let file: string;
beforeAll(() => {
  // 80 people in a row and 20 steps: fitted to view, the map is at the minimum zoom (15 %).
  // Their cards show every kind of line: a title or none, one to seven roles, every stance.
  const board = mapBoard(80, 20, 100, 'far-board');
  board.title = 'Far board';
  board.stakeholders.forEach((p, i) => {
    p.roles = [
      ...new Set(
        Array.from(
          { length: 1 + (i % ROLES.length) },
          (_, k) => ROLES[(i + 3 * k) % ROLES.length]!,
        ),
      ),
    ];
    if (i % 3 === 0) p.title = `Head of unit ${i}`;
    p.stance = STANCES[i % STANCES.length]!;
  });
  file = join(mkdtempSync(join(tmpdir(), 'canvas-far-')), 'far.board.json');
  writeFileSync(file, JSON.stringify(toBoardFile(board)));
});

const zoom = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/**
 * Opens the far board and shows all of it; `firstClass` records the map's classes as it first
 * appeared.
 */
async function openFar(lang: 'en' | 'zh-CN'): Promise<Page> {
  const page = await openApp(chromium.browser, { lang });
  await page.addInitScript(() => {
    const w = window as unknown as { firstCanvasClass?: string };
    new MutationObserver(() => {
      const canvas = document.querySelector('.ka-canvas');
      if (canvas && w.firstCanvasClass === undefined) w.firstCanvasClass = canvas.className;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await page.getByTestId('import-input').setInputFiles(file);
  await page.locator('.board-row a', { hasText: 'Far board' }).click();
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(100);
  // It opens readable, on its process row; Shift+1 shows the whole map, far out.
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(0.4);
  await page.keyboard.press('Shift+Digit1');
  await expect.poll(() => zoom(page)).toBeLessThan(0.4);
  // The fit is animated: the view has come to rest before anything else zooms it (zooming in
  // from a mid-animation view centred it elsewhere, on a loaded machine).
  await viewAtRest(page);
  return page;
}

/** Each person card: whether it shows a block in place of its details, and their height. */
const details = (page: Page) =>
  page.locator('.react-flow__node-stakeholder').evaluateAll((els) =>
    els.map((el) => {
      const block = el.querySelector('.ka-details-far');
      const shown = el.querySelector('.ka-details:not(.ka-details-far)');
      return {
        id: el.getAttribute('data-id')!,
        block: block !== null,
        height: parseFloat(getComputedStyle((block ?? shown)!).height),
      };
    }),
  );

/** The person cards inside the window, as `details` gives them. */
const inWindow = async (page: Page) => {
  const size = page.viewportSize()!;
  const inside = await page.locator('.react-flow__node-stakeholder').evaluateAll(
    (els, size) =>
      els
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.right > 0 && r.left < size.width && r.bottom > 0 && r.top < size.height;
        })
        .map((el) => el.getAttribute('data-id')!),
    size,
  );
  return (await details(page)).filter((d) => inside.includes(d.id));
};

const zoomIn = (page: Page) => page.locator('.react-flow__controls-zoomin').click();

describe('a map zoomed far out', () => {
  it('opens in full at 40 %, draws card details as blocks zoomed far out, in full again from 40 %', async () => {
    const page = await openFar('en');
    expect(await zoom(page)).toBeLessThan(0.4);
    // The first render already knew the opening fit stops at the readable 40 %: the cards
    // were drawn in full from the start, never as blocks first.
    const first = await page.evaluate(
      () => (window as unknown as { firstCanvasClass?: string }).firstCanvasClass,
    );
    expect(first?.split(' ')).not.toContain('ka-far');
    const far = await details(page);
    expect(far).toHaveLength(80);
    expect(far.every((d) => d.block)).toBe(true);
    // Names are drawn; the details are not in the page at all.
    await expect.poll(() => page.getByText('Person 7', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.ka-stance').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}map-far.png` });

    while ((await zoom(page)) < 0.4) await zoomIn(page);
    // From 40 % the cards in the window (and near it) are drawn in full; those far out of it
    // keep the block until panned near (nodes/useNearView.ts).
    await expect.poll(() => page.locator('.ka-canvas.ka-far').count()).toBe(0);
    await expect.poll(async () => (await inWindow(page)).every((d) => !d.block)).toBe(true);
    const drawn = await details(page);
    expect(drawn.some((d) => d.block)).toBe(true);
    expect(await page.locator('.ka-stance').count()).toBe(drawn.filter((d) => !d.block).length);
    // Panned to the far end, its cards are drawn in full there.
    const farthest = page.locator('.react-flow__node-stakeholder').last();
    expect((await details(page)).at(-1)!.block).toBe(true);
    const name = (await farthest.locator('.ka-name').getAttribute('title'))!;
    await page.locator('.ka-find input').fill(name);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await details(page)).at(-1)!.block).toBe(false);
    await expect.poll(async () => (await inWindow(page)).every((d) => !d.block)).toBe(true);
    expect((await inWindow(page)).length).toBeGreaterThan(0);
    // And back out: the blocks again.
    while ((await zoom(page)) >= 0.4) await page.locator('.react-flow__controls-zoomout').click();
    await expect.poll(async () => (await details(page)).every((d) => d.block)).toBe(true);
    await page.context().close();
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`gives the block the height of the details to the pixel, so no card changes size (${lang})`, async () => {
      const page = await openFar(lang);
      const blocks = new Map((await details(page)).map((d) => [d.id, d.height]));
      const sizes = await page
        .locator('.react-flow__node-stakeholder')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).offsetHeight));
      while ((await zoom(page)) < 0.4) await zoomIn(page);
      await expect.poll(async () => (await inWindow(page)).every((d) => !d.block)).toBe(true);
      const drawn = (await details(page)).filter((d) => !d.block);
      const off = drawn.filter((d) => Math.abs(d.height - blocks.get(d.id)!) > 0.5);
      expect(off).toEqual([]);
      expect(
        await page
          .locator('.react-flow__node-stakeholder')
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).offsetHeight)),
      ).toEqual(sizes);
      // Cards of one to seven roles, with and without a title: heights of many kinds.
      expect(new Set(drawn.map((d) => Math.round(d.height))).size).toBeGreaterThan(4);
      await page.context().close();
    });
  }
});
