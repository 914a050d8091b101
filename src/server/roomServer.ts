/**
 * The live-room server: a Hocuspocus server whose documents are rooms. A room's document name is
 * its room id; a client proves it may enter by sending the room's secret as its token (see
 * src/live/roomId.ts), so the server keeps no table of secrets. Rooms are kept in SQLite; with
 * Redis, several instances share rooms (each edit is relayed to the others through Redis).
 *
 * Caps: a message larger than `maxMessageBytes`, or one that would grow a room past
 * `maxDocumentBytes`, is refused: it is not applied and the WebSocket that sent it is closed
 * (code 1009 or 4413); the room's other clients carry on. So is a change that sets a value the
 * board's validation refuses (code 4422, see roomGuard.ts).
 */
import { mkdirSync } from 'node:fs';
import type { Socket } from 'node:net';
import { dirname } from 'node:path';
import type {
  Connection,
  Document,
  Extension,
  beforeHandleMessagePayload,
  onAuthenticatePayload,
  onStatelessPayload,
  onRequestPayload,
  connectedPayload,
} from '@hocuspocus/server';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { ROOM_ID_PATTERN, secretOpensRoom } from '../live/roomId';
import { invalidUpdate } from './roomGuard';
import { RoomRedis } from './roomRedis';
import { RoomStore } from './roomStore';

export interface RoomServerOptions {
  /** Interface to listen on; loopback by default. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** SQLite file for the rooms (its folder is created); ':memory:' keeps nothing. */
  sqlitePath?: string;
  /** When set, rooms are shared with every other instance using the same Redis. */
  redis?: { host: string; port: number; password?: string } | undefined;
  /** Largest message a client may send (default 24 MiB). */
  maxMessageBytes?: number;
  /** Largest encoded state a room may grow to (default 64 MiB). */
  maxDocumentBytes?: number;
  /** Most rooms the server stores; a new room past it is refused (default 1,000). */
  maxRooms?: number;
  /**
   * Most bytes the SQLite file may hold: an edit past it is refused, and a new room once the file
   * holds 90 % of it (default 4 GiB).
   */
  maxStorageBytes?: number;
  /** Largest presence (awareness) message a client may send (default 64 KiB). */
  maxPresenceBytes?: number;
  /** A client whose unsent data passes this is dropped: it does not read (default 32 MiB). */
  maxBufferedBytes?: number;
  /** When set, only a client that also presents this token may create a room. */
  createToken?: string | undefined;
  /** A room nobody opened for this many days is deleted; 0 keeps rooms forever (default 90). */
  expireDays?: number;
  /** No start line, no notes about refused connections. */
  quiet?: boolean;
}

export interface RoomServerHealth {
  /** Redis answers, or there is none to answer: edits reach every instance. */
  ok: boolean;
  redis: 'up' | 'down' | 'none';
  roomsLoaded: number;
  connections: number;
}

export interface RoomServerStats {
  /** Rooms in memory now. */
  roomsLoaded: number;
  /** Rooms stored. */
  roomsStored: number;
  connections: number;
  /** Bytes the SQLite file holds. */
  storageBytes: number;
  /** Clients dropped because they did not read what was sent to them. */
  slowReadersDropped: number;
}

export interface RunningRoomServer {
  /** ws://host:port */
  url: string;
  port: number;
  stats(): RoomServerStats;
  /** What GET /health answers (503 when Redis is down). */
  health(): RoomServerHealth;
  /** Deletes the rooms nobody opened for `expireDays` before `now`; returns how many. */
  expireRooms(now?: number): number;
  /** Stores every open room, closes every connection and the port. */
  stop(): Promise<void>;
}

