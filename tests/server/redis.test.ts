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

const WAIT = 15_000;
const redisBinary = findRedisServer();
const inCi = process.env.CI === 'true';
if (!redisBinary && !inCi) {
  console.warn(
    'redis-server not found: skipping the Redis scale-out tests (they fail under CI=true)',
  );
}

describe.skipIf(!redisBinary && !inCi)('two room servers sharing Redis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ka-rooms-redis-'));
  const sqlitePath = join(dir, 'rooms.sqlite');
  let redis: RedisProcess | undefined;
  const servers: RunningRoomServer[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    if (!redisBinary) throw new Error('redis-server is required under CI=true but was not found');
    redis = await startRedis(redisBinary);
    for (let i = 0; i < 2; i++) {
      servers.push(
        await startRoomServer({
          port: 0,
          sqlitePath, // one file for both instances: see README "Live rooms: the server"
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
    await Promise.all(servers.map((server) => server.stop()));
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the two instances on different ports', () => {
    expect(servers[0]!.port).not.toBe(servers[1]!.port);
  });

  it('carries edits between clients on different instances, both ways', async () => {
    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    const a = connect(servers[0]!.url, room, secret);
    const b = connect(servers[1]!.url, room, secret);
    clients.push(a, b);
    await within(WAIT, 'both clients to sync', Promise.all([a.synced, b.synced]));

    a.map.set('s1', { name: 'Buyer', via: 'instance 1' });
    await within(
      WAIT,
      'b (instance 2) to see a’s edit',
      valueArrives(b.map, 's1', { name: 'Buyer', via: 'instance 1' }),
    );

    b.map.set('s2', { name: 'User', via: 'instance 2' });
    await within(
      WAIT,
      'a (instance 1) to see b’s edit',
      valueArrives(a.map, 's2', { name: 'User', via: 'instance 2' }),
    );
    expect(a.map.toJSON()).toEqual(b.map.toJSON());
  });

  it('gives a client joining on the other instance what was written on the first', async () => {
    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    const a = connect(servers[0]!.url, room, secret);
    clients.push(a);
    await within(WAIT, 'a to sync', a.synced);
    a.map.set('s1', { name: 'Champion' });
    await within(WAIT, 'a’s edit to reach instance 1', allSent(a));

    const b = connect(servers[1]!.url, room, secret);
    clients.push(b);
    await within(WAIT, 'b to sync on instance 2', b.synced);
    await within(WAIT, 'b to hold a’s edit', valueArrives(b.map, 's1', { name: 'Champion' }));
  });
});
