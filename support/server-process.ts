/**
 * The room server as `npm run server` runs it, in a child process of its own, so a test can
 * SIGKILL it; and the kill-during-edits measure of issue 27 (also run by bench/liveKill.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newRoomSecret, roomIdForSecret } from '../src/live/roomId';
import { connect, freePort, within, type Client } from './room-clients';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts `src/server/main.ts` with `env` on a free port; resolves once it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = env.ROOM_PORT ? Number(env.ROOM_PORT) : await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, ROOM_PORT: String(port), ROOM_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('room server listening')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`the room server exited: ${output}`)));
  });
  try {
    await within(30_000, 'the room server process to listen', listening);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `ws://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface KillResult {
  /** Seconds of edits before the kill. */
  seconds: number;
  /** Edits made. */
  made: number;
  /** Edits the server had acknowledged when it was killed. */
  confirmed: number;
  /** Confirmed edits a new client did not get from the restarted server. */
  lost: number;
}

/**
 * One client edits the room every `everyMs` (key `e<n>`) for `seconds`, then the server gets
 * SIGKILL. The client goes away with it (so it cannot send anything again), the server starts
 * again on the same file and a new client counts which acknowledged edits it holds.
 */
export async function killDuringEdits(
  dbPath: string,
  seconds: number,
  everyMs = 20,
): Promise<KillResult> {
  const secret = newRoomSecret();
  const room = await roomIdForSecret(secret);
  const env = { ROOM_DB: dbPath };
  let server = await startServerProcess(env);
  const clients: Client[] = [];
  try {
    const writer = connect(server.url, room, secret);
    clients.push(writer);
    await within(10_000, 'the writer to sync', writer.synced);
    let made = 0;
    const started = Date.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        writer.map.set(`e${made}`, made);
        made++;
        if (Date.now() - started >= seconds * 1000) {
          clearInterval(timer);
          resolve();
        }
      }, everyMs);
    });
    // Each edit is one update and the server acknowledges each in order: what is not pending
    // any more was confirmed.
    const confirmed = made - writer.provider.unsyncedChanges;
    await server.kill('SIGKILL');
    writer.destroy();

    server = await startServerProcess(env);
    const reader = connect(server.url, room, secret);
    clients.push(reader);
    await within(10_000, 'a new client to sync', reader.synced);
    let lost = 0;
    for (let n = 0; n < confirmed; n++) if (reader.map.get(`e${n}`) !== n) lost++;
    return { seconds, made, confirmed, lost };
  } finally {
    for (const client of clients) client.destroy();
    await server.kill('SIGTERM');
  }
}
