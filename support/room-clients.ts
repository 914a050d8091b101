/** Node clients, waits with deadlines and a throwaway Redis for the room-server tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  type onDisconnectParameters,
} from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface Client {
  doc: Y.Doc;
  map: Y.Map<unknown>;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves when the provider has had its first full sync with the server. */
  synced: Promise<void>;
  /** Resolves with the reason when the server refuses the token. */
  authenticationFailed: Promise<string>;
  /** Resolves with the close event of the first WebSocket close. */
  disconnected: Promise<onDisconnectParameters['event']>;
  destroy(): void;
}

/**
 * A provider in Node: Node 20 has no global WebSocket, so the socket is built with `ws`
 * (HocuspocusProviderWebsocket's WebSocketPolyfill) and the provider attached to it.
 */
export function connect(url: string, room: string, token: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    provider.on('synced', () => resolve());
  });
  const authenticationFailed = new Promise<string>((resolve) =>
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)),
  );
  const disconnected = new Promise<onDisconnectParameters['event']>((resolve) =>
    socket.on('disconnect', ({ event }: onDisconnectParameters) => resolve(event)),
  );
  provider.attach();
  return {
    doc,
    map: doc.getMap('stakeholders'),
    provider,
    socket,
    synced,
    authenticationFailed,
    disconnected,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Rejects after `ms` with a message that says what was being waited for. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when `map.get(key)` deep-equals `expected` (now or after a later change). */
export function valueArrives(map: Y.Map<unknown>, key: string, expected: unknown): Promise<void> {
  const matches = () => JSON.stringify(map.get(key)) === JSON.stringify(expected);
  return new Promise((resolve) => {
    if (matches()) return resolve();
    const observer = () => {
      if (!matches()) return;
      map.unobserve(observer);
      resolve();
    };
    map.observe(observer);
  });
}

/** Resolves once the server has acknowledged every local change of the client. */
export function allSent(client: Client): Promise<void> {
  return new Promise((resolve) => {
    if (!client.provider.hasUnsyncedChanges) return resolve();
    const listener = ({ number }: { number: number }) => {
      if (number !== 0) return;
      client.provider.off('unsyncedChanges', listener);
      resolve();
    };
    client.provider.on('unsyncedChanges', listener);
  });
}

/** A string of `bytes` random hex characters (Yjs keeps it as is, so it costs `bytes`). */
export function filler(bytes: number): string {
  let out = '';
  while (out.length < bytes) out += Math.random().toString(16).slice(2);
  return out.slice(0, bytes);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The redis-server binary (REDIS_SERVER, else /usr/bin or PATH), or undefined when there is none. */
export function findRedisServer(): string | undefined {
  const candidates = process.env.REDIS_SERVER
    ? [process.env.REDIS_SERVER]
    : ['/usr/bin/redis-server'];
  for (const dir of process.env.REDIS_SERVER ? [] : (process.env.PATH ?? '').split(delimiter)) {
    if (dir) candidates.push(join(dir, 'redis-server'));
  }
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  return undefined;
}

export interface RedisProcess {
  port: number;
  stop(): Promise<void>;
}

/** Starts a throwaway redis-server on a free loopback port (or `port`), with no persistence. */
export async function startRedis(binary: string, fixedPort?: number): Promise<RedisProcess> {
  const port = fixedPort ?? (await freePort());
  const child: ChildProcess = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
  try {
    await within(10_000, 'redis-server to start', ready);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
