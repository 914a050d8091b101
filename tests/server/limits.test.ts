import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { newRoomSecret, roomIdForSecret } from '../../src/live/roomId';
import {
  startRoomServer,
  type RoomServerOptions,
  type RunningRoomServer,
} from '../../src/server/roomServer';
import { allSent, connect, filler, within, type Client } from '../../support/room-clients';

const WAIT = 15_000;

const clients: Client[] = [];
const open = (...args: Parameters<typeof connect>) => {
  const client = connect(...args);
  clients.push(client);
  return client;
};
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

async function newRoom() {
  const secret = newRoomSecret();
  return { secret, id: await roomIdForSecret(secret) };
}

function serverWith(options: RoomServerOptions) {
  const holder: { server?: RunningRoomServer } = {};
  beforeAll(async () => {
    holder.server = await startRoomServer({
      port: 0,
      sqlitePath: ':memory:',
      quiet: true,
      ...options,
    });
  });
  afterAll(() => holder.server?.stop());
  return () => holder.server!;
}

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

describe('a limit on rooms', () => {
  const server = serverWith({ maxRooms: 2 });

  it('refuses a new room past the limit, and still opens the rooms there are', async () => {
    const rooms = [await newRoom(), await newRoom()];
    for (const room of rooms) {
      const client = open(server().url, room.id, room.secret);
      await within(WAIT, 'a room to open', client.synced);
      client.map.set('k', 1);
      await within(WAIT, 'the edit to be stored', allSent(client));
    }
    const third = await newRoom();
    const refused = open(server().url, third.id, third.secret);
    expect(await within(WAIT, 'the refusal', refused.authenticationFailed)).toBe('room-limit');
    const again = open(server().url, rooms[0]!.id, rooms[0]!.secret);
    await within(WAIT, 'an existing room to open', again.synced);
    expect(again.map.get('k')).toBe(1);
    expect(server().stats().roomsStored).toBe(2);
  });
});

describe('a limit on storage', () => {
  const server = serverWith({ maxStorageBytes: 512 * 1024 });

  it('refuses edits and new rooms once the file holds the limit', async () => {
    const room = await newRoom();
    const writer = open(server().url, room.id, room.secret);
    await within(WAIT, 'the writer to sync', writer.synced);
    let code: number | undefined;
    void writer.disconnected.then((event) => (code = event.code));
    for (let part = 0; part < 20 && code === undefined; part++) {
      writer.map.set(`part${part}`, filler(64 * 1024));
      await within(
        WAIT,
        'a part to be stored or refused',
        Promise.race([allSent(writer), writer.disconnected]),
      );
    }
    expect(code).toBe(4507);
    writer.destroy();
    expect(server().stats().storageBytes).toBeLessThanOrEqual(512 * 1024 + 64 * 1024);
    const other = await newRoom();
    const refused = open(server().url, other.id, other.secret);
    expect(await within(WAIT, 'the refusal', refused.authenticationFailed)).toBe('storage-full');
  });
});

describe('a limit on presence', () => {
  const server = serverWith({ maxPresenceBytes: 8 * 1024 });

  it('drops a client whose presence is over the limit; the others never get it', async () => {
    const room = await newRoom();
    const big = open(server().url, room.id, room.secret);
    const other = open(server().url, room.id, room.secret);
    await within(WAIT, 'both to sync', Promise.all([big.synced, other.synced]));
    big.provider.setAwarenessField('user', { name: 'ok' });
    await within(
      WAIT,
      'a small presence to arrive',
      until(() => other.provider.awareness!.getStates().has(big.doc.clientID)),
    );
    big.provider.setAwarenessField('junk', filler(20 * 1024));
    const closed = await within(WAIT, 'the big presence to be refused', big.disconnected);
    expect(closed.code).toBe(4414);
    const seen = other.provider.awareness!.getStates().get(big.doc.clientID);
    expect(seen?.junk).toBeUndefined();
  });
});

describe('backpressure', () => {
  const server = serverWith({ maxBufferedBytes: 256 * 1024 });

  it('drops a client that does not read, and the room carries on', async () => {
    const room = await newRoom();
    const writer = open(server().url, room.id, room.secret);
    const reader = open(server().url, room.id, room.secret);
    const watcher = open(server().url, room.id, room.secret);
    await within(
      WAIT,
      'three to sync',
      Promise.all([writer.synced, reader.synced, watcher.synced]),
    );
    // The reader stops reading from its socket (as a stalled laptop or a hostile client does).
    const raw = (reader.socket as unknown as { webSocket: { _socket: { pause(): void } } })
      .webSocket;
    raw._socket.pause();
    for (let part = 0; part < 40 && server().stats().slowReadersDropped === 0; part++) {
      writer.map.set(`part${part % 4}`, filler(1024 * 1024));
      await within(WAIT, 'a part to be stored', allSent(writer));
    }
    await within(
      WAIT,
      'the reader to be dropped',
      until(() => server().stats().slowReadersDropped > 0),
    );
    writer.map.set('after', 'still here');
    await within(
      WAIT,
      'the watcher to get a later edit',
      until(() => watcher.map.get('after') === 'still here'),
    );
  }, 60_000);
});

