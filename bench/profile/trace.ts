/** What the profiling scripts share: trace categories, sums by event name, CPU times, CSS experiments. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fileText, flowData } from '../boards';
import { importBoard, newContext } from '../browser';
import type { Served } from '../serve';
import { median } from '../stats';
import type { Board } from '../../src/domain/types';

export interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: Record<string, unknown>;
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  'cc',
  'gpu',
];

/** Milliseconds per trace event name (complete events, all threads), largest first. */
export function summarise(events: TraceEvent[]): Record<string, number> {
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

export interface CpuProfile {
  nodes: {
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  /** Microseconds, on the clock of the samples. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

type CallFrame = CpuProfile['nodes'][number]['callFrame'];
const frameKey = (f: CallFrame) =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}:${f.columnNumber}`;

/**
 * Milliseconds per function (name, file, line, column), largest first: self time, or with
 * `total` the time of every sample the function is on the stack of (counted once per sample).
 */
export function cpuTimes(profile: CpuProfile, total = false): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const keys = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = total ? parent.get(at) : undefined)
      keys.add(frameKey(byId.get(at)!.callFrame));
    for (const key of keys) times.set(key, (times.get(key) ?? 0) + ms);
  });
  return [...times].sort((a, b) => b[1] - a[1]);
}

/**
 * CSS experiments: each hides or simplifies one part of the map's drawing, to see what it costs
 * (names joined by `+` in EXPS apply together).
 */
export const EXPERIMENTS: Record<string, string> = {
  nosticky: '.swimlane th,.swimlane td{position:static!important}',
  // Chromium lays a table out with the fixed algorithm only when its width is not auto.
  fixed: '.swimlane{width:1px}',
  fixedmax: '.swimlane{width:max-content}',
  serif: '*{font-family:serif!important}',
  noghosts: '.swimlane .ghosts{display:none!important}',
  cv: '.swimlane .cell-list{content-visibility:auto;contain-intrinsic-size:auto 226px auto 80px}',
  nolanesticky: '.swimlane .lane-head,.swimlane .lane-corner{position:static!important}',
  noheadsticky: '.swimlane thead th{position:static!important}',
  nodots: '.ka-dots{display:none!important}',
  miniflat: '.react-flow__minimap-node{stroke:none!important;rx:0!important;ry:0!important}',
  nominimap: '.react-flow__minimap{display:none!important}',
  noowner: '.ka-owner-handle{display:none!important}',
  flatcard: '.ka-person-head,.ka-badges,.ka-row{display:contents!important}',
  nobackground: '.react-flow__background{display:none!important}',
  nopanel: '.side-panel,aside{display:none!important}',
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
  notrans: '.ka-canvas .react-flow__node,.ka-canvas .react-flow__edge{transition:none!important}',
  gray: '.react-flow__edge-path{stroke:#b1b1b7!important}',
  nocontent: '.react-flow__node>*{display:none!important}',
  nonames: '.react-flow__node .ka-name{display:none!important}',
  nosub:
    '.react-flow__node .ka-sub,.react-flow__node .ka-flags,.react-flow__node .ka-details{display:none!important}',
  farnoveto: '.ka-person:has(>.ka-details-far):not(:has(>.ka-veto)){display:block!important}',
  farhas: '.ka-person:has(>.ka-details-far){display:block!important}',
  nodash: '.react-flow__edge-path{stroke-dasharray:none!important}',
  nofarblock: '.ka-details-far{display:none!important}',
  nohandles: '.react-flow__handle{display:none!important}',
  handlenotransform: '.react-flow__handle{transform:none!important}',
  noz: '.react-flow__node{z-index:0!important}',
  nopanels: '.react-flow__panel,.react-flow__minimap,.react-flow__controls{display:none!important}',
  noside: 'aside{display:none!important}',
  isolate: '.react-flow__node{isolation:isolate}',
  containpaint: '.react-flow__node{contain:layout paint}',
  nodeschange: '.react-flow__node.dragging{will-change:transform}',
  noclamp:
    '.ka-name{display:block!important;-webkit-line-clamp:unset!important;line-clamp:none!important;overflow:visible!important}',
  nogrid: '.ka-person,.ka-step{display:block!important}',
  noanywhere: '.ka-name{overflow-wrap:normal!important}',
  containnode: '.react-flow__node{contain:layout style}',
  containall: '.react-flow__node{contain:layout style paint}',
  noellipsis: '.ka-sub,.ka-owner{text-overflow:clip!important}',
  onefont: '*{font-family:"DejaVu Sans"!important}',
  nooutline: '.ka-node{box-shadow:none!important}',
  noradius: '.ka-node,.ka-role,.ka-stance,.ka-veto,.ka-flags{border-radius:0!important}',
  lodnone: '.ka-node > :not(.react-flow__handle){display:none!important}',
  lodname: '.ka-node > :not(.react-flow__handle):not(.ka-name){display:none!important}',
  nolabel:
    '.react-flow__edge-text,.react-flow__edge-textbg,.react-flow__edgelabel-renderer{display:none!important}',
};

