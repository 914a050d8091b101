import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toBoardFile } from '../../src/domain/create';
import { BOARD_LIMITS } from '../../src/domain/limits';
import { STEP_KINDS, type Board } from '../../src/domain/types';
import { resources } from '../../src/i18n/resources';
import { openApp, openCrm, SCREENSHOTS, sharedChromium, downloaded } from './chromium';

const chromium = sharedChromium();
const zh = resources['zh-CN'];
const en = resources.en;

/** Decodes a PNG in the page: its size, its non-white pixels and how many distinct colours. */
function inspect(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let drawn = 0;
    let sum = 0;
    let sumSq = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const grey = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      sum += grey;
      sumSq += grey * grey;
      if (grey < 235) drawn++;
      if (i % 64 === 0) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    const n = data.length / 4;
    const mean = sum / n;
    return {
      width: canvas.width,
      height: canvas.height,
      drawn,
      variance: sumSq / n - mean * mean,
      colours: colours.size,
    };
  }, png.toString('base64'));
}

async function exportMap(page: Page, menu: string, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return readFileSync(await downloaded(download));
}

/** A board at a quarter of every limit (people, steps, links, departments and notes). */
function quarterBoard(): Board {
  const q = (n: number) => Math.round(n / 4);
  const people = q(BOARD_LIMITS.stakeholders);
  const steps = q(BOARD_LIMITS.steps);
  const board: Board = {
    id: 'quarter',
    title: 'Quarter of the limits',
    account: { name: 'Quarter', tier: 'global' },
    stakeholders: Array.from({ length: people }, (_, i) => ({
      id: `s${i}`,
      name: `Person ${i}`,
      title: `Title ${i}`,
      roles: ['evaluator' as const],
      influence: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5,
      stance: (['supporter', 'neutral', 'skeptic', 'blocker', 'unknown'] as const)[i % 5]!,
      canVeto: i % 10 === 0,
      coverage: 'brief' as const,
      concerns: [],
      position: { x: (i % 50) * 240, y: Math.floor(i / 50) * 200 - 3000 },
    })),
    steps: Array.from({ length: steps }, (_, i) => ({
      id: `p${i}`,
      label: `Step ${i}`,
      kind: STEP_KINDS[i % STEP_KINDS.length]!,
      position: { x: i * 240, y: 600 },
    })),
    groups: Array.from({ length: q(BOARD_LIMITS.groups) }, (_, i) => ({
      id: `g${i}`,
      label: `Department ${i}`,
      position: { x: i * 240, y: -4000 },
      size: { width: 200, height: 100 },
    })),
    links: [],
    notes: Array.from({ length: q(BOARD_LIMITS.notes) }, (_, i) => ({
      id: `note-${i}`,
      text: `Note ${i}`,
      color: 'yellow' as const,
      position: { x: i * 30, y: -5000 },
    })),
    team: [],
    sales: {},
    createdAt: '2026-11-26T00:00:00.000Z',
    updatedAt: '2026-11-26T00:00:00.000Z',
  };
  for (let i = 1; i < steps; i++) {
    board.links.push({ id: `n${i}`, source: `p${i - 1}`, target: `p${i}`, type: 'next' });
  }
  while (board.links.length < q(BOARD_LIMITS.links)) {
    const i = board.links.length;
    board.links.push({
      id: `l${i}`,
      source: `s${i % people}`,
      target: `p${i % steps}`,
      type: 'drives',
    });
  }
  return board;
}