describe('idle rooms', () => {
  const server = serverWith({});

  it('leave memory when their last client leaves, stored first', async () => {
    const room = await newRoom();
    const client = open(server().url, room.id, room.secret);
    await within(WAIT, 'the client to sync', client.synced);
    client.map.set('k', 'kept');
    await within(WAIT, 'the edit to be stored', allSent(client));
    expect(server().stats().roomsLoaded).toBe(1);
    client.destroy();
    await within(
      WAIT,
      'the room to be unloaded',
      until(() => server().stats().roomsLoaded === 0),
    );
    const again = open(server().url, room.id, room.secret);
    await within(WAIT, 'the room to open again', again.synced);
    expect(again.map.get('k')).toBe('kept');
  });
});

describe('ROOM_CREATE_TOKEN', () => {
  const server = serverWith({ createToken: 'facilitators-only' });

  it('creates a room only with the token; members join with the secret alone', async () => {
    const room = await newRoom();
    const member = open(server().url, room.id, room.secret);
    expect(await within(WAIT, 'the refusal', member.authenticationFailed)).toBe(
      'room-create-token',
    );
    const wrong = open(server().url, room.id, `${room.secret}:guess`);
    expect(await within(WAIT, 'the refusal', wrong.authenticationFailed)).toBe('room-create-token');
    const facilitator = open(server().url, room.id, `${room.secret}:facilitators-only`);
    await within(WAIT, 'the facilitator to create the room', facilitator.synced);
    facilitator.map.set('k', 1);
    await within(WAIT, 'the edit to be stored', allSent(facilitator));
    const joining = open(server().url, room.id, room.secret);
    await within(WAIT, 'a member to join', joining.synced);
    expect(joining.map.get('k')).toBe(1);
  });
});

describe('room expiry', () => {
  const server = serverWith({ expireDays: 30 });

  it('deletes a room nobody opened for the given days, not one opened since', async () => {
    const old = await newRoom();
    const recent = await newRoom();
    for (const room of [old, recent]) {
      const client = open(server().url, room.id, room.secret);
      await within(WAIT, 'the client to sync', client.synced);
      client.map.set('k', 1);
      await within(WAIT, 'the edit to be stored', allSent(client));
      client.destroy();
    }
    await within(
      WAIT,
      'rooms to be unloaded',
      until(() => server().stats().roomsLoaded === 0),
    );
    expect(server().expireRooms(Date.now() + 29 * 86_400_000)).toBe(0);
    // The recent room is opened again 20 days later (simulated: opened now, checked at +31 d).
    expect(server().expireRooms(Date.now() + 31 * 86_400_000)).toBe(2);
    expect(server().stats().roomsStored).toBe(0);
    const gone = open(server().url, old.id, old.secret);
    await within(WAIT, 'the room to open empty', gone.synced);
    expect(gone.map.size).toBe(0);
  });
});

describe('malformed frames', () => {
  const lines: string[] = [];
  let server: RunningRoomServer;
  const log = console.log;
  const error = console.error;
  beforeAll(async () => {
    console.log = (...args: unknown[]) => lines.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
    server = await startRoomServer({ port: 0, sqlitePath: ':memory:' });
  });
  afterAll(async () => {
    await server.stop();
    console.log = log;
    console.error = error;
  });

  it('log one short line per client, however many junk frames it sends', async () => {
    lines.length = 0;
    const sockets = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const ws = new WebSocket(server.url);
        await new Promise((resolve) => ws.once('open', resolve));
        return ws;
      }),
    );
    const closed = sockets.map((ws) => new Promise((resolve) => ws.once('close', resolve)));
    for (const ws of sockets) {
      for (let i = 0; i < 200; i++) ws.send(Buffer.from(filler(64), 'hex'));
    }
    await within(WAIT, 'the junk senders to be closed', Promise.all(closed));
    const junk = lines.filter((line) => line.includes('malformed'));
    expect(junk.length).toBeGreaterThan(0);
    expect(junk.length).toBeLessThanOrEqual(5);
    expect(lines.join('\n').length).toBeLessThan(2_000);
    expect(lines.some((line) => /\n\s+at /.test(line))).toBe(false);
  });
});
