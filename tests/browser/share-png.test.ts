import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CRM, openApp, openCrm, SCREENSHOTS, sharedChromium, downloaded } from './chromium';

const chromium = sharedChromium();

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'share-png-'));
});

interface Decoded {
  width: number;
  height: number;
  /** Pixels that are clearly not the white background. */
  drawn: number;
}

/**
 * Decodes PNGs inside the page (no PNG library in node): image -> canvas -> pixels. Counts the
 * drawn pixels of each, and how many pixels differ between the first two.
 */
function inspectPngs(
  page: Page,
  pngs: Buffer[],
): Promise<{ images: Decoded[]; differing: number }> {
  return page.evaluate(
    async (all) => {
      const pixels = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return {
          width: canvas.width,
          height: canvas.height,
          data: ctx.getImageData(0, 0, canvas.width, canvas.height).data,
        };
      };
      const decoded = await Promise.all(all.map(pixels));
      const images = decoded.map(({ width, height, data }) => {
        let drawn = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) drawn++;
        }
        return { width, height, drawn };
      });
      const [x, y] = decoded;
      let differing = 0;
      if (x && y) {
        if (x.data.length !== y.data.length) differing = Number.POSITIVE_INFINITY;
        else
          for (let i = 0; i < x.data.length; i += 4) {
            const d = Math.abs(x.data[i]! - y.data[i]!) + Math.abs(x.data[i + 1]! - y.data[i + 1]!);
            if (d > 60) differing++;
          }
      }
      return { images, differing };
    },
    pngs.map((png) => png.toString('base64')),
  );
}

async function decode(page: Page, png: Buffer): Promise<Decoded> {
  const { images } = await inspectPngs(page, [png]);
  return images[0]!;
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
  return { name: download.suggestedFilename(), png: readFileSync(await downloaded(download)) };
}

/** Private-use code points have no glyph in any font: they draw as the missing-glyph box. */
const toBoxes = (text: string) => text.replace(/[\u4e00-\u9fff]/g, '\uE000');

describe('PNG export in real Chromium', () => {
  it('exports the whole CRM map: wide, sharp, labelled in Chinese, edges included', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1000, height: 700 });
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
    expect((await inspectPngs(page, [full.png, tofu.png])).differing).toBeGreaterThan(2000);
    await page.context().close();
  });

  it('draws cards’ details, link dashes and arrow heads in a map exported zoomed out too far to show them', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1000, height: 700 });
    await openCrm(page);
    const zoom = () =>
      page
        .locator('.react-flow__viewport')
        .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    /** Zooms (by the controls, 1.2× a step) to a zoom in [lo, hi). */
    const zoomTo = async (lo: number, hi: number) => {
      while ((await zoom()) < lo) await page.locator('.react-flow__controls-zoomin').click();
      while ((await zoom()) >= hi) await page.locator('.react-flow__controls-zoomout').click();
      expect(await zoom()).toBeGreaterThanOrEqual(lo);
    };
    const exportMap = async () => {
      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Buying map image (PNG)' }).click(),
      ]);
      return readFileSync(await downloaded(download));
    };
    // Near enough for everything: details, dashes (from 50 %), arrow heads (from 30 %).
    await zoomTo(0.5, 0.6);
    expect(await page.locator('.ka-canvas.ka-far, .ka-canvas.ka-arrowless').count()).toBe(0);
    const near = await exportMap();
    // Below 30 %, the screen shows none of them.
    await zoomTo(0.15, 0.3);
    await expect.poll(() => page.locator('.ka-canvas.ka-far.ka-arrowless').count()).toBe(1);
    const far = await exportMap();
    writeFileSync(join(SCREENSHOTS, 'share-map-crm-far.png'), far);
    const { images, differing } = await inspectPngs(page, [near, far]);
    expect(images[1]!.width).toBe(images[0]!.width);
    expect(images[1]!.height).toBe(images[0]!.height);
    // Grey blocks instead of the details' text, solid lines for dashed ones or lines without
    // arrow heads would each differ in thousands of pixels.
    expect(differing).toBeLessThan(200);
    // The map is back as it was: zoomed out, without details, dashes or arrow heads.
    expect(await page.locator('.ka-canvas.ka-far.ka-arrowless').count()).toBe(1);
    const edge = page.locator('.ka-edge-evaluates path.react-flow__edge-path').first();
    expect(await edge.evaluate((el) => getComputedStyle(el).strokeDasharray)).toBe('none');
    expect(await edge.evaluate((el) => getComputedStyle(el).markerEnd)).toBe('none');
    await page.context().close();
  });

  it('exports the swimlane of the CRM example', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN' });
    await openCrm(page);
    await page.getByRole('button', { name: '导出' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: '销售泳道图片（PNG）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('集团销售管理部采购 CRM.swimlane.png');
    const png = readFileSync(await downloaded(download));
    writeFileSync(join(SCREENSHOTS, 'share-swimlane-crm.png'), png);
    const image = await decode(page, png);
    expect(image.width).toBeGreaterThanOrEqual(1000);
    // Wider than the 1400 px window at ratio 2: the whole grid, not the part scrolled into view.
    expect(image.width / 2).toBeGreaterThan(1400);
    expect(image.drawn).toBeGreaterThan(image.width * image.height * 0.02);
    // Drawn from the board: the view stayed on the map, the swimlane never came on screen.
    expect(await page.locator('.react-flow').count()).toBe(1);
    expect(await page.locator('.swimlane-view').count()).toBe(0);
    await page.context().close();
  });
});
