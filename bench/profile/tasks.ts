/**
 * The main thread's tasks during a cold open of the 1,000-node board (as the `open` figure times
 * it), ours and bare: each task over 4 ms with when it started and what it was, a long one
 * broken down by self time (script, style, layout, paint…), and the rasterising done off the
 * main thread. Shows which phase of the open is longer than bare's.
 *   npx tsx bench/profile/tasks.ts           EXP=nonames WHICH=ours npx tsx bench/profile/tasks.ts
 *   MIN_US=500 WHICH=ours …   (tasks from 0.5 ms: e.g. the garbage collector in the tail)
 */
import { launch } from '../browser';
import { mapBoard } from '../boards';
import { timeOpen } from '../pageFigures';
import { buildAndServe } from '../serve';
import { experimentOnOpen, openTarget, TRACE_CATEGORIES, type TraceEvent } from './trace';

type Timed = TraceEvent & { dur: number };

/** Self time by event name within `events` (sorted by start, nested by time). */
function selfTimes(events: Timed[]): [string, number][] {
  const self = new Map<Timed, number>();
  const open: Timed[] = [];
  for (const e of events) {
    while (open.length && open.at(-1)!.ts + open.at(-1)!.dur <= e.ts) open.pop();
    self.set(e, e.dur);
    const parent = open.at(-1);
    if (parent) self.set(parent, self.get(parent)! - e.dur);
    open.push(e);
  }
  const byName = new Map<string, number>();
  for (const [e, us] of self) byName.set(e.name, (byName.get(e.name) ?? 0) + us / 1000);
  return [...byName].sort((a, b) => b[1] - a[1]);
}

const served = await buildAndServe();
const browser = await launch();
try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  for (const which of (process.env.WHICH ?? 'ours,bare').split(',') as ('ours' | 'bare')[]) {
    const { context, page, url } = await openTarget(browser, served, board, which);
    if (which === 'ours') await experimentOnOpen(context, process.env.EXP ?? '');
    // navigationStart is a user-timing event: the tasks are timed from it.
    await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, 'blink.user_timing'] });
    const { ms } = await timeOpen(page, url);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const events = trace.traceEvents;
    const processes = new Map<number, string>();
    const threads = new Map<string, string>();
    for (const e of events) {
      if (e.ph !== 'M') continue;
      if (e.name === 'process_name') processes.set(e.pid, String(e.args?.name));
      if (e.name === 'thread_name') threads.set(`${e.pid}/${e.tid}`, String(e.args?.name));
    }
    const inRenderer = (e: TraceEvent) => processes.get(e.pid) === 'Renderer';
    const main = events
      .filter(
        (e): e is Timed =>
          e.ph === 'X' &&
          !!e.dur &&
          inRenderer(e) &&
          threads.get(`${e.pid}/${e.tid}`) === 'CrRendererMain',
      )
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const start = events.find((e) => e.name === 'navigationStart' && inRenderer(e))?.ts ?? 0;
    const raster = events
      .filter((e) => e.name === 'RasterTask' && inRenderer(e))
      .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
    const busy = main
      .filter((e) => e.name === 'RunTask' && e.ts >= start)
      .reduce((sum, e) => sum + e.dur / 1000, 0);
    console.log(
      `${which}: open ${ms.toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms, rasterising ${raster.toFixed(0)} ms`,
    );
    if (process.env.TOTALS) {
      const all = selfTimes(main.filter((e) => e.ts >= start && e.name !== 'RunTask'));
      for (const [name, t] of all.slice(0, Number(process.env.TOTALS)))
        console.log(`  ${t.toFixed(1).padStart(7)}  ${name}`);
      await context.close();
      continue;
    }
    for (const task of main.filter(
      (e) => e.name === 'RunTask' && e.dur > Number(process.env.MIN_US ?? 4000),
    )) {
      const inside = main.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      const top = selfTimes(inside.filter((e) => e.name !== 'RunTask'))
        .slice(0, task.dur > 50_000 ? 8 : 3)
        .map(([name, t]) => `${name} ${t.toFixed(0)}`)
        .join(', ');
      const at = ((task.ts - start) / 1000).toFixed(0).padStart(5);
      console.log(`  ${at} ms +${(task.dur / 1000).toFixed(0).padStart(4)}  ${top}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}
