/**
 * `npm run bench`: our app against bare baselines in one run, ours and baseline alternating run by
 * run so load on the machine falls on both alike. Prints a table and writes bench-results.json.
 * It reports; it never fails (the exit code is 0 unless the bench itself breaks).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser';
import { dragFigure } from './dragFigure';
import { analyzeFigure, cliFigure, memoryFigure } from './nodeFigures';
import { bundleFigure, openFigure } from './pageFigures';
import { buildAndServe } from './serve';
import { printTable, type Figure } from './stats';
import { swimlaneFigures } from './swimlaneFigure';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = new URL('../bench-results.json', import.meta.url).pathname;

const step = (name: string) => console.error(`bench: ${name}…`);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ka-bench-'));
  const figures: Record<string, Figure> = {};
  step('analyze');
  figures.analyze = await analyzeFigure();
  step('building the app and the baseline pages');
  const served = await buildAndServe();
  const browser = await launch();
  try {
    step('drag');
    figures.drag = await dragFigure(browser, served, RUNS);
    step('open');
    figures.open = await openFigure(browser, served, RUNS);
    step('swimlane');
    Object.assign(figures, await swimlaneFigures(browser, served, RUNS));
    step('bundle');
    figures.bundle = await bundleFigure(browser, served, RUNS);
  } finally {
    await browser.close();
    await served.close();
  }
  step('cli');
  figures.cli = await cliFigure(dir);
  step('memory');
  figures.memory = await memoryFigure();
  rmSync(dir, { recursive: true, force: true });

  printTable(figures);
  const order = [
    'analyze',
    'drag',
    'open',
    'swimlaneSwitch',
    'swimlaneAdd',
    'bundle',
    'cli',
    'memory',
  ];
  const results = Object.fromEntries(order.map((k) => [k, figures[k]]));
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written ${OUT}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
