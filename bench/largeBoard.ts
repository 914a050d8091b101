/**
 * A board at (or a fraction of) the supported limits in the built app, in headless Chromium:
 * time to open it, to switch to the swimlane and back, and to export the map PNG, with every
 * main-thread long task (PerformanceObserver 'longtask') recorded during each step.
 *
 *   npx tsx bench/largeBoard.ts [scale=1] [--no-png]
 *
 * Reports; never fails. Builds into a temporary folder and serves it with `vite preview`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { toBoardFile } from '../src/domain/create';
import { BOARD_LIMITS } from '../src/domain/limits';
import { bigBoard } from './bigBoard';
import { launch } from './browser';

const scale = Number(process.argv[2] ?? '1') || 1;
const withPng = !process.argv.includes('--no-png');

interface Step {
  ms: number;
  longTasks: number;
  longestTask: number;
  over200: number;
}

/** Starts collecting long tasks in the page; `stop` returns those seen since `start`. */
async function startLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __obs?: PerformanceObserver };
    w.__long = [];
    w.__obs?.disconnect();
    w.__obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    });
    w.__obs.observe({ type: 'longtask' });
  });
}

async function stopLongTasks(page: Page, t0: number): Promise<Step> {
  const ms = performance.now() - t0;
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  return {
    ms: Math.round(ms),
    longTasks: long.length,
    longestTask: Math.round(Math.max(0, ...long)),
    over200: long.filter((d) => d > 200).length,
  };
}

async function main() {
  const people = Math.round(BOARD_LIMITS.stakeholders * scale);
  const steps = Math.round(BOARD_LIMITS.steps * scale);
  const links = Math.round(BOARD_LIMITS.links * scale);
  const tmp = mkdtempSync(join(tmpdir(), 'ka-large-'));
  const file = join(tmp, 'large.board.json');
  const board = bigBoard(people, steps, links);
  board.title = 'Large board';
  writeFileSync(file, JSON.stringify(toBoardFile(board)));
  const outDir = join(tmp, 'dist');
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const browser = await launch();
  const results: Record<string, Step | string> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(180_000);
    await page.goto(`${server.resolvedUrls!.local[0]}?lang=en#/`);
    console.log('importing');
    await page.getByTestId('import-input').setInputFiles(file);
    await page.locator('.board-row a', { hasText: 'Large board' }).waitFor();

    await startLongTasks(page);
    let t0 = performance.now();
    await page.locator('.board-row a', { hasText: 'Large board' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    results.open = await stopLongTasks(page, t0);
    console.log('open', JSON.stringify(results.open));
    results.nodesInDom = String(await page.locator('.react-flow__node').count());

    await startLongTasks(page);
    t0 = performance.now();
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    await page.locator('.swimlane-view').waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    results.toSwimlane = await stopLongTasks(page, t0);
    console.log('toSwimlane', JSON.stringify(results.toSwimlane));

    await startLongTasks(page);
    t0 = performance.now();
    await page.getByRole('tab', { name: 'Buying map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    results.toMap = await stopLongTasks(page, t0);
    console.log('toMap', JSON.stringify(results.toMap));

    if (withPng) {
      await startLongTasks(page);
      t0 = performance.now();
      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Buying map image (PNG)' }).click(),
      ]);
      await download.path();
      results.mapPng = await stopLongTasks(page, t0);
      console.log('mapPng', JSON.stringify(results.mapPng));
    }
    results.crashed = String(page.isClosed());
  } catch (err) {
    results.error = String(err);
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`board: ${people} stakeholders, ${steps} steps, ${links} links`);
  console.table(results);
  console.log(JSON.stringify(results));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
