import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export { CHROMIUM_FLAGS, chromiumPath } from './chromium-path';

/** A connection to the run's one Chromium, started by global-setup.ts. */
export function connectShared(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
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
 * The run's Chromium for a test file: connected before its tests; after them the connection
 * closes, and with it every context the file opened. Its contexts run without the app's service
 * worker unless made with `serviceWorkers: 'allow'` (openApp's `serviceWorker: true`).
 */
export function sharedChromium(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectShared();
    // The app's service worker precaches every file of the build in each new context: a quarter
    // of a typical file's CPU, for tests about something else. Contexts block it unless a test
    // asks for it (offline and update tests: `serviceWorkers: 'allow'`).
    const newContext = browser.newContext.bind(browser);
    browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running');
      return browser;
    },
  };
}

/**
 * Where `download` was saved on this machine. The run's Chromium is shared over a connection, so
 * Playwright hands the file over (`saveAs`) instead of a path of its own.
 */
export async function downloaded(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'ka-download-')), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}
