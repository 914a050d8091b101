/**
 * Profiles the `drag` figure: a Chrome trace of one drag in our editor and in the bare React Flow
 * page, summed by trace event name (self time of the main thread's top-level tasks, painting and
 * rasterising), so a slow drag says where its time goes.
 *
 *   npx tsx bench/profile/dragTrace.ts [out-dir]
 *   EXPS=",nomarker,noedges" npx tsx bench/profile/dragTrace.ts   (one trace per experiment)
 *
 * An experiment (names joined by `+`) adds CSS to our page before the drag, to see what a part
 * of the drawing costs: e.g. `nomarker` (no arrow heads) halved rasterising, `noedges` removed it.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { importBoard, launch, newContext, nodesDrawn } from '../browser';
import { fileText, flowData, mapBoard } from '../boards';
import { buildAndServe } from '../serve';
import { experimentNow, summarise, TRACE_CATEGORIES, type TraceEvent } from './trace';

async function dragOnce(page: Page): Promise<void> {
  const start = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best = { x: 0, y: 0, d: Infinity };
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node[data-id^="s"]')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const d = Math.hypot(x - cx, y - cy);
      if (d < best.d) best = { x, y, d };
    }
    return best;
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(start.x + i * 4, start.y + i * 2);
  await page.mouse.up();
}

async function main() {
  const out = process.argv[2] ?? '/tmp';
  const served = await buildAndServe();
  const browser = await launch();
  try {
    const board = mapBoard(400, 100, 1000, 'bench-drag');
    const exps = (process.env.EXPS ?? '').split(',');
    for (const exp of exps)
      for (const which of ['ours', 'bare'] as const) {
        if (which === 'bare' && exp !== exps[0]) continue;
        const context = await newContext(
          browser,
          which === 'bare' ? JSON.stringify(flowData(board)) : undefined,
        );
        const page = await context.newPage();
        if (which === 'ours') {
          const href = await importBoard(page, served.app, 'drag', fileText(board));
          await page.goto(`${served.app}?lang=en&exp=${exp}${href}`);
        } else {
          await page.goto(`${served.bench}flow.html`);
        }
        await nodesDrawn(page, 500);
        if (which === 'ours') await experimentNow(page, exp);
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        await browser.startTracing(page, {
          categories: TRACE_CATEGORIES,
        });
        const zoom = await page.evaluate(
          () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform,
        );
        console.log('viewport', zoom);
        const t0 = Date.now();
        await dragOnce(page);
        const ms = Date.now() - t0;
        const buf = await browser.stopTracing();
        const path = `${out}/drag-${which}${exp}.json`;
        writeFileSync(path, buf);
        const trace = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
        console.log(which, exp, `${ms} ms`, path);
        const sum = summarise(trace.traceEvents);
        const keys = [
          'RunTask',
          'RasterTask',
          'ProxyMain::BeginMainFrame',
          'Commit',
          'Layerize',
          'FunctionCall',
          'Paint',
          'Layout',
        ];
        console.log(Object.fromEntries(keys.map((k) => [k, sum[k] ?? 0])));
        await context.close();
      }
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
