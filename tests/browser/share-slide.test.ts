import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allNamedDownloads, openApp, SCREENSHOTS, sharedChromium, downloaded } from './chromium';

const chromium = sharedChromium();
const BANK = new URL('../../templates/en/national-bank-core-system.board.json', import.meta.url)
  .pathname;
const bank = JSON.parse(readFileSync(BANK, 'utf8')) as { board: { title: string } };

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Share of pixels in a box of the image whose colour is within 40 of `rgb`, and of non-white. */
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

describe('the buying map as 16:9 slides', () => {
  it('the bank sample: 1920×1080 PNGs with title, legend and the map', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    await page.getByTestId('import-input').setInputFiles(BANK);
    await page.locator('.board-row a').first().click();
    await page.waitForSelector('.react-flow__node-step');
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Buying map slide, 16:9 (1920×1080 PNG)' }).click();
    const toast = page.getByText(/^Exported “/);
    await toast.waitFor();
    await allNamedDownloads(toast, downloads, /map-16x9[\w-]*\.png/g);
    for (const [i, d] of downloads.entries()) {
      const path = await downloaded(d);
      const png = readFileSync(path);
      expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
      copyFileSync(
        path,
        join(SCREENSHOTS, i === 0 ? 'bank-map-16x9.png' : `bank-map-16x9-${i + 1}.png`),
      );
      // The title, dark, in the top band; the map's links and cards in the middle; the
      // legend's "Approves" red in the bottom band.
      const title = await sample(page, png, [48, 20, 900, 70], [31, 41, 51]);
      expect(title.near).toBeGreaterThan(500);
      const map = await sample(page, png, [48, 110, 1824, 886], [255, 255, 255]);
      expect(map.drawn).toBeGreaterThan(20_000);
      const legend = await sample(page, png, [48, 1000, 1400, 70], [180, 35, 24]);
      expect(legend.near).toBeGreaterThan(50);
    }
    expect(bank.board.title.length).toBeGreaterThan(0);
    await page.context().close();
  });
});
