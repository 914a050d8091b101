import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { resources } from '../../src/i18n/resources';
import { connect, within } from '../../support/room-clients';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { appUrl, openCrm, SCREENSHOTS, sharedChromium } from './chromium';
import { isLive, joinRoom, rename, roomServer, shows, startRoom } from './live';

const chromium = sharedChromium();
const L = resources.en.live;

type Server = Awaited<ReturnType<typeof roomServer>>;
let server: Server;

beforeAll(async () => {
  server = await roomServer();
});
afterAll(async () => {
  await server.stop();
  server.cleanup();
});

async function facilitator(url: string): Promise<{ page: Page; link: string }> {
  const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  await page.goto(appUrl('#/', 'en'));
  await openCrm(page);
  const link = await startRoom(page, 'Facilitator', url);
  return { page, link };
}

function roomOf(link: string): { id: string; secret: string } {
  const m = /#\/join\/([0-9a-f]+)\/([0-9a-f]+)/.exec(link);
  if (!m) throw new Error(`not a room link: ${link}`);
  return { id: m[1]!, secret: m[2]! };
}

/** The stakeholder names the server holds for the room, as a new client gets them. */
async function namesOnServer(url: string, link: string): Promise<string[]> {
  const room = roomOf(link);
  const client = connect(url, room.id, room.secret);
  try {
    await within(10_000, 'a client to sync with the server', client.synced);
    const people = client.doc.getMap('stakeholders');
    return [...people.values()].map((s) => String((s as Y.Map<unknown>).get('name')));
  } finally {
    client.destroy();
  }
}

/** Milliseconds until the page's live status is `kind`. */
async function statusWithin(page: Page, kind: string, timeout: number): Promise<number> {
  const start = Date.now();
  await page.waitForSelector(`[data-live="${kind}"]`, { timeout });
  return Date.now() - start;
}

const roomDatabases = (page: Page) =>
  page.evaluate(
    async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('ka-room-')).length,
  );

describe('the live status tells the truth', () => {
  it('shows "Offline, N unsynced" within 2 s of the network going, "Live" only once the server confirmed', async () => {
    const { page: a, link } = await facilitator(server.url);
    const b = await joinRoom(chromium.browser, link, 'Li');
    await shows(a, 'Live · 2 people');

    await a.context().setOffline(true);
    const offlineMs = await statusWithin(a, 'offline', 2_000);
    console.log(`offline status shown after ${offlineMs} ms (browser offline event)`);
    await rename(a, 'stakeholder', 'Renamed offline');
    await shows(a, 'Offline · 1 unsynced change');
    await a.screenshot({ path: `${SCREENSHOTS}live-offline-status.png` });
    expect(await namesOnServer(server.url, link)).not.toContain('Renamed offline');

    await a.context().setOffline(false);
    await isLive(a);
    // "Live" came after the server stored the change: a new client gets it from the server.
    expect(await namesOnServer(server.url, link)).toContain('Renamed offline');
    await shows(b, 'Renamed offline');
    await a.context().close();
    await b.context().close();
  });

  it('notices a connection that hangs without any event (the server stops answering)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ka-rooms-hang-'));
    let hung: ServerProcess | undefined;
    try {
      hung = await startServerProcess({ ROOM_DB: join(dir, 'rooms.sqlite') });
      const { page: a } = await facilitator(hung.url);
      // The socket stays open, but nothing comes back: as when a network vanishes unannounced.
      hung.child.kill('SIGSTOP');
      const staleMs = await statusWithin(a, 'offline', 10_000);
      console.log(`offline status shown after ${staleMs} ms (heartbeat, no browser event)`);
      hung.child.kill('SIGCONT');
      await isLive(a);
      await a.context().close();
    } finally {
      hung?.child.kill('SIGCONT');
      await hung?.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaving the room keeps the laptop’s copy until the server confirmed every change', async () => {
    const { page: a, link } = await facilitator(server.url);
    expect(await roomDatabases(a)).toBe(1);
    await a.context().setOffline(true);
    await a.waitForSelector('[data-live="offline"]');
    await rename(a, 'stakeholder', 'Edited before leaving');
    await a.getByTestId('live-status').click();
    await a.getByRole('button', { name: L.leave }).click();
    await a.waitForSelector('[data-live="local"]');
    // Not confirmed: the room's copy of this laptop stays.
    expect(await roomDatabases(a)).toBe(1);
    expect(await namesOnServer(server.url, link)).not.toContain('Edited before leaving');

    await a.context().setOffline(false);
    // Once the server confirmed the change, the copy goes.
    await expect.poll(() => roomDatabases(a), { timeout: 15_000 }).toBe(0);
    expect(await namesOnServer(server.url, link)).toContain('Edited before leaving');
    await a.context().close();
  });
});