/** The style sheet text of an experiment such as `nomarker+nodash` (empty for none). */
export function experimentCss(exp: string): string {
  return exp
    .split('+')
    .map((e) => EXPERIMENTS[e] ?? '')
    .join('\n');
}

/** Runs in the page: adds `text` as a constructed style sheet (the CSP refuses inline styles). */
function adoptSheet(text: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Applies experiment `exp` to every page `context` opens from now on, before its scripts. */
export async function experimentOnOpen(context: BrowserContext, exp: string): Promise<void> {
  const css = experimentCss(exp);
  if (css) await context.addInitScript(adoptSheet, css);
}

/** Applies experiment `exp` to `page` as it is. */
export async function experimentNow(page: Page, exp: string): Promise<void> {
  const css = experimentCss(exp);
  if (css) await page.evaluate(adoptSheet, css);
}

/** Prints each experiment's median time and its ratio to the `yardstick` entry, runs listed. */
export function printExperiments(times: Map<string, number[]>, yardstick: string): void {
  const base = median(times.get(yardstick)!);
  for (const [exp, xs] of times) {
    const m = median(xs);
    const all = xs.map((x) => x.toFixed(0)).join(' ');
    console.log(
      `${(exp || 'ours').padEnd(14)} ${m.toFixed(0).padStart(6)} ms  ${(m / base).toFixed(2)}x  [${all}]`,
    );
  }
}

/**
 * A fresh context and page for a cold open of `board`: in our app (the board imported first,
 * from another page) or in the bare React Flow page (the board inline). Returns the URL to open.
 */
export async function openTarget(
  browser: Browser,
  served: Served,
  board: Board,
  which: 'ours' | 'bare',
): Promise<{ context: BrowserContext; page: Page; url: string }> {
  const context = await newContext(
    browser,
    which === 'bare' ? JSON.stringify(flowData(board)) : undefined,
  );
  let page = await context.newPage();
  let url = `${served.bench}flow.html`;
  if (which === 'ours') {
    url = `${served.app}?lang=en${await importBoard(page, served.app, 'open', fileText(board))}`;
    await page.close();
    page = await context.newPage();
  }
  return { context, page, url };
}

/**
 * A JavaScript CPU profile (sampled every 200 µs) of `page` while `work` runs, e.g. a navigation
 * and the wait for what it draws.
 */
export async function cpuProfileOf(
  context: BrowserContext,
  page: Page,
  work: () => Promise<void>,
): Promise<CpuProfile> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  return profile;
}

/** Marks (`first-node-element`) when the context's pages first have a map node in the DOM. */
export async function markFirstNode(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('.react-flow__node')) {
        performance.mark('first-node-element');
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Milliseconds from navigation start until the first map node was in the DOM (0: not yet). */
export function firstNodeAt(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('first-node-element')[0]?.startTime ?? 0);
}
