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

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: Record<string, unknown>;
}

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

function summarise(events: TraceEvent[]): Record<string, number> {
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  return Object.fromEntries(
    [...sums.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 80)
      .map(([k, v]) => [k, Math.round(v)]),
  );
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
        const css: Record<string, string> = {
          layers:
            '.react-flow__edges{will-change:transform}.react-flow__node.dragging{will-change:transform}',
          lod: '.ka-badges,.ka-row,.ka-owner,.ka-sub,.ka-veto{display:none!important}',
          noshadow:
            '.react-flow__node *, .react-flow__node{box-shadow:none!important;border-radius:0!important}',
          nomarker: '.react-flow__edge path{marker-end:none!important;marker-start:none!important}',
          nowidth: '.react-flow__edge-path{stroke-width:1px!important}',
          nonodes: '.react-flow__node>*{visibility:hidden!important}',
          noedges: '.react-flow__edges{display:none!important}',
          nointer: '.react-flow__edge-interaction{display:none!important}',
          nobgnodes: '.react-flow__node .ka-node{background:none!important;border:none!important}',
          nonext: '.react-flow__edge.ka-edge-next{display:none!important}',
          noreports: '.react-flow__edge.ka-edge-reports-to{display:none!important}',
          noinfl: '.react-flow__edge.ka-edge-influences{display:none!important}',
          nopart:
            '.react-flow__edge.ka-edge-drives,.react-flow__edge.ka-edge-approves,.react-flow__edge.ka-edge-evaluates,.react-flow__edge.ka-edge-informed{display:none!important}',
          hair: '.react-flow__edge-path{vector-effect:non-scaling-stroke;stroke-width:1px!important}',
          nofocus:
            '.ka-canvas .react-flow__node,.ka-canvas .react-flow__edge{opacity:1!important;transition:none!important}',
          notrans:
            '.ka-canvas .react-flow__node,.ka-canvas .react-flow__edge{transition:none!important}',
          gray: '.react-flow__edge-path{stroke:#b1b1b7!important}',
          nodash: '.react-flow__edge-path{stroke-dasharray:none!important}',
          nohandles: '.react-flow__handle{display:none!important}',
          handlenotransform: '.react-flow__handle{transform:none!important}',
          noz: '.react-flow__node{z-index:0!important}',
          nopanels:
            '.react-flow__panel,.react-flow__minimap,.react-flow__controls{display:none!important}',
          noside: 'aside{display:none!important}',
          isolate: '.react-flow__node{isolation:isolate}',
          containpaint: '.react-flow__node{contain:layout paint}',
          nodeschange: '.react-flow__node.dragging{will-change:transform}',
          nolabel:
            '.react-flow__edge-text,.react-flow__edge-textbg,.react-flow__edgelabel-renderer{display:none!important}',
        };
        if (which === 'ours')
          for (const e of exp.split('+'))
            if (css[e])
              await page.evaluate((text) => {
                const sheet = new CSSStyleSheet();
                sheet.replaceSync(text);
                document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
              }, css[e]);
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        await browser.startTracing(page, {
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'v8.execute',
            'blink',
            'cc',
            'gpu',
          ],
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
