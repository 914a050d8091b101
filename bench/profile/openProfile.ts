/**
 * Profiles the `open` figure: a Chrome trace of opening the 1,000-node board cold in our editor
 * and in the bare React Flow page (main-thread time by trace event), then a JavaScript CPU
 * profile of our open summed by function (self time).
 *
 *   npx tsx bench/profile/openProfile.ts [out-dir]   (writes open-ours.json and open-bare.json)
 *   EXPS=",nodots" CPU=1 npx tsx bench/profile/openProfile.ts   (CSS experiments; CPU profile,
 *   also written to open-cpu<exp>.cpuprofile)
 */
import { writeFileSync } from 'node:fs';
import { launch, nodesDrawn } from '../browser';
import { mapBoard } from '../boards';
import { buildAndServe } from '../serve';
import {
  cpuProfileOf,
  cpuTimes,
  experimentOnOpen,
  openTarget,
  summarise,
  TRACE_CATEGORIES,
  type TraceEvent,
} from './trace';

const served = await buildAndServe({ minify: !process.env.CPU });
const browser = await launch();
try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  const exps = (process.env.EXPS ?? '').split(',');
  for (const [exp, which] of [...exps.map((e) => [e, 'ours'] as const), ['', 'bare'] as const]) {
    const { context, page, url } = await openTarget(browser, served, board, which);
    await experimentOnOpen(context, exp);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await nodesDrawn(page, 1000);
    const ms = Date.now() - t0;
    const buf = await browser.stopTracing();
    writeFileSync(`${process.argv[2] ?? '/tmp'}/open-${which}${exp}.json`, buf);
    const trace = JSON.parse(buf.toString()) as {
      traceEvents: TraceEvent[];
    };
    const sum = summarise(trace.traceEvents);
    console.log(which, exp, `${ms} ms`);
    console.log(Object.fromEntries(Object.entries(sum).slice(0, 25)));
    if (which === 'ours' && process.env.CPU) {
      const again = await context.newPage();
      const profile = await cpuProfileOf(context, again, async () => {
        await again.goto(url, { waitUntil: 'commit' });
        await nodesDrawn(again, 1000);
      });
      writeFileSync(
        `${process.argv[2] ?? '/tmp'}/open-cpu${exp}.cpuprofile`,
        JSON.stringify(profile),
      );
      for (const total of [false, true]) {
        console.log(total ? 'total time' : 'self time');
        for (const [k, v] of cpuTimes(profile, total).slice(0, 70))
          console.log(v.toFixed(0).padStart(6), k);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}