export const DEFAULT_SQLITE_PATH = 'data/rooms.sqlite';
/**
 * Starting a room sends the whole board as one update, about twice its JSON size: a board at the
 * import cap (10 MiB of JSON, within the supported limits) must fit in one message, and the room
 * must have room to grow past it.
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 24 * 1024 * 1024;
export const DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_ROOMS = 1000;
export const DEFAULT_MAX_STORAGE_BYTES = 4 * 1024 ** 3;
export const DEFAULT_MAX_PRESENCE_BYTES = 64 * 1024;
export const DEFAULT_MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
export const DEFAULT_EXPIRE_DAYS = 90;

/** Close codes a refused client sees on its WebSocket. */
export const MESSAGE_TOO_BIG = { code: 1009, reason: 'Message Too Big' } as const;
export const DOCUMENT_TOO_LARGE = { code: 4413, reason: 'Document Too Large' } as const;
export const INVALID_CHANGE = { code: 4422, reason: 'Invalid Change' } as const;
export const PRESENCE_TOO_LARGE = { code: 4414, reason: 'Presence Too Large' } as const;
export const STORAGE_FULL = { code: 4507, reason: 'Storage Full' } as const;
export const SLOW_READER = { code: 4408, reason: 'Not Reading' } as const;
export const MALFORMED = { code: 4400, reason: 'Malformed Message' } as const;
/** Why a new room was refused (the client's authenticationFailed reason). */
export const ROOM_REFUSALS = {
  createToken: 'room-create-token',
  rooms: 'room-limit',
  storage: 'storage-full',
} as const;

/** The heartbeat of the live session (src/live/liveSession.ts), and the server's answer. */
const PING = 'ka:ping';
const PONG = 'ka:pong';
/** Told to the clients when Redis goes down and comes back (src/live/liveSession.ts). */
const REDIS_DOWN = 'ka:redis-down';
const REDIS_UP = 'ka:redis-up';

/** How long stop() waits for rooms to be stored before it closes anyway. */
const STOP_TIMEOUT_MS = 15_000;
/** How long start waits for Redis to answer. */
const REDIS_READY_TIMEOUT_MS = 10_000;

