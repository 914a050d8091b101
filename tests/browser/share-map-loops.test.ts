import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allNamedDownloads, openApp, SCREENSHOTS, sharedChromium, downloaded } from './chromium';

const chromium = sharedChromium();
const EXPENSE = new URL('../../templates/en/expense-reimbursement.board.json', import.meta.url)
  .pathname;
const LOOP = 'l-5';

async function exportOne(page: Page, item: string, file: RegExp): Promise<Buffer[]> {
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.locator('.export-menu > button').first().click();
  await page.getByRole('menuitem', { name: item }).click();
  const toast = page.locator('.toast').filter({ hasText: file });
  await toast.waitFor();
  await allNamedDownloads(toast, downloads, file);
  const files = await Promise.all(downloads.map(async (d) => readFileSync(await downloaded(d))));
  return files;
}

describe('a rework loop in the exported map', () => {
  it('the expense sample: the loop under the row and its label are inside the PNG, readable', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    await page.getByTestId('import-input').setInputFiles(EXPENSE);
    await page.locator('.board-row a').first().click();
    await page.waitForSelector(`.react-flow__edge-loop[data-id="${LOOP}"] .react-flow__edge-text`);
    // Where the image starts (the cards' top-left, or a link's if one reaches further) and
    // where the loop's label sits, in flow coordinates.
    const geo = await page.evaluate((id) => {
      const rects = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => {
        const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(n.style.transform)!;
        return { x: Number(m[1]), y: Number(m[2]), w: n.offsetWidth, h: n.offsetHeight };
      });
      const boxes = [...document.querySelectorAll<SVGGraphicsElement>('.react-flow__edge')].map(
        (e) => e.getBBox(),
      );
      // The label's screen box, back into flow coordinates through the viewport transform.
      const vp = document.querySelector<HTMLElement>('.react-flow__viewport')!;
      const t = new DOMMatrix(getComputedStyle(vp).transform);
      const origin = vp.parentElement!.getBoundingClientRect();
      const r = document
        .querySelector(`[data-id="${id}"] .react-flow__edge-textwrapper`)!
        .getBoundingClientRect();
      const label = {
        x: (r.x - origin.x - t.e) / t.a,
        y: (r.y - origin.y - t.f) / t.a,
        width: r.width / t.a,
        height: r.height / t.a,
      };
      return {
        left: Math.min(...rects.map((r) => r.x), ...boxes.map((b) => b.x)),
        top: Math.min(...rects.map((r) => r.y), ...boxes.map((b) => b.y)),
        cardsBottom: Math.max(...rects.map((r) => r.y + r.h)),
        label,
      };
    }, LOOP);
    // The label is drawn below every card: the case the image used to cut off.
    expect(geo.label.y).toBeGreaterThan(geo.cardsBottom);

    const [png] = await exportOne(page, 'Buying map image (PNG)', /map\.png/g);
    writeFileSync(join(SCREENSHOTS, 'expense-map-loop.png'), png!);
    const ink = await page.evaluate(
      async ({ b64, geo }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const g = canvas.getContext('2d')!;
        g.drawImage(img, 0, 0);
        // Margin 48 flow px, two image pixels per flow px.
        const k = 2;
        const x = Math.round((geo.label.x - geo.left + 48) * k);
        const y = Math.round((geo.label.y - geo.top + 48) * k);
        const w = Math.round(geo.label.width * k);
        const h = Math.round(geo.label.height * k);
        if (y + h > canvas.height || x + w > canvas.width) return { inside: false, dark: 0 };
        const data = g.getImageData(x, y, w, h).data;
        let dark = 0;
        // The label is in the `next` link colour (#243b53) on white.
        for (let i = 0; i < data.length; i += 4) {
          if (data[i]! < 110 && data[i + 1]! < 130 && data[i + 2]! < 160) dark++;
        }
        return { inside: true, dark, height: canvas.height, y, h };
      },
      { b64: png!.toString('base64'), geo },
    );
    expect(ink.inside).toBe(true);
    expect(ink.dark).toBeGreaterThan(40);

    // The same loop on the 16:9 slide.
    const slides = await exportOne(
      page,
      'Buying map slide, 16:9 (1920×1080 PNG)',
      /map-16x9[\w-]*\.png/g,
    );
    expect(slides.length).toBeGreaterThan(0);
    writeFileSync(join(SCREENSHOTS, 'expense-map-16x9.png'), slides[0]!);
    await page.context().close();
  });
});
