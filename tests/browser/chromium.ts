import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path';

export { CHROMIUM_FLAGS, chromiumPath } from './chromium-path';

let workerChromium: Promise<Browser> | undefined;

/**
 * This worker's Chromium: launched by the first browser test file the worker runs, over a pipe
 * (Playwright's driver runs in the worker, no WebSocket hop through another process), and used
 * by every later file of the worker (the browser files share their modules: vitest.config.ts).
 * Playwright closes it when the worker exits.
 */
function chromiumOfWorker(): Promise<Browser> {
  workerChromium ??= chromium
    .launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS })
    .then((browser) => {
      // The app's service worker precaches every file of the build in each new context: a
      // quarter of a typical file's CPU, for tests about something else. Contexts block it
      // unless a test asks for it (offline and update tests: `serviceWorkers: 'allow'`).
      const newContext = browser.newContext.bind(browser);
      browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
      return browser;
    });
  return workerChromium;
}

export function appUrl(hash = '#/', lang?: 'en' | 'zh-CN'): string {
  const base = inject('baseURL');
  return `${base}${lang ? `?lang=${lang}` : ''}${hash}`;
}

/** A fresh context (its own IndexedDB) with a page open on the app. */
export async function openApp(
  browser: Browser,
  opts: {
    lang?: 'en' | 'zh-CN';
    hash?: string;
    width?: number;
    height?: number;
    /** Lets the app install its service worker (offline tests). */
    serviceWorker?: boolean;
  } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1400, height: opts.height ?? 900 },
    acceptDownloads: true,
    serviceWorkers: opts.serviceWorker ? 'allow' : 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  await page.goto(appUrl(opts.hash, opts.lang));
  return page;
}

export const EXAMPLES = new URL('../fixtures/examples/', import.meta.url).pathname;
export const SCREENSHOTS = new URL('../../test-results/', import.meta.url).pathname;
/** The article's CRM example: 7 stakeholders, 8 steps and 6 departments (21 nodes on the map). */
export const CRM = join(EXAMPLES, 'crm-group-sales-management.board.json');

/**
 * The CRM example after its planning round: in the six stages it drew, every empty lane is
 * marked "none yet" (6 of 8 stages planned, fit 50 %, split, provisional).
 */
export const CRM_PLANNED = new URL('../fixtures/crm-planned.board.json', import.meta.url).pathname;

/** Imports the CRM example (or `file`, of the same map) from an empty board list and opens it on the map. */
export async function openCrm(page: Page, file: string = CRM): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(file);
  await expect.poll(() => page.locator('.board-row').count()).toBe(1);
  await page.locator('.board-row a').first().click();
  await page.waitForSelector('.react-flow__node-step');
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(21);
}

/**
 * The worker's Chromium for a test file: every context the file opened is closed after its
 * tests. Its contexts run without the app's service worker unless made with
 * `serviceWorkers: 'allow'` (openApp's `serviceWorker: true`).
 */
export function sharedChromium(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  let before = new Set<BrowserContext>();
  beforeAll(async () => {
    browser = await chromiumOfWorker();
    before = new Set(browser.contexts());
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    const opened = browser?.contexts().filter((c) => !before.has(c)) ?? [];
    await Promise.all(opened.map((c) => c.close()));
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running');
      return browser;
    },
  };
}

/** Where `download` was saved on this machine (a copy of its own, kept after its context closes). */
export async function downloaded(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'ka-download-')), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/**
 * Waits until the browser has reported a download for each file `toast` names (`file`, a global
 * pattern): it reports them a moment apart, the last one at times after the toast shows.
 */
export async function allNamedDownloads(
  toast: Locator,
  downloads: Download[],
  file: RegExp,
): Promise<void> {
  const named = (await toast.innerText()).match(file) ?? [];
  expect(named.length).toBeGreaterThan(0);
  await expect.poll(() => downloads.length).toBe(named.length);
}