export async function startRoomServer(options: RoomServerOptions = {}): Promise<RunningRoomServer> {
  const host = options.host ?? '127.0.0.1';
  const sqlitePath = options.sqlitePath ?? DEFAULT_SQLITE_PATH;
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const quiet = options.quiet ?? false;
  const maxRooms = options.maxRooms ?? DEFAULT_MAX_ROOMS;
  const maxStorageBytes = options.maxStorageBytes ?? DEFAULT_MAX_STORAGE_BYTES;
  const maxPresenceBytes = options.maxPresenceBytes ?? DEFAULT_MAX_PRESENCE_BYTES;
  const maxBufferedBytes = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const expireDays = options.expireDays ?? DEFAULT_EXPIRE_DAYS;
  const createToken = options.createToken || undefined;
  const note = (line: string) => {
    if (!quiet) console.log(line);
  };
  const noteOften = rateLimited(note);
  let slowReadersDropped = 0;

  if (sqlitePath !== ':memory:' && sqlitePath !== '') {
    mkdirSync(dirname(sqlitePath), { recursive: true });
  }

  if (sqlitePath === ':memory:' && !quiet) {
    console.warn('room server: ROOM_DB is :memory:, rooms are lost when the server stops');
  }
  const sqlite = new RoomStore({ database: sqlitePath || ':memory:', shared: !!options.redis });
  const extensions: Extension[] = [
    sqlite,
    caps(maxMessageBytes, maxDocumentBytes, note),
    {
      extensionName: 'room limits',
      async beforeHandleMessage({ update, document, connection }: beforeHandleMessagePayload) {
        if (messageType(update) === AWARENESS && update.byteLength > maxPresenceBytes) {
          noteOften(connection.socketId, 'room server: refused a presence over the limit');
          refuse(connection, PRESENCE_TOO_LARGE);
        }
        const payload = documentPayload(update);
        if (payload && sqlite.storageBytes() + payload.byteLength > maxStorageBytes) {
          noteOften('storage', `room server: storage full, refused a change to ${document.name}`);
          refuse(connection, STORAGE_FULL);
        }
      },
    },
    {
      extensionName: 'heartbeat',
      // A laptop that heard nothing for a moment asks; the answer tells it the connection holds.
      async onStateless({ connection, payload }: onStatelessPayload) {
        if (payload === PING) connection.sendStateless(PONG);
      },
    },
  ];

  let redis: RoomRedis | undefined;
  if (options.redis) {
    redis = new RoomRedis({
      host: options.redis.host,
      port: options.redis.port,
      prefix: 'ka-rooms',
      ...(options.redis.password ? { options: { password: options.redis.password } } : {}),
    });
    extensions.push(redis);
  }

  const health = (): RoomServerHealth => {
    const state = !redis ? 'none' : redis.up ? 'up' : 'down';
    return {
      ok: state !== 'down',
      redis: state,
      roomsLoaded: server.hocuspocus.documents.size,
      connections: server.hocuspocus.getConnectionsCount(),
    };
  };
  extensions.push({
    extensionName: 'health',
    // GET /health: 200 with the state as JSON, 503 while Redis is down.
    async onRequest({ request, response }: onRequestPayload) {
      if (new URL(request.url ?? '/', 'http://x').pathname !== '/health') return;
      const body = health();
      response.writeHead(body.ok ? 200 : 503, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
      throw null; // answered: no default response
    },
    // A client joining while Redis is down hears it at once.
    async connected({ connection }: connectedPayload) {
      if (redis && !redis.up) connection.sendStateless(REDIS_DOWN);
    },
  });
  redis?.whenStatusChanges((up) => {
    console.log(
      up
        ? 'room server: Redis is back; rooms are synced with the other instances again'
        : 'room server: Redis is down; edits are stored here but do not reach the other instances',
    );
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        connection.sendStateless(up ? REDIS_UP : REDIS_DOWN);
      }
    }
  });

  const server = new Server({
    name: 'ka-rooms',
    address: host,
    port: options.port ?? 0,
    quiet: true,
    stopOnSignals: false,
    extensions,
    websocketOptions: { maxPayload: maxMessageBytes },
    async onAuthenticate({ documentName, token, instance }: onAuthenticatePayload) {
      // The token is the room's secret, with `:<ROOM_CREATE_TOKEN>` after it to create a room.
      const [secret = '', creator] = token.split(/:(.*)/s);
      if (!ROOM_ID_PATTERN.test(documentName) || !(await secretOpensRoom(documentName, secret))) {
        note(`room server: refused a connection to ${describeName(documentName)}`);
        // No message: Hocuspocus logs a hook error's message, and there is nothing worth logging.
        throw Object.assign(new Error(), { reason: 'permission-denied' });
      }
      if (instance.documents.has(documentName) || sqlite.exists(documentName)) return;
      const refusal =
        createToken !== undefined && creator !== createToken
          ? ROOM_REFUSALS.createToken
          : sqlite.roomCount() >= maxRooms
            ? ROOM_REFUSALS.rooms
            : sqlite.storageBytes() >= maxStorageBytes * NEW_ROOM_STORAGE_SHARE
              ? ROOM_REFUSALS.storage
              : null;
      if (refusal) {
        note(`room server: refused to create ${describeName(documentName)} (${refusal})`);
        throw Object.assign(new Error(), { reason: refusal });
      }
    },
  });

  // Upgraded sockets outlive httpServer.close(); keep them so stop() can end them.
  const sockets = new Set<Socket>();
  server.httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  try {
    if (redis) await redisReady(redis, options.redis!);
    await server.listen();
  } catch (error) {
    await redis?.onDestroy().catch(() => {});
    sqlite.close();
    throw error;
  }

  // Frames that are not Hocuspocus messages at all are dropped here with one log line per
  // client (rate-limited), not handed on to be logged with a stack trace each.
  const handleConnection = server.hocuspocus.handleConnection.bind(server.hocuspocus);
  server.hocuspocus.handleConnection = (...args) => {
    const client = handleConnection(...args);
    const handleMessage = client.handleMessage.bind(client);
    const [webSocket] = args;
    let id: string | undefined;
    client.handleMessage = (data: Uint8Array) => {
      if (wellFormed(data)) return handleMessage(data);
      id ??= Math.random().toString(36).slice(2, 8);
      noteOften(`malformed:${id}`, `room server: dropped a malformed message from client ${id}`);
      webSocket.close(MALFORMED.code, MALFORMED.reason);
    };
    return client;
  };

  // Backpressure: a client that does not read what the room sends it is dropped.
  const backpressure = setInterval(() => {
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const ws = connection.webSocket as unknown as Partial<WsLike>;
        if ((ws.bufferedAmount ?? 0) <= maxBufferedBytes) continue;
        slowReadersDropped++;
        noteOften(
          connection.socketId,
          `room server: dropped a client of ${describeName(document.name)} that does not read`,
        );
        if (ws.terminate) ws.terminate();
        else connection.close(SLOW_READER);
      }
    }
  }, 250);
  backpressure.unref();

  const expireRooms = (now = Date.now()) => {
    if (expireDays <= 0) return 0;
    const gone = sqlite.expire(now - expireDays * DAY_MS, (name) =>
      server.hocuspocus.documents.has(name),
    );
    if (gone.length > 0)
      note(`room server: deleted ${gone.length} room(s) unopened for ${expireDays} days`);
    return gone.length;
  };
  expireRooms();
  const expiry = setInterval(() => expireRooms(), 60 * 60 * 1000);
  expiry.unref();

  const port = server.address.port;
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${port}`;
  note(`room server listening on ${url}${redis ? ' (shared through Redis)' : ''}`);

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    clearInterval(backpressure);
    clearInterval(expiry);
    const closed = new Promise<void>((resolve) => server.httpServer.once('close', () => resolve()));
    await withTimeout(server.destroy(), STOP_TIMEOUT_MS, () =>
      console.warn('room server: some rooms were not stored in time'),
    );
    for (const socket of sockets) socket.destroy();
    await withTimeout(closed, STOP_TIMEOUT_MS, () => {});
    sqlite.close();
  };

  return {
    url,
    port,
    health,
    stats: () => ({
      roomsLoaded: server.hocuspocus.documents.size,
      roomsStored: sqlite.roomCount(),
      connections: server.hocuspocus.getConnectionsCount(),
      storageBytes: sqlite.storageBytes(),
      slowReadersDropped,
    }),
    expireRooms,
    stop: () => (stopping ??= stop()),
  };
}

/**
 * Refuses a message larger than `maxMessageBytes`, and a document update that would take the room
 * past `maxDocumentBytes`. The ws `maxPayload` already drops oversized frames before they are
 * read; the check here also covers a server running behind something that reassembles frames.
 *
 * The room's size is estimated cheaply (its last measured encoded size plus every update accepted
 * since) and measured exactly only when the estimate would pass the cap.
 */
function caps(
  maxMessageBytes: number,
  maxDocumentBytes: number,
  note: (line: string) => void,
): Extension {
  const sizes = new WeakMap<Document, { measured: number; since: number }>();
  const sizeOf = (document: Document) => {
    let size = sizes.get(document);
    if (!size) {
      size = { measured: Y.encodeStateAsUpdate(document).byteLength, since: 0 };
      sizes.set(document, size);
    }
    return size;
  };

  return {
    extensionName: 'room caps',
    async beforeHandleMessage({ update, document, connection }: beforeHandleMessagePayload) {
      if (update.byteLength > maxMessageBytes) refuse(connection, MESSAGE_TOO_BIG);
      const payload = documentPayload(update);
      if (!payload) return;
      // A value the board's validation refuses is not stored (src/server/roomGuard.ts).
      const invalid = invalidUpdate(document, payload);
      if (invalid) {
        note(
          `room server: refused an invalid change (${invalid}) to ${describeName(document.name)}`,
        );
        refuse(connection, INVALID_CHANGE);
      }
      const size = sizeOf(document);
      if (size.measured + size.since + payload.byteLength <= maxDocumentBytes) {
        // Counted on acceptance, so messages checked before the first is applied add up.
        size.since += payload.byteLength;
        return;
      }
      const state = Y.encodeStateAsUpdate(document);
      let merged: number;
      try {
        merged = Y.mergeUpdates([state, payload]).byteLength;
      } catch {
        return; // not a valid update: Hocuspocus refuses it when it fails to apply
      }
      if (merged > maxDocumentBytes) refuse(connection, DOCUMENT_TOO_LARGE);
      size.measured = state.byteLength;
      size.since = payload.byteLength;
    },
  };
}

/** Closes the sender's WebSocket and throws, so Hocuspocus does not apply the message. */
function refuse(connection: Connection, event: { code: number; reason: string }): never {
  connection.webSocket.close(event.code, event.reason);
  throw { ...event };
}

// Message layout (Hocuspocus over y-protocols): varString address, varUint type; for Sync (0) and
// SyncReply (4) a varUint sync type, and for SyncStep2 (1) and Update (2) a varUint8Array update.
const SYNC = 0;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a message would apply to the document, or undefined for any other message. */
export function documentPayload(message: Uint8Array): Uint8Array | undefined {
  try {
    let pos = 0;
    const varUint = () => {
      let value = 0;
      for (let shift = 0; shift < 35; shift += 7) {
        const byte = message[pos++];
        if (byte === undefined) throw new RangeError('truncated');
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
      throw new RangeError('varUint too long');
    };
    const addressLength = varUint();
    pos += addressLength; // the address
    const type = varUint();
    if (type !== SYNC && type !== SYNC_REPLY) return undefined;
    const syncType = varUint();
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined;
    const length = varUint();
    if (pos + length > message.byteLength) return undefined;
    return message.subarray(pos, pos + length);
  } catch {
    return undefined;
  }
}

async function redisReady(redis: RoomRedis, where: { host: string; port: number }): Promise<void> {
  const ping = Promise.all([redis.pub.ping(), redis.sub.ping()]);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis at ${where.host}:${where.port} did not answer`)),
      REDIS_READY_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([ping, timeout]);
  } catch (error) {
    throw new Error(`Redis at ${where.host}:${where.port} is not reachable`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

async function withTimeout(work: Promise<unknown>, ms: number, onTimeout: () => void) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    if ((await Promise.race([work, late])) === 'late') onTimeout();
  } finally {
    clearTimeout(timer);
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** New rooms are refused once the file holds this share of its limit: open rooms keep room. */
const NEW_ROOM_STORAGE_SHARE = 0.9;

interface WsLike {
  bufferedAmount: number;
  terminate(): void;
}

/**
 * A log for what a client can make happen often (junk frames, refusals): the first line for a
 * key is written, then at most one per key a minute, saying how many were left out.
 */
function rateLimited(note: (line: string) => void, everyMs = 60_000) {
  const last = new Map<string, { at: number; skipped: number }>();
  return (key: string, line: string) => {
    const now = Date.now();
    const seen = last.get(key);
    if (seen && now - seen.at < everyMs) {
      seen.skipped++;
      return;
    }
    if (last.size > 10_000) last.clear();
    last.set(key, { at: now, skipped: 0 });
    note(seen?.skipped ? `${line} (and ${seen.skipped} more like it)` : line);
  };
}

const AWARENESS = 1;
/** Message types a client may send (Hocuspocus's MessageType, 0 to 8). */
const KNOWN_TYPES = 8;

/** The type of a Hocuspocus message, or undefined when it cannot be read. */
export function messageType(message: Uint8Array): number | undefined {
  const reader = varReader(message);
  try {
    reader.skip(reader.uint());
    return reader.uint();
  } catch {
    return undefined;
  }
}

/** The message starts as a Hocuspocus message does: an address and a known type. */
export function wellFormed(message: Uint8Array): boolean {
  if (!(message instanceof Uint8Array) || message.byteLength < 2) return false;
  const reader = varReader(message);
  try {
    const length = reader.uint();
    if (length > 1024) return false;
    reader.skip(length);
    const type = reader.uint();
    if (type > KNOWN_TYPES) return false;
    if (type === SYNC || type === SYNC_REPLY) {
      const sync = reader.uint();
      if (sync > SYNC_UPDATE) return false;
      const size = reader.uint();
      return reader.pos + size <= message.byteLength;
    }
    if (type === AWARENESS) return reader.pos + reader.uint() <= message.byteLength;
    return true;
  } catch {
    return false;
  }
}

function varReader(message: Uint8Array) {
  const reader = {
    pos: 0,
    uint(): number {
      let value = 0;
      for (let shift = 0; shift < 35; shift += 7) {
        const byte = message[reader.pos++];
        if (byte === undefined) throw new RangeError('truncated');
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
      throw new RangeError('varUint too long');
    },
    skip(n: number) {
      reader.pos += n;
      if (reader.pos > message.byteLength) throw new RangeError('truncated');
    },
  };
  return reader;
}

/** A document name as it may appear in a log line: short and printable. */
function describeName(name: string): string {
  return ROOM_ID_PATTERN.test(name) ? `room ${name}` : `a malformed room name`;
}
