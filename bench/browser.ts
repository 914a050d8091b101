/** Chromium for the bench, and the in-page helpers every browser figure shares. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

/**
 * Counts storage writes (IndexedDB and localStorage) in `window.__benchWrites`, and turns on
 * the app's node render counter.
 */
const PROBES = `(() => {
  // tsx keeps function names with a helper the page does not have; evaluated functions need it.
  window.__name = (fn) => fn;
  window.__benchWrites = 0;
  window.__KA_COUNT_RENDERS__ = true;
  const count = (proto, names) => {
    for (const name of names) {
      const orig = proto[name];
      proto[name] = function (...args) { window.__benchWrites++; return orig.apply(this, args); };
    }
  };
  count(IDBObjectStore.prototype, ['put', 'add', 'delete', 'clear']);
  count(Storage.prototype, ['setItem', 'removeItem']);
})();`;

export async function newContext(
  browser: Browser,
  inline?: string,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  await context.addInitScript({ content: PROBES });
  if (inline !== undefined) {
    await context.addInitScript({ content: `window.__BENCH_DATA__ = ${JSON.stringify(inline)};` });
  }
  return context;
}

/**
 * Imports a board file into the app's board list and returns the link that opens it, once the
 * app's service worker is active: a board is opened cold on a later visit, when the worker
 * installed on the first one is in place (not while it is still filling its cache).
 */
export async function importBoard(
  page: Page,
  app: string,
  name: string,
  text: string,
  worker: 'wait' | 'blocked' = 'wait',
) {
  await page.goto(`${app}?lang=en#/`);
  await page.getByTestId('import-input').setInputFiles({
    name: `${name}.board.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const link = page.locator('.board-row a').first();
  await link.waitFor({ timeout: 120_000 });
  const href = await link.getAttribute('href');
  if (!href) throw new Error('the imported board has no link');
  if (worker === 'wait') await page.evaluate(workerActivated);
  return href;
}

/**
 * Resolves once the app's service worker has finished activating. `ready` resolves while it is
 * still `activating`: its activate step (rewriting the precache) then ran into the measured open,
 * and the open's own request waited ~85 ms for the worker (navigation timing: router evaluation
 * and request start at 76–90 ms, against 0–5 ms once it was activated).
 */
async function workerActivated(): Promise<void> {
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker || worker.state === 'activated') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      if (worker.state !== 'activating') resolve();
    };
    worker.addEventListener('statechange', done);
    done();
  });
}

/** Resolves in the page once `count` map nodes are drawn (measured, so visible). */
export function nodesDrawn(page: Page, count: number, timeout = 120_000): Promise<void> {
  return page
    .waitForFunction(
      (n) => {
        const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
        let shown = 0;
        for (const el of nodes) if (el.style.visibility !== 'hidden') shown++;
        return shown >= n;
      },
      count,
      { timeout, polling: 'raf' },
    )
    .then(() => undefined);
}

/** Milliseconds from the click on `[role=tab]` number `tab` until `selector` has `count` matches, painted. */
export function timeClick(page: Page, tab: number, selector: string, count: number) {
  return page.evaluate(
    async ({ tab, selector, count }) => {
      const painted = () =>
        new Promise<number>((r) =>
          requestAnimationFrame(() => setTimeout(() => r(performance.now()))),
        );
      const t0 = performance.now();
      document.querySelectorAll<HTMLElement>('[role=tab]')[tab]!.click();
      while (document.querySelectorAll(selector).length < count) await painted();
      return (await painted()) - t0;
    },
    { tab, selector, count },
  );
}

/** Milliseconds from Enter in the `index`-th `input` until `cell` number `index` shows `text`, painted. */
export function timeEnter(page: Page, input: string, cell: string, index: number, text: string) {
  return page.evaluate(
    async ({ input, cell, index, text }) => {
      const painted = () =>
        new Promise<number>((r) =>
          requestAnimationFrame(() => setTimeout(() => r(performance.now()))),
        );
      const shown = () => document.querySelectorAll(cell)[index]?.textContent?.includes(text);
      const field = document.querySelectorAll<HTMLInputElement>(input)[index]!;
      const t0 = performance.now();
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      while (!shown()) await painted();
      return (await painted()) - t0;
    },
    { input, cell, index, text },
  );
}

declare global {
  interface Window {
    __benchWrites: number;
  }
}
