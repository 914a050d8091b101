import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newRoomSecret, roomIdForSecret } from '../../src/live/roomId';
import { startRoomServer, type RunningRoomServer } from '../../src/server/roomServer';
import {
  allSent,
  connect,
  findRedisServer,
  startRedis,
  valueArrives,
  within,
  type Client,
  type RedisProcess,
} from '../../support/room-clients';

const WAIT = 20_000;
const redisBinary = findRedisServer();
const inCi = process.env.CI === 'true';

/** Resolves when `check` holds, polling every 50 ms. */
function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!check()) return;
      clearInterval(timer);
      resolve();
    }, 50);
  });
}

/** Every stateless message a client hears. */
function heard(client: Client): string[] {
  const messages: string[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => messages.push(payload));
  return messages;
}

describe.skipIf(!redisBinary && !inCi)('a Redis outage under two room servers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ka-rooms-outage-'));
  const sqlitePath = join(dir, 'rooms.sqlite');
  let redis: RedisProcess | undefined;
  const servers: RunningRoomServer[] = [];
  const clients: Client[] = [];
  const lines: string[] = [];
  const log = console.log;

  beforeAll(async () => {
    if (!redisBinary) throw new Error('redis-server is required under CI=true but was not found');
    console.log = (...args: unknown[]) => lines.push(args.map(String).join(' '));
    redis = await startRedis(redisBinary);
    for (let i = 0; i < 2; i++) {
      servers.push(
        await startRoomServer({
          port: 0,
          sqlitePath,
          redis: { host: '127.0.0.1', port: redis.port },
          quiet: true,
        }),
      );
    }
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    console.log = log;
    await Promise.all(servers.map((server) => server.stop()));
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is reported, clients hear "degraded", storing and opening rooms go on, both sides converge on return', async () => {
    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    const a = connect(servers[0]!.url, room, secret);
    const b = connect(servers[1]!.url, room, secret);
    clients.push(a, b);
    const toA = heard(a);
    await within(WAIT, 'both clients to sync', Promise.all([a.synced, b.synced]));
    a.map.set('before', 1);
    await within(WAIT, 'b to get a’s edit', valueArrives(b.map, 'before', 1));

    const port = redis!.port;
    await redis!.stop();
    await within(
      WAIT,
      'the outage to be noticed',
      until(() => !servers[0]!.health().ok),
    );
    const response = await fetch(`${servers[0]!.url.replace('ws:', 'http:')}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, redis: 'down' });
    expect(lines.some((line) => line.includes('Redis is down'))).toBe(true);
    await within(
      WAIT,
      'a to hear the outage',
      until(() => toA.includes('ka:redis-down')),
    );

    // Storing goes on: the edit is confirmed and in instance 1's SQLite log.
    a.map.set('during', 2);
    await within(WAIT, 'a’s edit to be confirmed', allSent(a));
    const db = new Database(sqlitePath, { readonly: true });
    const rows = db.prepare('SELECT count(*) AS n FROM room_updates WHERE name = ?').get(room) as {
      n: number;
    };
    db.close();
    expect(rows.n).toBeGreaterThan(0);
    // A room not open before opens now.
    const otherSecret = newRoomSecret();
    const other = connect(servers[0]!.url, await roomIdForSecret(otherSecret), otherSecret);
    clients.push(other);
    await within(WAIT, 'a new room to open during the outage', other.synced);

    redis = await startRedis(redisBinary!, port);
    const back = Date.now();
    await within(
      WAIT,
      'Redis to be seen again',
      until(() => servers[0]!.health().ok),
    );
    await within(
      WAIT,
      'b to get the edit made during the outage',
      valueArrives(b.map, 'during', 2),
    );
    const convergeMs = Date.now() - back;
    console.warn(`converged ${convergeMs} ms after Redis returned`);
    await within(
      WAIT,
      'a to hear Redis is back',
      until(() => toA.includes('ka:redis-up')),
    );
    b.map.set('after', 3);
    await within(WAIT, 'a to get b’s later edit', valueArrives(a.map, 'after', 3));
    expect(servers[1]!.health()).toMatchObject({ ok: true, redis: 'up' });
  }, 90_000);
});
