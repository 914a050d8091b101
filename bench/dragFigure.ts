/** `drag`: one node dragged for 60 frames on a 500-node, 1,000-edge board, ours against bare React Flow. */
import type { Browser, Page } from 'playwright-core';
import { viewAtRest } from '../support/view-at-rest';
import { importBoard, newContext, nodesDrawn } from './browser';
import { fileText, flowData, mapBoard } from './boards';
import type { Served } from './serve';
import { figure, median, percentile, type Figure } from './stats';

const MOVES = 60;

interface DragRun {
  p95: number;
  worst: number;
  totalMs: number;
  /** Renders of map nodes other than the dragged one, and storage writes, before the mouse is released. */
  untouchedRenders: number;
  writes: number;
  paletteRenders: number;
  legendRenders: number;
}

/** Drags the stakeholder nearest the middle of the canvas and samples frames meanwhile. */
async function drag(page: Page): Promise<DragRun> {
  const start = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { id: string; x: number; y: number; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node[data-id^="s"]')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { id: el.dataset.id!, x, y, d };
    }
    window.__kaRenderCounts = {};
    window.__benchWrites = 0;
    const w = window as unknown as { __frames: number[]; __sampling: boolean };
    w.__frames = [];
    w.__sampling = true;
    let last = performance.now();
    const loop = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__sampling) requestAnimationFrame(loop);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(loop);
    });
    // The press must land on the card: a card outside the pane would measure a drag of nothing.
    const inPane =
      best &&
      best.x > pane.left &&
      best.x < pane.right &&
      best.y > pane.top &&
      best.y < pane.bottom;
    if (!inPane)
      throw new Error(`drag: no person card in the pane (nearest ${best?.id ?? 'none'})`);
    return best!;
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const t0 = performance.now();
  for (let i = 1; i <= MOVES; i++) await page.mouse.move(start.x + i * 4, start.y + i * 2);
  const totalMs = performance.now() - t0;
  const sampled = await page.evaluate((id) => {
    const w = window as unknown as { __frames: number[]; __sampling: boolean };
    w.__sampling = false;
    const counts = window.__kaRenderCounts ?? {};
    let untouched = 0;
    for (const [key, n] of Object.entries(counts)) {
      if (key !== id && key !== 'palette' && key !== 'legend') untouched += n;
    }
    return {
      frames: w.__frames,
      untouched,
      writes: window.__benchWrites,
      palette: counts.palette ?? 0,
      legend: counts.legend ?? 0,
    };
  }, start.id);
  await page.mouse.up();
  const moved = await page.locator(`.react-flow__node[data-id="${start.id}"]`).evaluate((el, x) => {
    const r = el.getBoundingClientRect();
    return r.left + r.width / 2 - x;
  }, start.x);
  if (moved < MOVES * 2) throw new Error(`drag: card ${start.id} moved ${moved.toFixed(0)} px`);
  return {
    p95: percentile(sampled.frames, 95),
    worst: Math.max(...sampled.frames),
    totalMs,
    untouchedRenders: sampled.untouched,
    writes: sampled.writes,
    paletteRenders: sampled.palette,
    legendRenders: sampled.legend,
  };
}

export async function dragFigure(browser: Browser, served: Served, runs: number): Promise<Figure> {
  const board = mapBoard(400, 100, 1000, 'bench-drag');
  const text = fileText(board);
  const data = JSON.stringify(flowData(board));
  const ours: DragRun[] = [];
  const base: DragRun[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await newContext(browser);
    const page = await a.newPage();
    const href = await importBoard(page, served.app, 'drag', text);
    await page.goto(`${served.app}?lang=en${href}`);
    await nodesDrawn(page, 500);
    // The whole map in view, as the bare page shows it: this board opens on its first steps,
    // readable, with its people above the window.
    await page.locator('.react-flow__controls-fitview').click();
    await viewAtRest(page);
    ours.push(await drag(page));
    await a.close();

    const b = await newContext(browser, data);
    const bare = await b.newPage();
    await bare.goto(`${served.bench}flow.html`);
    await nodesDrawn(bare, 500);
    base.push(await drag(bare));
    await b.close();
  }
  const med = (runs: DragRun[], k: keyof DragRun) => median(runs.map((r) => r[k]));
  return figure({ ours: med(ours, 'p95'), baseline: med(base, 'p95'), runs }, 'ms p95', '≤ 1.1×', {
    'worst frame ms (ours/bare)': `${med(ours, 'worst').toFixed(1)}/${med(base, 'worst').toFixed(1)}`,
    '60 moves ms (ours/bare)': `${med(ours, 'totalMs').toFixed(0)}/${med(base, 'totalMs').toFixed(0)}`,
    'untouched node renders': Math.max(...ours.map((r) => r.untouchedRenders)),
    'storage writes': Math.max(...ours.map((r) => r.writes)),
    'palette renders': Math.max(...ours.map((r) => r.paletteRenders)),
    'legend renders': Math.max(...ours.map((r) => r.legendRenders)),
  });
}
