/**
 * CSS experiments on the `open` figure, traced: per experiment the median open time, the
 * rasterising off the main thread, and the main thread's style and paint time, runs alternating.
 *   EXPS=",nomarker,hair" RUNS=3 npx tsx bench/profile/rasterExps.ts
 */
import { launch } from '../browser';
import { mapBoard } from '../boards';
import { timeOpen } from '../pageFigures';
import { buildAndServe } from '../serve';
import { median } from '../stats';
import { experimentOnOpen, openTarget, TRACE_CATEGORIES, type TraceEvent } from './trace';

const runs = Number(process.env.RUNS ?? 3);
const exps = (process.env.EXPS ?? '').split(',');
const served = await buildAndServe();
const browser = await launch();
type Row = { ms: number; raster: number; style: number; paint: number };
const rows = new Map<string, Row[]>(exps.map((e) => [e, []]));
try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  for (let i = 0; i < runs; i++) {
    for (const exp of exps) {
      const { context, page, url } = await openTarget(browser, served, board, 'ours');
      await experimentOnOpen(context, exp);
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const { ms } = await timeOpen(page, url);
      const events = (
        JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
      ).traceEvents;
      const sum = (name: string) =>
        events.filter((e) => e.name === name).reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
      rows.get(exp)!.push({
        ms,
        raster: sum('RasterTask'),
        style: sum('Document::recalcStyle'),
        paint: sum('Paint'),
      });
      await context.close();
    }
  }
  for (const [exp, xs] of rows) {
    const m = (k: keyof Row) =>
      median(xs.map((x) => x[k]))
        .toFixed(0)
        .padStart(5);
    console.log(
      `${(exp || 'ours').padEnd(16)} open ${m('ms')}  raster ${m('raster')}  style ${m('style')}  paint ${m('paint')}`,
    );
  }
} finally {
  await browser.close();
  await served.close();
}
