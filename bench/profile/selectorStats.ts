/**
 * Which CSS selectors cost the style recalculations of a cold open of the 1,000-node board:
 * Chrome's selector statistics (the trace category DevTools' "selector stats" uses), summed over
 * the open, slowest first, for our editor and for the bare React Flow page.
 *
 *   npx tsx bench/profile/selectorStats.ts
 */
import { launch, nodesDrawn } from '../browser';
import { mapBoard } from '../boards';
import { buildAndServe } from '../serve';
import { openTarget, TRACE_CATEGORIES, type TraceEvent } from './trace';

interface Timing {
  selector: string;
  'elapsed (us)': number;
  match_attempts: number;
  match_count: number;
  fast_reject_count: number;
}

const served = await buildAndServe();
const browser = await launch();
try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  for (const which of ['ours', 'bare'] as const) {
    const { context, page, url } = await openTarget(browser, served, board, which);
    await browser.startTracing(page, {
      categories: [...TRACE_CATEGORIES, 'disabled-by-default-blink.debug'],
    });
    await page.goto(url, { waitUntil: 'commit' });
    await nodesDrawn(page, 1000);
    const buf = await browser.stopTracing();
    const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const sums = new Map<string, Timing>();
    for (const e of events) {
      if (e.name !== 'SelectorStats') continue;
      const timings = (e.args as { selector_stats?: { selector_timings?: Timing[] } })
        .selector_stats?.selector_timings;
      for (const t of timings ?? []) {
        const s = sums.get(t.selector) ?? {
          ...t,
          'elapsed (us)': 0,
          match_attempts: 0,
          match_count: 0,
        };
        s['elapsed (us)'] += t['elapsed (us)'];
        s.match_attempts += t.match_attempts;
        s.match_count += t.match_count;
        sums.set(t.selector, s);
      }
    }
    const all = [...sums.values()].sort((a, b) => b['elapsed (us)'] - a['elapsed (us)']);
    const total = all.reduce((n, t) => n + t['elapsed (us)'], 0) / 1000;
    console.log(`${which}: ${all.length} selectors, ${total.toFixed(0)} ms matching`);
    for (const t of all.slice(0, 40))
      console.log(
        `${(t['elapsed (us)'] / 1000).toFixed(1).padStart(7)} ms ${String(t.match_attempts).padStart(8)} tries ${String(t.match_count).padStart(7)} hits  ${t.selector}`,
      );
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}
