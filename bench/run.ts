/**
 * `npm run bench`: our app against bare baselines in one run, ours and baseline alternating run by
 * run so load on the machine falls on both alike. Prints a table and writes bench-results.json.
 * It reports; it never fails (the exit code is 0 unless the bench itself breaks).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser';
import { dragFigure } from './dragFigure';
import { limitBoardFigures, measureLimitBoard } from './limitBoard';
import { analyzeFigure, cliFigure, memoryFigure } from './nodeFigures';
import { bundleFigure, openFigure } from './pageFigures';
import { buildAndServe } from './serve';
import { printTable, type Figure } from './stats';
import { swimlaneFigures } from './swimlaneFigure';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/**
 * The cold open is the noisiest figure on a shared machine (the same bare page took 1.3 to 1.9 s
 * from run to run): it takes more pairs, so that its medians move less with the machine's load.
 */
const OPEN_RUNS = Math.max(RUNS, 9);
const OUT = new URL('../bench-results.json', import.meta.url).pathname;

const step = (name: string) => console.error(`bench: ${name}…`);

/** `BENCH_ONLY=drag,open` measures only those figures (for working on one); all by default. */
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const wanted = (...names: string[]) => ONLY.size === 0 || names.some((n) => ONLY.has(n));

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ka-bench-'));
  const figures: Record<string, Figure> = {};
  if (wanted('analyze')) {
    step('analyze');
    figures.analyze = await analyzeFigure();
  }
  if (wanted('drag', 'open', 'swimlaneSwitch', 'swimlaneAdd', 'bundle', 'limitBoard')) {
    step('building the app and the baseline pages');
    const served = await buildAndServe();
    const browser = await launch();
    try {
      if (wanted('drag')) {
        step('drag');
        figures.drag = await dragFigure(browser, served, RUNS);
      }
      if (wanted('open')) {
        step('open');
        figures.open = await openFigure(browser, served, OPEN_RUNS);
      }
      if (wanted('swimlaneSwitch', 'swimlaneAdd')) {
        step('swimlane');
        Object.assign(figures, await swimlaneFigures(browser, served, RUNS));
      }
      if (wanted('bundle')) {
        step('bundle');
        figures.bundle = await bundleFigure(browser, served, RUNS);
      }
      if (wanted('limitBoard')) {
        // One run: a board at every limit takes minutes, and is measured against its budgets.
        step('a board at the limits');
        Object.assign(figures, limitBoardFigures(await measureLimitBoard(browser, served.app)));
      }
    } finally {
      await browser.close();
      await served.close();
    }
  }
  if (wanted('cli')) {
    step('cli');
    figures.cli = await cliFigure(dir);
  }
  if (wanted('memory')) {
    step('memory');
    figures.memory = await memoryFigure();
  }
  rmSync(dir, { recursive: true, force: true });

  printTable(figures);
  const order = [
    'analyze',
    'drag',
    'open',
    'swimlaneSwitch',
    'swimlaneAdd',
    'bundle',
    'limit.open',
    'limit.toSwimlane',
    'limit.toMap',
    'limit.mapPng',
    'limit.mapPngMemory',
    'limit.mapPngCancel',
    'cli',
    'memory',
  ];
  // A partial run (BENCH_ONLY) updates its figures in the file and keeps the others.
  const kept: Record<string, Figure> =
    ONLY.size > 0 && existsSync(OUT)
      ? (JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, Figure>)
      : {};
  const all = { ...kept, ...figures };
  const results = Object.fromEntries(order.filter((k) => all[k]).map((k) => [k, all[k]]));
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written ${OUT}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
