import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapBoard } from '../../bench/boards';
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

/** Opens the far board; `firstClass` records the map's classes as it first appeared. */
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
  return page;
}

/** Each person's details: how they are drawn, their height and the height estimated for them. */
const details = (page: Page) =>
  page.locator('.ka-details').evaluateAll((els) =>
    els.map((el) => ({
      visibility: getComputedStyle(el).contentVisibility,
      height: parseFloat(getComputedStyle(el).height),
      estimate: parseFloat(
        /auto\s+([\d.]+)px\s*$/.exec((el as HTMLElement).style.containIntrinsicSize)![1]!,
      ),
    })),
  );

describe('a map zoomed far out', () => {
  it('draws card details as a block from its first render, and in full from 40 %', async () => {
    const page = await openFar('en');
    expect(await zoom(page)).toBeLessThan(0.4);
    // The first render already knew the fit would zoom far out: the cards were not laid out
    // in full at 100 % first.
    const first = await page.evaluate(
      () => (window as unknown as { firstCanvasClass?: string }).firstCanvasClass,
    );
    expect(first?.split(' ')).toContain('ka-far');
    expect(first?.split(' ')).toContain('ka-arrowless');
    const far = await details(page);
    expect(far).toHaveLength(80);
    expect(far.every((d) => d.visibility === 'hidden')).toBe(true);
    // Names are drawn; the details' text is not (nor in the accessibility tree).
    await expect.poll(() => page.getByText('Person 7', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.ka-stance').first().isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}map-far.png` });

    while ((await zoom(page)) < 0.4) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => (await details(page)).every((d) => d.visibility === 'visible'))
      .toBe(true);
    await expect.poll(() => page.locator('.ka-canvas.ka-far').count()).toBe(0);
    expect(await page.locator('.ka-stance').first().isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}map-near.png` });
    await page.context().close();
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`estimates the height of the details it has not drawn yet to the pixel (${lang})`, async () => {
      const page = await openFar(lang);
      // Drawn at last: each card's details as tall as estimated while they were not.
      while ((await zoom(page)) < 0.4) await page.locator('.react-flow__controls-zoomin').click();
      await expect
        .poll(async () => (await details(page)).every((d) => d.visibility === 'visible'))
        .toBe(true);
      const drawn = await details(page);
      const off = drawn.filter((d) => Math.abs(d.height - d.estimate) > 0.5);
      expect(off).toEqual([]);
      // Cards of one to seven roles: some took more than one line of roles.
      expect(new Set(drawn.map((d) => Math.round(d.height))).size).toBeGreaterThan(4);
      await page.context().close();
    });
  }
});
