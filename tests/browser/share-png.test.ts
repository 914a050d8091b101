import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, SCREENSHOTS, SHARED_EXAMPLES } from './chromium';

const CRM = join(SHARED_EXAMPLES, 'crm-group-sales-management.board.json');
let browser: Browser;
let tmp: string;
beforeAll(async () => {
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'share-png-'));
});
afterAll(async () => {
  await browser?.close();
});

interface Decoded {
  width: number;
  height: number;
  /** Pixels that are clearly not the white background. */
  drawn: number;
}

/** Decodes a PNG inside the page (no PNG library in node): image -> canvas -> pixels. */
function decode(page: Page, png: Buffer): Promise<Decoded> {
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
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) drawn++;
    }
    return { width: canvas.width, height: canvas.height, drawn };
  }, png.toString('base64'));
}

/** Opens a board file in the editor, exports the map (or swimlane) PNG and returns its bytes. */
async function exportPng(page: Page, file: string, title: string, item: string, zoomIn = 0) {
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await page.getByTestId('import-input').setInputFiles(file);
  await page.locator('.board-row a', { hasText: title }).click();
  await expect.poll(() => page.locator('.board-title').textContent()).toBe(title);
  await page.locator('.react-flow__node').first().waitFor();
  for (let i = 0; i < zoomIn; i++) await page.locator('.react-flow__controls-zoomin').click();
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return { name: download.suggestedFilename(), png: readFileSync((await download.path())!) };
}

/** How many pixels differ between two PNGs of the same size (decoded inside the page). */
function pixelsDiffering(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([pa, pb]) => {
      const pixels = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [x, y] = [await pixels(pa!), await pixels(pb!)];
      if (x.length !== y.length) return Number.POSITIVE_INFINITY;
      let differing = 0;
      for (let i = 0; i < x.length; i += 4) {
        if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) > 60) differing++;
      }
      return differing;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

/** Private-use code points have no glyph in any font: they draw as the missing-glyph box. */
const toBoxes = (text: string) => text.replace(/[\u4e00-\u9fff]/g, '\uE000');

describe('PNG export in real Chromium', () => {
  it('exports the whole CRM map: wide, sharp, labelled in Chinese, edges included', async () => {
    const page = await openApp(browser, { lang: 'en', width: 1000, height: 700 });
    // Zoomed far in: the export must still show the whole board, not the viewport.
    const full = await exportPng(page, CRM, '集团销售管理部采购 CRM', 'Buying map image (PNG)', 4);
    expect(full.name).toBe('集团销售管理部采购 CRM.map.png');
    writeFileSync(join(SCREENSHOTS, 'share-map-crm.png'), full.png);
    const image = await decode(page, full.png);
    expect(image.width).toBeGreaterThanOrEqual(1000);
    expect(image.width).toBeLessThanOrEqual(8192);
    expect(image.height).toBeLessThanOrEqual(8192);
    expect(image.drawn).toBeGreaterThan(image.width * image.height * 0.02);

    const noLinks = JSON.parse(readFileSync(CRM, 'utf8')) as {
      board: { id: string; title: string; links: unknown[] };
    };
    noLinks.board.id = 'example-crm-no-links';
    noLinks.board.title = 'CRM without links';
    noLinks.board.links = [];
    const file = join(tmp, 'no-links.board.json');
    writeFileSync(file, JSON.stringify(noLinks));
    const bare = await exportPng(page, file, 'CRM without links', 'Buying map image (PNG)');
    writeFileSync(join(SCREENSHOTS, 'share-map-crm-no-links.png'), bare.png);
    const bareImage = await decode(page, bare.png);
    // Same board bounds whatever the zoom: the first export was zoomed in, this one is not.
    expect(bareImage.width).toBe(image.width);
    expect(bareImage.height).toBe(image.height);
    // 24 links drawn as lines with arrows: thousands of pixels at ratio 2.
    expect(image.drawn - bareImage.drawn).toBeGreaterThan(5000);

    // Chinese labels are drawn as glyphs, not boxes: the same board with its step labels turned
    // into missing-glyph boxes must look clearly different. Without a CJK font both exports would
    // show the same boxes and barely differ.
    const boxed = JSON.parse(readFileSync(CRM, 'utf8')) as {
      board: { id: string; title: string; steps: { label: string }[] };
    };
    boxed.board.id = 'example-crm-boxes';
    boxed.board.title = 'CRM with boxes';
    for (const step of boxed.board.steps) step.label = toBoxes(step.label);
    const boxedFile = join(tmp, 'boxes.board.json');
    writeFileSync(boxedFile, JSON.stringify(boxed));
    const tofu = await exportPng(page, boxedFile, 'CRM with boxes', 'Buying map image (PNG)');
    writeFileSync(join(SCREENSHOTS, 'share-map-crm-boxes.png'), tofu.png);
    expect(await pixelsDiffering(page, full.png, tofu.png)).toBeGreaterThan(2000);
    await page.context().close();
  });

  it('exports the swimlane of the CRM example', async () => {
    const page = await openApp(browser, { lang: 'zh-CN' });
    await page.getByTestId('import-input').setInputFiles(CRM);
    await page.locator('.board-row a').first().click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: '导出' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: '销售泳道图片（PNG）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('集团销售管理部采购 CRM.swimlane.png');
    const png = readFileSync((await download.path())!);
    writeFileSync(join(SCREENSHOTS, 'share-swimlane-crm.png'), png);
    const image = await decode(page, png);
    expect(image.width).toBeGreaterThanOrEqual(1000);
    // Wider than the 1400 px window at ratio 2: the whole grid, not the part scrolled into view.
    expect(image.width / 2).toBeGreaterThan(1400);
    expect(image.drawn).toBeGreaterThan(image.width * image.height * 0.02);
    // The export switched to the swimlane and back to the map.
    await expect.poll(() => page.locator('.react-flow').count()).toBe(1);
    await page.context().close();
  });
});
