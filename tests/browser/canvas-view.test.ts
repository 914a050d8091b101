import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, openCrm, SCREENSHOTS, EXAMPLES, sharedChromium } from './chromium';

const chromium = sharedChromium();

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Boxes in flow coordinates (each node's translate and layout size): unlike screen boxes they do
 * not move while fit-to-view animates the viewport, so boxes read one after another agree.
 */
async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      const node = el as HTMLElement;
      const m = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(node.style.transform);
      return {
        id: node.getAttribute('data-id') ?? '',
        x: m ? Number(m[1]) : Number.NaN,
        y: m ? Number(m[2]) : Number.NaN,
        width: node.offsetWidth,
        height: node.offsetHeight,
      };
    }),
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('the CRM example on the map', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`draws every item readably (${lang})`, async () => {
      const page = await openApp(chromium.browser, { lang, width: 1920, height: 1080 });
      await openCrm(page);
      // Fold the side panel away so the map gets the width, then fit it again.
      await page.getByRole('tab', { name: resources[lang].app.panel.inspector }).click();
      await page.locator('.react-flow__controls-fitview').click();
      expect(await page.locator('.react-flow__node-stakeholder').count()).toBe(7);
      expect(await page.locator('.react-flow__node-department').count()).toBe(6);
      await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(20);
      // Flag badges come from the analysis of the board.
      expect(await page.locator('.ka-flags').count()).toBeGreaterThan(0);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLElement>('.react-flow__node')].every(
          (el) => el.style.visibility !== 'hidden',
        ),
      );
      const short = lang === 'zh-CN' ? 'zh' : 'en';
      await page.screenshot({ path: join(SCREENSHOTS, `canvas-crm-${short}.png`) });
      await page.context().close();
    });
  }
});

async function nodeTransforms(page: Page) {
  return page.$$eval('.react-flow__node', (els) =>
    els.map((el) => `${el.getAttribute('data-id')}:${(el as HTMLElement).style.transform}`).sort(),
  );
}

describe('speed and layout', () => {
  it('renders no untouched node while one node is dragged', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1600, height: 1000 });
    await page.addInitScript(() => {
      window.__KA_COUNT_RENDERS__ = true;
    });
    await page.reload();
    await openCrm(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')].every(
        (el) => el.style.visibility !== 'hidden',
      ),
    );
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    const step = page.locator('.react-flow__node-step').nth(2);
    const id = await step.getAttribute('data-id');
    const b = await step.boundingBox();
    if (!b || !id) throw new Error('no step');
    await page.evaluate(() => {
      window.__kaRenderCounts = {};
    });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 10, b.y + b.height / 2 + 10, { steps: 2 });
    await page.mouse.move(b.x + b.width / 2 + 60, b.y + b.height + 120, { steps: 20 });
    const during = await page.evaluate(() => ({ ...window.__kaRenderCounts }));
    await page.mouse.up();
    // The drop re-renders no other node. Signals that the drop is done: the dragged node has
    // rendered its new place, the drop is saved, and a frame has been drawn since.
    await expect
      .poll(() => page.evaluate((nodeId) => window.__kaRenderCounts?.[nodeId] ?? 0, id))
      .toBeGreaterThan(0);
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const after = await page.evaluate(() => ({ ...window.__kaRenderCounts }));
    const others = (counts: Record<string, number>) =>
      Object.entries(counts)
        .filter(([k]) => k !== id)
        .reduce((sum, [, n]) => sum + n, 0);
    // Nor the dragged node itself while it moves (its look does not change: React Flow moves
    // it); it renders once the drop writes its new place, so the counter is live.
    expect(during[id] ?? 0).toBe(0);
    expect(after[id] ?? 0).toBeGreaterThan(0);
    expect(others(during)).toBe(0);
    expect(others(after)).toBe(0);
    console.log(
      `renders during drag: dragged=${during[id]}, untouched=${others(during)}; after drop untouched=${others(after)}`,
    );
    await page.context().close();
  });

  it('auto-layout leaves no overlapping boxes and undoes in one step', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN', width: 1600, height: 1000 });
    await openCrm(page);
    // Laid out from the nodes' measured sizes: measure them in their final (CJK) font, not in
    // the fallback one a busy machine may still be drawing with (the boxes then grow).
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')].every(
        (el) => el.style.visibility !== 'hidden',
      ),
    );
    const before = await nodeTransforms(page);
    await page.getByRole('button', { name: resources['zh-CN'].canvas.toolbar.autoLayout }).click();
    // ELK is loaded on first use (a 1.5 MB chunk) and lays out on the main thread: on a busy
    // machine that takes more than expect.poll's default second.
    await expect.poll(() => nodeTransforms(page), { timeout: 20_000 }).not.toEqual(before);
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    // The new layout is drawn once every node stays put for two frames.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const read = () =>
            [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
              .map((n) => `${n.style.transform}|${n.offsetWidth}x${n.offsetHeight}`)
              .join();
          const first = read();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(read() === first)));
        }),
    );
    const all = await boxes(page, '.react-flow__node');
    expect(all.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y))).toBe(true);
    const frames = await boxes(page, '.react-flow__node-department');
    const frameIds = new Set(frames.map((f) => f.id));
    const inside = (a: Box, f: Box) =>
      a.x >= f.x - 1 &&
      a.y >= f.y - 1 &&
      a.x + a.width <= f.x + f.width + 1 &&
      a.y + a.height <= f.y + f.height + 1;
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) {
        if (!overlaps(a, b)) continue;
        // The only allowed overlap: a person fully inside a department frame.
        const frame = frameIds.has(a.id) ? a : frameIds.has(b.id) ? b : null;
        const other = frame === a ? b : a;
        expect(
          frame !== null && !frameIds.has(other.id) && inside(other, frame),
          `${a.id} overlaps ${b.id}`,
        ).toBe(true);
      }
    }
    // Every stakeholder of the example sits in a frame, and the steps run left to right.
    const people = await boxes(page, '.react-flow__node-stakeholder');
    for (const p of people) expect(frames.some((f) => inside(p, f))).toBe(true);
    const steps = await boxes(page, '.react-flow__node-step');
    const expected = JSON.parse(
      readFileSync(join(EXAMPLES, 'crm-group-sales-management.expected.json'), 'utf8'),
    ) as { stages: { stepId: string }[] };
    const byX = [...steps].sort((a, b) => a.x - b.x).map((s) => s.id);
    expect(byX).toEqual(expected.stages.map((s) => s.stepId));
    // People sit above the process row.
    const stepTop = Math.min(...steps.map((s) => s.y));
    for (const p of people) expect(p.y + p.height).toBeLessThan(stepTop);
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeTransforms(page)).toEqual(before);
    await page.context().close();
  });
});
