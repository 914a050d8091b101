/**
 * A board at (or a fraction of) the supported limits in the built app: time to the first card,
 * to switch to the swimlane and back, and the map image export (done, or refused naming the
 * limit), each with the main thread's long tasks and the page's JS heap. Used by `npm run bench`
 * (figure `limitBoard`, as ratios to the budgets of issue 28) and by `bench/largeBoard.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { toBoardFile } from '../src/domain/create';
import { BOARD_LIMITS } from '../src/domain/limits';
import type { Group, StickyNote } from '../src/domain/types';
import { bigBoard } from '../support/big-board';
import type { Figure } from './stats';

export interface Step {
  ms: number;
  longTasks: number;
  longestTask: number;
  over200: number;
  heapMb: number;
}

/** Budgets on this machine (issue 28): first card, swimlane switch, back to the map, image. */
export const BUDGETS_MS = { open: 3000, toSwimlane: 2000, toMap: 2000, mapPng: 60_000 };

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
  return performance.now();
}

async function stopLongTasks(page: Page, t0: number): Promise<Step> {
  const ms = performance.now() - t0;
  const [long, heap] = await page.evaluate(() => [
    (window as unknown as { __long: number[] }).__long,
    (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  ]);
  const tasks = long as number[];
  return {
    ms: Math.round(ms),
    longTasks: tasks.length,
    longestTask: Math.round(Math.max(0, ...tasks)),
    over200: tasks.filter((d) => d > 200).length,
    heapMb: Math.round((heap as number) / 1048576),
  };
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));

/** Every limited list at `scale` of its limit (departments and notes included). */
export function limitBoard(scale: number) {
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  const board = bigBoard(
    count(BOARD_LIMITS.stakeholders),
    count(BOARD_LIMITS.steps),
    count(BOARD_LIMITS.links),
  );
  board.groups = Array.from({ length: count(BOARD_LIMITS.groups) }, (_, i): Group => ({
    id: `dept-${i}`,
    label: `Department ${i}`,
    position: { x: i * 240, y: -4000 },
    size: { width: 200, height: 100 },
  }));
  board.notes = Array.from({ length: count(BOARD_LIMITS.notes) }, (_, i): StickyNote => ({
    id: `note-${i}`,
    text: `Note ${i}`,
    color: 'yellow',
    position: { x: i * 30, y: -5000 },
  }));
  board.title = 'Large board';
  return board;
}

/** Opens the board at `scale` of the limits in the app at `appUrl` and measures each step. */
export async function measureLimitBoard(
  browser: Browser,
  appUrl: string,
  scale = 1,
  withPng = true,
): Promise<Record<string, Step | string>> {
  const tmp = mkdtempSync(join(tmpdir(), 'ka-limit-'));
  const file = join(tmp, 'large.board.json');
  const board = limitBoard(scale);
  writeFileSync(file, JSON.stringify(toBoardFile(board)));
  const results: Record<string, Step | string> = {
    board: `${board.stakeholders.length} people, ${board.steps.length} steps, ${board.links.length} links, ${board.groups.length} departments, ${board.notes.length} notes`,
  };
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(300_000);
  try {
    await page.goto(`${appUrl}?lang=en#/`);
    await page.getByTestId('import-input').setInputFiles(file);
    const row = page.locator('.board-row a', { hasText: 'Large board' });
    await row.waitFor();

    let t0 = await startLongTasks(page);
    await row.click();
    await page.locator('.react-flow__node').first().waitFor();
    await settle(page);
    results.open = await stopLongTasks(page, t0);

    t0 = await startLongTasks(page);
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    await page.locator('.swimlane-view').waitFor();
    await settle(page);
    results.toSwimlane = await stopLongTasks(page, t0);

    t0 = await startLongTasks(page);
    await page.getByRole('tab', { name: 'Buying map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await settle(page);
    results.toMap = await stopLongTasks(page, t0);

    if (withPng) {
      t0 = await startLongTasks(page);
      await page.getByRole('button', { name: 'Export' }).click();
      const download = page.waitForEvent('download').then(() => 'done' as const);
      const refused = page
        .getByText(/an image of the map can show at most/)
        .waitFor()
        .then(() => 'refused' as const);
      await page.getByRole('menuitem', { name: 'Buying map image (PNG)' }).click();
      const outcome = await Promise.race([download, refused]);
      results.mapPng = await stopLongTasks(page, t0);
      results.mapPngOutcome = outcome;
    }
    results.crashed = String(page.isClosed());
  } catch (err) {
    results.error = String(err);
  } finally {
    await page.close().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

/** The limit board's steps as figures: the time against its budget (ratio ≤ 1 is within). */
export function limitBoardFigures(results: Record<string, Step | string>): Record<string, Figure> {
  const out: Record<string, Figure> = {};
  for (const key of ['open', 'toSwimlane', 'toMap', 'mapPng'] as const) {
    const step = results[key];
    if (typeof step !== 'object') continue;
    const budget = BUDGETS_MS[key];
    const notes: Figure['notes'] = {
      longestTask: `${step.longestTask} ms`,
      heap: `${step.heapMb} MB`,
    };
    if (key === 'mapPng') notes.outcome = String(results.mapPngOutcome);
    out[`limit.${key}`] = {
      ratio: step.ms / budget,
      ours: step.ms,
      baseline: budget,
      runs: 1,
      unit: 'ms',
      target: `≤ 1.0× (budget ${budget / 1000} s)`,
      notes,
    };
  }
  return out;
}
