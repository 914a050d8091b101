/**
 * A board at (or a fraction of) the supported limits in the built app: time to the first card,
 * to switch to the swimlane and back, and the map image export (its time, Chromium's peak
 * memory and how fast Cancel ends it), each with the main thread's long tasks and the page's
 * JS heap. Used by `npm run bench`
 * (figure `limitBoard`, as ratios to the budgets of issue 28) and by `bench/largeBoard.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
/** The map image's other budgets: Cancel answered within 200 ms, Chromium within 2 GB. */
export const CANCEL_BUDGET_MS = 200;
export const MEMORY_BUDGET_MB = 2048;

/** A process's proportional set size (its share of shared pages counted once), in MB; 0 if gone. */
function pssMb(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Pss:\s+(\d+) kB/m.exec(text)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the memory of all of Chromium's processes (browser, renderers, GPU, utilities: their
 * summed PSS) every 100 ms until stopped; gives the peak and the first sample.
 */
async function sampleMemory(browser: Browser) {
  const cdp = await browser.newBrowserCDPSession();
  const total = async () => {
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { id: number }[];
    };
    return info.processInfo.reduce((sum, p) => sum + pssMb(p.id), 0);
  };
  const first = await total();
  let peak = first;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await total().catch(() => 0));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach().catch(() => undefined);
    return { startMb: Math.round(first), peakMb: Math.round(peak) };
  };
}

/**
 * Starts the map image export and presses Cancel about a second in (or as soon as the drawing
 * has begun, past 30 %, so a quick export is still caught running); measures in the page the
 * time from the press until the progress is gone, and whether a file came anyway.
 */
async function measureCancel(page: Page): Promise<{ ms: number; downloaded: boolean }> {
  let downloaded = false;
  const onDownload = () => (downloaded = true);
  page.on('download', onDownload);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Buying map image (PNG)' }).click();
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const tick = () => {
          const button = document.querySelector<HTMLButtonElement>('.export-progress button');
          const bar = document.querySelector<HTMLProgressElement>('.export-progress progress');
          const waited = performance.now() - t0;
          if (!button || !bar || (waited < 1000 && bar.value < 30)) {
            if (waited > 60_000) resolve(-1);
            else requestAnimationFrame(tick);
            return;
          }
          const pressed = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('.export-progress')) return;
            observer.disconnect();
            resolve(performance.now() - pressed);
          });
          observer.observe(document.body, { childList: true, subtree: true });
          button.click();
        };
        requestAnimationFrame(tick);
      }),
  );
  // A file made after Cancel would show up by the time the page says the export was cancelled.
  await page
    .getByText('Export cancelled')
    .waitFor()
    .catch(() => undefined);
  await settle(page);
  page.off('download', onDownload);
  return { ms: Math.round(ms), downloaded };
}

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

/**
 * Waits until the page draws three frames in a row within 100 ms each (the view's own work is
 * over), so the export's time is the export's alone; gives up after 120 s.
 */
const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const until = performance.now() + 120_000;
        let last = performance.now();
        let calm = 0;
        const tick = (now: number) => {
          calm = now - last < 100 ? calm + 1 : 0;
          last = now;
          if (calm >= 3 || now > until) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );

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
  // tsx names the functions inside evaluated code with a helper the page does not have.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
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
      await idle(page);
      const stopMemory = await sampleMemory(browser);
      t0 = await startLongTasks(page);
      await page.getByRole('button', { name: 'Export' }).click();
      const download = page.waitForEvent('download').then(() => 'done' as const);
      const failed = page
        .getByText(/Export failed/)
        .waitFor()
        .then(() => 'failed' as const);
      await page.getByRole('menuitem', { name: 'Buying map image (PNG)' }).click();
      const outcome = await Promise.race([download, failed]);
      results.mapPng = await stopLongTasks(page, t0);
      results.mapPngOutcome = outcome;
      results.mapPngParts = await page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('ka-map-image:'))
          .map((m) => `${m.name.slice(13)} ${Math.round(m.duration)} ms`)
          .join(', '),
      );
      const memory = await stopMemory();
      results.mapPngMemory = `${memory.peakMb}`;
      results.mapPngMemoryStart = `${memory.startMb}`;
      if (outcome === 'done') {
        const cancel = await measureCancel(page);
        results.mapPngCancel = `${cancel.ms}`;
        results.mapPngCancelDownloaded = String(cancel.downloaded);
      }
    }
    results.crashed = String(page.isClosed());
  } catch (err) {
    results.error = String(err);
    console.error(`limit board: ${String(err)}`);
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
    if (key === 'mapPng') {
      notes.outcome = String(results.mapPngOutcome);
      notes.chromiumPeak = `${String(results.mapPngMemory)} MB`;
      notes.parts = String(results.mapPngParts);
      if (results.error) notes.error = String(results.error).slice(0, 300);
    }
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
  const peak = Number(results.mapPngMemory);
  if (Number.isFinite(peak) && typeof results.mapPng === 'object') {
    out['limit.mapPngMemory'] = {
      ratio: peak / MEMORY_BUDGET_MB,
      ours: peak,
      baseline: MEMORY_BUDGET_MB,
      runs: 1,
      unit: 'MB',
      target: `≤ 1.0× (Chromium's peak, all processes, within ${MEMORY_BUDGET_MB / 1024} GB)`,
      notes: { beforeExport: `${String(results.mapPngMemoryStart)} MB` },
    };
  }
  const cancel = Number(results.mapPngCancel);
  if (Number.isFinite(cancel) && cancel >= 0) {
    out['limit.mapPngCancel'] = {
      ratio: cancel / CANCEL_BUDGET_MS,
      ours: cancel,
      baseline: CANCEL_BUDGET_MS,
      runs: 1,
      unit: 'ms',
      target: `≤ 1.0× (Cancel pressed ~1 s into the export, until the progress is gone)`,
      notes: { fileAfterCancel: String(results.mapPngCancelDownloaded) },
    };
  }
  return out;
}
