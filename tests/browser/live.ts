/** Live rooms in the browser tests: a room server of their own, starting and joining rooms. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { startRoomServer, type RunningRoomServer } from '../../src/server/roomServer';
import { appUrl } from './chromium';

type Lang = 'en' | 'zh-CN';

/** A room server on a free loopback port with its SQLite file in a fresh folder. */
export async function roomServer(
  options: { port?: number; dir?: string; redis?: { host: string; port: number } } = {},
): Promise<RunningRoomServer & { dir: string; sqlitePath: string; cleanup(): void }> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'ka-rooms-'));
  const sqlitePath = join(dir, 'rooms.sqlite');
  const server = await startRoomServer({
    port: options.port ?? 0,
    sqlitePath,
    quiet: true,
    ...(options.redis ? { redis: options.redis } : {}),
  });
  return {
    ...server,
    dir,
    sqlitePath,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Records Content-Security-Policy violations of every page of a context. */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

export const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

export const isLive = (page: Page) => page.waitForSelector('[data-live="live"]');

/** Starts a live room on the open board and returns its link. */
export async function startRoom(
  page: Page,
  name: string,
  server: string,
  lang: Lang = 'en',
): Promise<string> {
  const L = resources[lang].live;
  await page.getByTestId('live-status').click();
  await page.getByLabel(L.yourName).fill(name);
  await page.getByLabel(L.server).fill(server);
  await page.getByRole('button', { name: L.start }).click();
  const link = await page.getByTestId('room-link').inputValue();
  await page.getByRole('button', { name: L.close }).click();
  await isLive(page);
  return link;
}

/** A new laptop (its own context and storage) that opens the link and joins as `name`. */
export async function joinRoom(
  browser: Browser,
  link: string,
  name: string,
  server?: string,
  lang: Lang = 'en',
): Promise<Page> {
  const L = resources[lang].live;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await watchCsp(context);
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  const hash = link.slice(link.indexOf('#'));
  await page.goto(appUrl(hash, lang));
  await page.getByLabel(L.yourName).fill(name);
  if (server) await page.getByLabel(L.server).fill(server);
  await page.getByRole('button', { name: L.join.submit }).click();
  await page.waitForSelector('.react-flow__pane');
  await isLive(page);
  return page;
}

/** The text of the whole page contains `text` (waits up to `timeout` ms). */
export async function shows(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout });
}

/** Waits until the page no longer shows `text`. */
export async function hides(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((t) => !document.body.innerText.includes(t), text, { timeout });
}

/** Renames the first stakeholder or step of the map through the inspector. */
export async function rename(
  page: Page,
  kind: 'stakeholder' | 'step',
  text: string,
  n = 0,
  lang: Lang = 'en',
) {
  const { inspector } = resources[lang].canvas;
  // Selected from the keyboard: a link drawn across the node cannot take the click.
  const node = page.locator(`.react-flow__node-${kind}`).nth(n);
  await node.focus();
  await node.press('Enter');
  const field = page.getByLabel(kind === 'stakeholder' ? inspector.name : inspector.label, {
    exact: true,
  });
  await field.fill(text);
  await field.press('Enter');
}

export async function count(page: Page, selector: string): Promise<number> {
  return page.locator(selector).count();
}

export { expect };
