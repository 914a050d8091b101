/**
 * `npm run server`: the live-room server. Configured by the environment:
 *
 *   ROOM_HOST                 interface to listen on (127.0.0.1)
 *   ROOM_PORT                 port (1234)
 *   ROOM_DB                   SQLite file for the rooms (data/rooms.sqlite)
 *   REDIS_URL                 redis://[:password@]host[:port]; when set, rooms are shared with
 *                             every other instance using the same Redis
 *   ROOM_MAX_MESSAGE_BYTES    largest message a client may send (24 MiB)
 *   ROOM_MAX_DOCUMENT_BYTES   largest a room may grow (64 MiB)
 *   ROOM_MAX_ROOMS            most rooms stored (1000)
 *   ROOM_MAX_STORAGE_BYTES    most bytes the SQLite file may hold (4 GiB)
 *   ROOM_MAX_PRESENCE_BYTES   largest presence message a client may send (64 KiB)
 *   ROOM_MAX_BUFFERED_BYTES   unsent data past which a client that does not read is dropped (32 MiB)
 *   ROOM_CREATE_TOKEN         when set, creating a room takes this token (joining does not)
 *   ROOM_EXPIRE_DAYS          rooms nobody opened for this many days are deleted; 0: never (90)
 *
 * Stops on SIGINT or SIGTERM after storing every open room.
 */
import {
  DEFAULT_EXPIRE_DAYS,
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MAX_DOCUMENT_BYTES,
  DEFAULT_MAX_MESSAGE_BYTES,
  DEFAULT_MAX_PRESENCE_BYTES,
  DEFAULT_MAX_ROOMS,
  DEFAULT_MAX_STORAGE_BYTES,
  DEFAULT_SQLITE_PATH,
  startRoomServer,
  type RoomServerOptions,
} from './roomServer';

function wholeNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

function redisFromUrl(raw: string): NonNullable<RoomServerOptions['redis']> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('REDIS_URL must look like redis://host:port');
  }
  if (url.protocol !== 'redis:') throw new Error('REDIS_URL must start with redis://');
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
  };
}

async function main(): Promise<void> {
  const redisUrl = process.env.REDIS_URL?.trim();
  const server = await startRoomServer({
    host: process.env.ROOM_HOST?.trim() || '127.0.0.1',
    port: wholeNumber('ROOM_PORT', 1234, 0),
    sqlitePath: process.env.ROOM_DB?.trim() || DEFAULT_SQLITE_PATH,
    redis: redisUrl ? redisFromUrl(redisUrl) : undefined,
    maxMessageBytes: wholeNumber('ROOM_MAX_MESSAGE_BYTES', DEFAULT_MAX_MESSAGE_BYTES, 1024),
    maxDocumentBytes: wholeNumber('ROOM_MAX_DOCUMENT_BYTES', DEFAULT_MAX_DOCUMENT_BYTES, 1024),
    maxRooms: wholeNumber('ROOM_MAX_ROOMS', DEFAULT_MAX_ROOMS, 1),
    maxStorageBytes: wholeNumber('ROOM_MAX_STORAGE_BYTES', DEFAULT_MAX_STORAGE_BYTES, 1024 * 1024),
    maxPresenceBytes: wholeNumber('ROOM_MAX_PRESENCE_BYTES', DEFAULT_MAX_PRESENCE_BYTES, 1024),
    maxBufferedBytes: wholeNumber('ROOM_MAX_BUFFERED_BYTES', DEFAULT_MAX_BUFFERED_BYTES, 64 * 1024),
    createToken: process.env.ROOM_CREATE_TOKEN?.trim() || undefined,
    expireDays: wholeNumber('ROOM_EXPIRE_DAYS', DEFAULT_EXPIRE_DAYS, 0),
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`room server: ${signal}, storing rooms and stopping`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('room server: stop failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('room server:', error instanceof Error ? error.message : error);
  process.exit(1);
});
