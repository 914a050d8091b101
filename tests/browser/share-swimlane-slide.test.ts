import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  allNamedDownloads,
  openApp,
  openCrm,
  SCREENSHOTS,
  sharedChromium,
  downloaded,
} from './chromium';

const chromium = sharedChromium();

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Pixels in a box of the image within 40 of `rgb`, and pixels that are not white. */
function sample(page: Page, png: Buffer, box: number[], rgb: number[]) {
  return page.evaluate(
    async ({ b64, box, rgb }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const [x, y, w, h] = box as [number, number, number, number];
      const data = g.getImageData(x, y, w, h).data;
      let near = 0;
      let drawn = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = [0, 1, 2].map((c) => Math.abs(data[i + c]! - rgb[c]!));
        if (Math.max(...d) < 40) near++;
        if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) drawn++;
      }
      return { near, drawn };
    },
    { b64: png.toString('base64'), box, rgb },
  );
}

/** Records whether the swimlane view or any form control is put on the page from now on. */
const watchPage = (page: Page) =>
  page.evaluate(() => {
    const seen = { swimlane: false };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      if (document.querySelector('.swimlane-view')) seen.swimlane = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
const sawSwimlane = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seen: { swimlane: boolean } }).__seen.swimlane);

async function exportSlides(page: Page, menuItem: string, suggestions?: string) {
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  const exportButton = page.locator('.export-menu > button').first();
  await exportButton.click();
  if (suggestions) {
    const box = page.getByRole('menuitemcheckbox', { name: suggestions });
    await box.click();
    await expect.poll(() => box.getAttribute('aria-checked')).toBe('true');
  }
  await page.getByRole('menuitem', { name: menuItem }).click();
  const toast = page.locator('.toast').filter({ hasText: 'swimlane-16x9' });
  await toast.waitFor();
  await allNamedDownloads(toast, downloads, /swimlane-16x9[\w-]*\.png/g);
  return Promise.all(downloads.map(async (d) => readFileSync(await downloaded(d))));
}

describe('the sales swimlane as 16:9 slides, drawn from the data', () => {
  it('CRM in English with suggestions: two numbered 1920×1080 slides, readiness box, no screenshot of the view', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    await openCrm(page);
    await watchPage(page);
    const pngs = await exportSlides(
      page,
      'Sales swimlane slide, 16:9 (1920×1080 PNG)',
      'Swimlane slides include open suggestions',
    );
    // Eight stages, four to a slide.
    expect(pngs).toHaveLength(2);
    // Drawn from the board: the swimlane view (with its fields and toggles) never came on screen.
    expect(await sawSwimlane(page)).toBe(false);
    expect(await page.locator('.react-flow').isVisible()).toBe(true);
    for (const [i, png] of pngs.entries()) {
      expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
      writeFileSync(join(SCREENSHOTS, `swimlane-16x9-en-${i + 1}.png`), png);
      // The title band, the lane labels column, the readiness box, and the blocking red.
      const title = await sample(page, png, [48, 20, 900, 70], [31, 41, 51]);
      expect(title.near).toBeGreaterThan(500);
      const labels = await sample(page, png, [48, 206, 190, 780], [31, 41, 51]);
      expect(labels.near).toBeGreaterThan(300);
      const box = await sample(page, png, [1452, 114, 420, 870], [31, 41, 51]);
      expect(box.near).toBeGreaterThan(1000);
      const red = await sample(page, png, [238, 114, 1190, 870], [180, 35, 24]);
      expect(red.near).toBeGreaterThan(100);
      // Suggestions in blue.
      const blue = await sample(page, png, [238, 206, 1190, 780], [29, 78, 216]);
      expect(blue.near).toBeGreaterThan(100);
    }
    await page.context().close();
  });

  it('CRM in Chinese at 3840×2160: the same slides, twice the pixels, no suggestions', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN', width: 1440, height: 900 });
    await openCrm(page);
    const pngs = await exportSlides(page, '销售泳道幻灯片 16:9（3840×2160 PNG）');
    expect(pngs).toHaveLength(2);
    for (const [i, png] of pngs.entries()) {
      expect(pngSize(png)).toEqual({ width: 3840, height: 2160 });
      writeFileSync(join(SCREENSHOTS, `swimlane-16x9-zh-4k-${i + 1}.png`), png);
      // Without suggestions nothing is drawn in the suggestion blue.
      const blue = await sample(page, png, [476, 412, 2380, 1560], [29, 78, 216]);
      expect(blue.near).toBeLessThan(20);
      const box = await sample(page, png, [2904, 228, 840, 1740], [31, 41, 51]);
      expect(box.near).toBeGreaterThan(2000);
    }
    await page.context().close();
  });
});