describe('map image drawn from the board', () => {
  it('exports the map while the swimlane stays on screen, in Chinese, not blank', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN' });
    await openCrm(page);
    await page.getByRole('tab', { name: zh.app.editor.swimlane }).click();
    await page.locator('.swimlane-view').waitFor();
    // Watches for the map being put on screen at any moment of the export.
    await page.evaluate(() => {
      const w = window as unknown as { __mapShown: boolean };
      w.__mapShown = false;
      new MutationObserver(() => {
        if (document.querySelector('.react-flow')) w.__mapShown = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const png = await exportMap(page, zh.share.export.menu, zh.share.export.mapPng);
    writeFileSync(join(SCREENSHOTS, 'share-map-crm-from-swimlane-zh.png'), png);
    await page.getByText(zh.share.export.done.split('{{')[0]!).first().waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __mapShown: boolean }).__mapShown),
    ).toBe(false);
    expect(await page.locator('.swimlane-view').isVisible()).toBe(true);
    expect(await page.locator('.react-flow').count()).toBe(0);
    const image = await inspect(page, png);
    // The whole CRM map at pixel ratio 2: wider than the window, far from blank.
    expect(image.width).toBeGreaterThan(2800);
    expect(image.height).toBeGreaterThan(900);
    expect(image.drawn).toBeGreaterThan(image.width * image.height * 0.03);
    expect(image.variance).toBeGreaterThan(300);
    expect(image.colours).toBeGreaterThan(50);
    await page.context().close();
  });

  it('exports the map and the swimlane in English from the data', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    const map = await exportMap(page, en.share.export.menu, en.share.export.mapPng);
    writeFileSync(join(SCREENSHOTS, 'share-map-crm-en.png'), map);
    const swimlane = await exportMap(page, en.share.export.menu, en.share.export.swimlanePng);
    writeFileSync(join(SCREENSHOTS, 'share-swimlane-crm-en.png'), swimlane);
    // Still on the map: the swimlane image did not switch the view.
    expect(await page.locator('.react-flow').count()).toBe(1);
    expect(await page.locator('.swimlane-view').count()).toBe(0);
    const [m, s] = [await inspect(page, map), await inspect(page, swimlane)];
    expect(m.drawn).toBeGreaterThan(m.width * m.height * 0.03);
    expect(s.width).toBeGreaterThan(2 * 1400);
    expect(s.drawn).toBeGreaterThan(s.width * s.height * 0.03);
    await page.context().close();
  });

  it('ends a big export at Cancel: the progress goes and no file is made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ka-quarter-'));
    const file = join(dir, 'quarter.board.json');
    writeFileSync(file, JSON.stringify(toBoardFile(quarterBoard())));
    const page = await openApp(chromium.browser, { lang: 'en' });
    page.setDefaultTimeout(150_000);
    await page.getByTestId('import-input').setInputFiles(file);
    const row = page.locator('.board-row a', { hasText: 'Quarter of the limits' });
    // Opened on the stance grid (quick to show): the export needs no view of its own.
    const href = await row.getAttribute('href');
    await page.goto(page.url().replace(/#.*$/, `${href}/grid`));
    await page.getByTestId('grid-view').waitFor();
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: en.share.export.menu, exact: true }).click();
    await page.getByRole('menuitem', { name: en.share.export.mapPng }).waitFor();
    // The menu item and Cancel are clicked inside the page, Cancel the moment it shows: a test's
    // round trips to a busy machine could otherwise outlast the export itself.
    const pressed = await page.evaluate(
      ({ item, cancel }) =>
        new Promise<boolean>((resolve) => {
          const find = () =>
            [...document.querySelectorAll('button')].find((b) => b.textContent === cancel);
          const watch = new MutationObserver(() => {
            const button = find();
            if (!button) return;
            watch.disconnect();
            button.click();
            resolve(true);
          });
          watch.observe(document.body, { childList: true, subtree: true });
          setTimeout(() => {
            watch.disconnect();
            resolve(false);
          }, 60_000);
          const items = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')];
          items.find((m) => m.textContent?.includes(item))?.click();
        }),
      { item: en.share.export.mapPng, cancel: en.share.export.cancel },
    );
    expect(pressed).toBe(true);
    await page.getByText(en.share.export.cancelled).waitFor();
    expect(await page.locator('.export-progress').count()).toBe(0);
    expect(downloads).toBe(0);
    // The menu works again: the export is over, not running on behind the page.
    expect(
      await page.getByRole('button', { name: en.share.export.menu, exact: true }).isEnabled(),
    ).toBe(true);
    expect(await page.getByTestId('grid-view').isVisible()).toBe(true);
    await page.context().close();
    rmSync(dir, { recursive: true, force: true });
  }, 240_000);
});
