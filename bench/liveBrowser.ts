/**
 * The browser half of `npm run bench:live`: two Chromium contexts (two laptops) in one live room,
 * and the time from an edit committed in laptop A until laptop B's page shows it.
 *
 * A imports the CRM example through the UI, opens it and starts a room on server A; B opens the
 * room link and joins with server B (the same server, or a second instance behind Redis). Each
 * edit renames A's first stakeholder to `edit-<n>` in the inspector's Name field and presses
 * Enter. Both pages run on this machine and read the same clock (`Date.now()`):
 * - A's time is taken in A's page by a capture-phase `keydown` listener, when Enter reaches the
 *   Name input (before the app's own handler commits the name);
 * - B's time is taken in B's page by a `MutationObserver` on the body, the first time the
 *   stakeholder's name on the map reads `edit-<n>` (the DOM is updated; the paint follows).
 * The field also commits on its own after 300 ms without typing (TYPING_COMMIT_MS in
 * src/ui/useLiveText.ts); an edit whose Enter came that late after the text was filled is redone,
 * so every counted edit is committed by its Enter.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { resources } from '../src/i18n/resources';
import { within } from '../support/room-clients';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CRM = fileURLToPath(
  new URL('../tests/fixtures/examples/crm-group-sales-management.board.json', import.meta.url),
);
/** The CRM example's map: 7 stakeholders, 8 steps and 6 departments. */
const CRM_NODES = 21;
/** TYPING_COMMIT_MS of src/ui/useLiveText.ts, less a margin for the timer's own lateness. */
const SELF_COMMIT_MS = 250;
const MAX_REDONE = 20;
const SETUP_TIMEOUT_MS = 60_000;

const L = resources.en.live;
const NAME_LABEL = resources.en.canvas.inspector.name;

export interface BuiltApp {
  url: string;
  close(): Promise<void>;
}

/** Builds only the app (its own vite.config.ts) into a temporary folder and serves it. */
export async function buildApp(): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'ka-bench-live-app-'));
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      configFile: false,
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server did not report its address');
    return {
      url,
      async close() {
        await server.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Runs in both pages before the app: the `__name` helper tsx's evaluated functions call, and in
 * A the listeners that time the text reaching the field and Enter reaching it.
 */
const INIT = `(() => {
  window.__name = (fn) => fn;
  const mine = (e) => e.target instanceof HTMLInputElement && e.target.value === window.__benchExpect;
  document.addEventListener('input', (e) => {
    if (mine(e) && window.__benchInputAt === undefined) window.__benchInputAt = Date.now();
  }, true);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && mine(e) && window.__benchEnterAt === undefined) {
      window.__benchEnterAt = Date.now();
    }
  }, true);
})();`;

async function laptop(browser: Browser, errors: string[], who: string): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1400, height: 900 },
  });
  await context.addInitScript({ content: INIT });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${who}: ${error.message}`));
  return page;
}

/** The app URL with `hash`, in English. */
const at = (app: string, hash: string) => `${app}?lang=en${hash}`;

/** Laptop A: imports the CRM example through the UI, opens it and starts a room; returns the link. */
async function startRoom(a: Page, app: string, server: string): Promise<string> {
  await a.goto(at(app, '#/'));
  await a.getByTestId('import-input').setInputFiles({
    name: 'crm-group-sales-management.board.json',
    mimeType: 'application/json',
    buffer: readFileSync(CRM),
  });
  await a.locator('.board-row a').first().click({ timeout: SETUP_TIMEOUT_MS });
  await nodes(a);
  await a.getByTestId('live-status').click();
  await a.getByLabel(L.yourName).fill('Laptop A');
  await a.getByLabel(L.server).fill(server);
  await a.getByRole('button', { name: L.start }).click();
  const link = await a.getByTestId('room-link').inputValue({ timeout: SETUP_TIMEOUT_MS });
  await a.getByRole('button', { name: L.close }).click();
  await a.waitForSelector('[data-live="live"]', { timeout: SETUP_TIMEOUT_MS });
  return link;
}

/** Laptop B: opens the link's `#/join/…` hash and joins through `server`. */
async function joinRoom(b: Page, app: string, link: string, server: string): Promise<void> {
  const hash = link.indexOf('#');
  if (hash < 0) throw new Error(`the room link has no #/join/ part: ${link}`);
  await b.goto(at(app, link.slice(hash)));
  await b.getByLabel(L.yourName).fill('Laptop B');
  await b.getByLabel(L.server).fill(server);
  await b.getByRole('button', { name: L.join.submit }).click();
  await nodes(b);
  await b.waitForSelector('[data-live="live"]', { timeout: SETUP_TIMEOUT_MS });
}

