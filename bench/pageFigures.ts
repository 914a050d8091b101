/** `open` (cold open of a stored 1,000-node board) and `bundle` (gzipped JS before first paint). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { importBoard, newContext, nodesDrawn } from './browser';
import { fileText, flowData, mapBoard } from './boards';
import type { Served } from './serve';
import { figure, median, type Figure } from './stats';

const OPEN_NODES = 1000;

interface OpenRun {
  ms: number;
  dom: number;
  heapMb: number;
}

/** From navigation start until every node is drawn; DOM size and JS heap once drawn. */
export async function timeOpen(page: Page, url: string): Promise<OpenRun> {
  await page.goto(url, { waitUntil: 'commit' });
  await nodesDrawn(page, OPEN_NODES);
  return page.evaluate(
    () =>
      new Promise<OpenRun>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } })
              .memory;
            resolve({
              ms: performance.now(),
              dom: document.getElementsByTagName('*').length,
              heapMb: (memory?.usedJSHeapSize ?? 0) / 1048576,
            });
          }),
        ),
      ),
  );
}

export async function openFigure(browser: Browser, served: Served, runs: number): Promise<Figure> {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  const text = fileText(board);
  const data = JSON.stringify(flowData(board));
  const ours: OpenRun[] = [];
  const base: OpenRun[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await newContext(browser);
    const list = await a.newPage();
    const href = await importBoard(list, served.app, 'open', text);
    await list.close();
    ours.push(await timeOpen(await a.newPage(), `${served.app}?lang=en${href}`));
    await a.close();

    const b = await newContext(browser, data);
    base.push(await timeOpen(await b.newPage(), `${served.bench}flow.html`));
    await b.close();
  }
  const med = (runs: OpenRun[], k: keyof OpenRun) => median(runs.map((r) => r[k]));
  return figure({ ours: med(ours, 'ms'), baseline: med(base, 'ms'), runs }, 'ms', '≤ 1.3×', {
    'DOM elements (ours/bare)': `${med(ours, 'dom')}/${med(base, 'dom')}`,
    'JS heap MB (ours/bare)': `${med(ours, 'heapMb').toFixed(1)}/${med(base, 'heapMb').toFixed(1)}`,
  });
}

export interface FetchedScript {
  file: string;
  /** Milliseconds from navigation start to the fetch's start. */
  at: number;
  beforePaint: boolean;
  kb: number;
}

/** The JavaScript files `url` fetched until its first contentful paint and a little after. */
export async function scriptsFetched(page: Page, url: string, dir: string) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
  );
  const files = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({
        file: new URL(e.name).pathname,
        at: e.startTime,
        beforePaint: e.startTime < fcp,
      }));
  });
  return files.map((f): FetchedScript => ({
    ...f,
    kb: gzipSync(readFileSync(join(dir, f.file))).length / 1024,
  }));
}

/** Gzipped kB of the JavaScript files the page fetched before its first contentful paint. */
async function jsBeforePaint(page: Page, url: string, dir: string): Promise<number> {
  const before = (await scriptsFetched(page, url, dir)).filter((f) => f.beforePaint);
  const unique = new Map(before.map((f) => [f.file, f.kb]));
  return [...unique.values()].reduce((a, b) => a + b, 0);
}

export async function bundleFigure(
  browser: Browser,
  served: Served,
  runs: number,
): Promise<Figure> {
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await newContext(browser);
    ours.push(await jsBeforePaint(await a.newPage(), `${served.app}?lang=en#/`, served.appDir));
    await a.close();
    const b = await newContext(browser);
    base.push(await jsBeforePaint(await b.newPage(), `${served.bench}bare.html`, served.benchDir));
    await b.close();
  }
  return figure({ ours: median(ours), baseline: median(base), runs }, 'kB gz', '≤ 1.3×');
}
