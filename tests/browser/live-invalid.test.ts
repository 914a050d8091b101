import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CURRENT_VERSION } from '../../src/domain/types';
import { resources } from '../../src/i18n/resources';
import { connect, within } from '../../support/room-clients';
import { appUrl, openCrm, SCREENSHOTS, sharedChromium } from './chromium';
import { hides, isLive, joinRoom, rename, roomServer, shows, startRoom } from './live';

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

async function facilitator(): Promise<{ page: Page; link: string }> {
  const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  await page.goto(appUrl('#/', 'en'));
  await openCrm(page);
  const link = await startRoom(page, 'Facilitator', server.url);
  return { page, link };
}

function roomOf(link: string): { id: string; secret: string } {
  const m = /#\/join\/([0-9a-f]+)\/([0-9a-f]+)/.exec(link);
  if (!m) throw new Error(`not a room link: ${link}`);
  return { id: m[1]!, secret: m[2]! };
}

/** A copy of the room as the server holds it now. */
async function roomCopy(link: string): Promise<Y.Doc> {
  const room = roomOf(link);
  const client = connect(server.url, room.id, room.secret);
  try {
    await within(10_000, 'a client to sync', client.synced);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(client.doc));
    return copy;
  } finally {
    client.destroy();
  }
}

/**
 * A room that holds an invalid value, as one stored before the server checked changes does: the
 * update is written into the room's stored log while the server is down, and it starts again.
 */
async function poison(link: string, write: (doc: Y.Doc) => void): Promise<void> {
  const copy = await roomCopy(link);
  const updates: Uint8Array[] = [];
  copy.on('update', (u: Uint8Array) => updates.push(u));
  write(copy);
  const port = server.port;
  await server.stop();
  const db = new Database(server.sqlitePath);
  const insert = db.prepare('INSERT INTO room_updates (name, instance, data) VALUES (?, ?, ?)');
  for (const update of updates) insert.run(roomOf(link).id, 'before-checks', update);
  db.close();
  server = await roomServer({ port, dir: server.dir });
}

const firstStakeholder = (doc: Y.Doc) => {
  const id = doc.getArray<string>('order:stakeholders').get(0);
  return { id, map: doc.getMap('stakeholders').get(id) as Y.Map<unknown> };
};

describe('a room holding an invalid value', () => {
  it('sets one bad field aside, keeps syncing the rest, and the repair keeps a colleague’s rename', async () => {
    const { page: a, link } = await facilitator();
    const b = await joinRoom(chromium.browser, link, 'Li');
    const name = String(firstStakeholder(await roomCopy(link)).map.get('name'));
    await poison(link, (doc) => firstStakeholder(doc).map.set('influence', 99));

    // Both laptops are back and say what was refused; the board still shows the person.
    for (const page of [a, b]) {
      await isLive(page);
      await shows(
        page,
        `1 change from a colleague was refused: Stakeholder “${name}”, influence: 99 is out of range`,
      );
      await shows(page, name);
    }
    await a.screenshot({ path: `${SCREENSHOTS}live-set-aside.png` });
    // Everything else keeps syncing: Li renames another person, the facilitator sees it.
    await rename(b, 'stakeholder', 'Renamed by Li', 1);
    await shows(a, 'Renamed by Li');

    // The repair restores only the bad field: Li's rename stays, on both laptops and the server.
    await a.getByRole('button', { name: L.restoreValid }).click();
    for (const page of [a, b]) await hides(page, 'was refused');
    await shows(b, 'Renamed by Li');
    await shows(a, 'Renamed by Li');
    const after = await roomCopy(link);
    expect(firstStakeholder(after).map.get('influence')).not.toBe(99);
    const names = [...after.getMap('stakeholders').values()].map((s) =>
      (s as Y.Map<unknown>).get('name'),
    );
    expect(names).toContain('Renamed by Li');
    await a.context().close();
    await b.context().close();
  });

  it('offers to restore a room whose version is unknown, keeping an edit made meanwhile', async () => {
    const { page: a, link } = await facilitator();
    await poison(link, (doc) => doc.getMap('room').set('version', 99));
    await a
      .getByRole('alert')
      .filter({ hasText: L.newer.slice(0, 40) })
      .waitFor();
    // A colleague's valid edit made meanwhile (a newer app writing a field).
    const room = roomOf(link);
    const colleague = connect(server.url, room.id, room.secret);
    await within(10_000, 'the colleague to sync', colleague.synced);
    firstStakeholder(colleague.doc).map.set('name', 'Renamed meanwhile');
    await a.screenshot({ path: `${SCREENSHOTS}live-unknown-version.png` });

    await a.getByRole('button', { name: L.restoreValid }).click();
    await isLive(a);
    await shows(a, 'Renamed meanwhile');
    await expect.poll(() => colleague.doc.getMap('room').get('version')).toBe(CURRENT_VERSION);
    expect(firstStakeholder(colleague.doc).map.get('name')).toBe('Renamed meanwhile');
    colleague.destroy();
    await a.context().close();
  });
});