/** Waits until the whole CRM map is drawn. */
async function nodes(page: Page): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__node').length === n,
    CRM_NODES,
    { timeout: SETUP_TIMEOUT_MS },
  );
}

/** In B: from now on, `window.__benchArrival` resolves with the time the node's name reads `text`. */
function watchFor(b: Page, id: string, text: string): Promise<void> {
  return b.evaluate(
    ({ id, text }) => {
      const name = () =>
        document
          .querySelector(`.react-flow__node-stakeholder[data-id="${CSS.escape(id)}"] .ka-name`)
          ?.textContent?.trim();
      window.__benchArrival = new Promise<number>((resolve) => {
        if (name() === text) return resolve(Date.now());
        const observer = new MutationObserver(() => {
          if (name() !== text) return;
          const now = Date.now();
          observer.disconnect();
          resolve(now);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    { id, text },
  );
}

export interface BrowserRun {
  /** Milliseconds from Enter in A to the name shown in B, one per counted edit. */
  times: number[];
  /** Edits redone because the field committed on its own before Enter. */
  redone: number;
}

/**
 * `warmup` edits not counted, then `edits` counted ones, each bounded by `editTimeoutMs`, with A
 * on `serverA` and B on `serverB`.
 */
export async function measureBrowser(
  browser: Browser,
  app: string,
  serverA: string,
  serverB: string,
  { edits, warmup, editTimeoutMs }: { edits: number; warmup: number; editTimeoutMs: number },
): Promise<BrowserRun> {
  const errors: string[] = [];
  const a = await laptop(browser, errors, 'laptop A');
  const b = await laptop(browser, errors, 'laptop B');
  const failIfErrors = () => {
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  };
  try {
    const link = await within(
      SETUP_TIMEOUT_MS * 2,
      'laptop A to start a room',
      startRoom(a, app, serverA),
    );
    await within(
      SETUP_TIMEOUT_MS * 2,
      'laptop B to join the room',
      joinRoom(b, app, link, serverB),
    );
    await a.waitForFunction(
      (text) => document.body.innerText.includes(text),
      L.status.live_other.replace('{{count}}', '2'),
      { timeout: SETUP_TIMEOUT_MS },
    );
    failIfErrors();

    // Select A's first stakeholder from the keyboard (a link drawn across it can take a click).
    const node = a.locator('.react-flow__node-stakeholder').first();
    const id = await node.getAttribute('data-id');
    if (!id) throw new Error('the first stakeholder has no data-id');
    if ((await b.locator(`.react-flow__node-stakeholder[data-id="${id}"]`).count()) !== 1) {
      throw new Error(`laptop B does not show stakeholder ${id}`);
    }
    await node.focus();
    await node.press('Enter');
    const field = a.getByLabel(NAME_LABEL, { exact: true });
    await field.waitFor({ timeout: SETUP_TIMEOUT_MS });

    const times: number[] = [];
    let redone = 0;
    for (let n = 0, counted = 0; counted < warmup + edits; n++) {
      const text = `edit-${n}`;
      await watchFor(b, id, text);
      await a.evaluate((text) => {
        window.__benchExpect = text;
        window.__benchInputAt = undefined;
        window.__benchEnterAt = undefined;
      }, text);
      await field.fill(text, { timeout: editTimeoutMs });
      await field.press('Enter', { timeout: editTimeoutMs });
      const arrived = await within(
        editTimeoutMs,
        `laptop B to show ${text} (edit ${n} in laptop A)`,
        b.evaluate(() => window.__benchArrival),
      );
      if (arrived === undefined) throw new Error(`laptop B was not watching for ${text}`);
      const sent = await a.evaluate(() => ({
        input: window.__benchInputAt,
        enter: window.__benchEnterAt,
      }));
      failIfErrors();
      if (sent.input === undefined || sent.enter === undefined) {
        throw new Error(`laptop A did not see ${text} typed and Enter pressed in the Name field`);
      }
      if (sent.enter - sent.input >= SELF_COMMIT_MS || arrived < sent.enter) {
        if (++redone > MAX_REDONE) {
          throw new Error(`more than ${MAX_REDONE} edits committed before their Enter`);
        }
        continue;
      }
      if (counted >= warmup) times.push(arrived - sent.enter);
      counted++;
    }
    return { times, redone };
  } finally {
    await a.context().close();
    await b.context().close();
  }
}

declare global {
  interface Window {
    __benchExpect?: string;
    __benchInputAt?: number | undefined;
    __benchEnterAt?: number | undefined;
    __benchArrival?: Promise<number>;
  }
}
