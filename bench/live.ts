/**
 * `npm run bench:live`: how long an edit takes to go from one live-room client to another, for
 * (a) one room server and (b) two room servers sharing Redis, with the sender on instance 1 and
 * the receiver on instance 2. Two kinds of client, 100 counted edits each after 10 warm-ups:
 * - node: two Node providers; a Y.Map set of a small object, timed from the sender's transact
 *   until the receiver's observer fires;
 * - browser: two Chromium contexts running the built app (bench/liveBrowser.ts); a stakeholder
 *   renamed in laptop A's inspector, timed from Enter in A until laptop B's map shows the name.
 * The servers run as `npm run server` child processes (their own event loops) on free loopback
 * ports, with in-memory SQLite; Redis is a throwaway redis-server. BENCH_LIVE_BROWSER=0 leaves the
 * browser out. Prints a table and writes bench-live-results.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { newRoomSecret, roomIdForSecret } from '../src/live/roomId';
import {
  connect,
  findRedisServer,
  freePort,
  startRedis,
  within,
  type Client,
  type RedisProcess,
} from '../support/room-clients';
import { launch } from './browser';
import { buildApp, measureBrowser, type BuiltApp } from './liveBrowser';
import { median, percentile } from './stats';

const EDITS = Number(process.env.BENCH_EDITS ?? 100);
const WARMUP = 10;
const EDIT_TIMEOUT_MS = 10_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('../bench-live-results.json', import.meta.url));

interface Result {
  edits: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  /** Browser only: edits redone because the field committed before Enter (not counted). */
  redone?: number;
}

type Outcome = Result | { skipped: string };

const LABELS: Record<string, string> = {
  oneServer: 'node, one server',
  twoServersRedis: 'node, two servers + Redis',
  browserOneServer: 'browser, one server',
  browserTwoServersRedis: 'browser, two servers + Redis',
};

function summarize(times: readonly number[]): Result {
  return {
    edits: times.length,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
  };
}

interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

/** `npm run server` as a child process on a free port; resolves once it listens. */
async function startServer(redisUrl?: string): Promise<ServerProcess> {
  const port = await freePort();
  const url = `ws://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ROOM_HOST: '127.0.0.1',
      ROOM_PORT: String(port),
      ROOM_DB: ':memory:',
      ...(redisUrl ? { REDIS_URL: redisUrl } : { REDIS_URL: '' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`listening on ${url}`)) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then(() => reject(new Error(`room server exited: ${output}`)));
  });
  try {
    await within(30_000, 'the room server to start', ready);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      try {
        await within(20_000, 'the room server to stop', exited);
      } catch {
        child.kill('SIGKILL');
      }
    },
  };
}

/** Resolves when the receiver's map gets `key` (its observer fired with it). */
function arrival(map: Y.Map<unknown>, key: string): Promise<number> {
  return new Promise((resolve) => {
    const observer = (event: Y.YMapEvent<unknown>) => {
      if (!event.keysChanged.has(key)) return;
      map.unobserve(observer);
      resolve(performance.now());
    };
    map.observe(observer);
  });
}

async function measure(senderUrl: string, receiverUrl: string): Promise<Result> {
  const secret = newRoomSecret();
  const room = await roomIdForSecret(secret);
  const sender: Client = connect(senderUrl, room, secret);
  const receiver: Client = connect(receiverUrl, room, secret);
  try {
    await within(15_000, 'both clients to sync', Promise.all([sender.synced, receiver.synced]));
    const times: number[] = [];
    for (let i = 0; i < WARMUP + EDITS; i++) {
      const key = `s${i}`;
      const arrived = arrival(receiver.map, key);
      const start = performance.now();
      sender.doc.transact(() => {
        sender.map.set(key, { name: `Stakeholder ${i}`, role: 'user', x: i * 10, y: 40 });
      });
      const end = await within(EDIT_TIMEOUT_MS, `edit ${i} to arrive`, arrived);
      if (i >= WARMUP) times.push(end - start);
    }
    return summarize(times);
  } finally {
    sender.destroy();
    receiver.destroy();
  }
}

/** The app built and Chromium launched once for both browser runs, or why they are left out. */
interface Browsers {
  run(senderUrl: string, receiverUrl: string): Promise<Outcome>;
  close(): Promise<void>;
}

async function browsers(): Promise<Browsers> {
  if (process.env.BENCH_LIVE_BROWSER === '0') {
    return {
      run: () => Promise.resolve({ skipped: 'BENCH_LIVE_BROWSER=0' }),
      close: async () => {},
    };
  }
  console.error('bench:live: building the app…');
  const app: BuiltApp = await buildApp();
  try {
    const browser = await launch();
    return {
      run: async (senderUrl, receiverUrl) => {
        const { times, redone } = await measureBrowser(browser, app.url, senderUrl, receiverUrl, {
          edits: EDITS,
          warmup: WARMUP,
          editTimeoutMs: EDIT_TIMEOUT_MS,
        });
        return { ...summarize(times), redone };
      },
      close: async () => {
        await browser.close();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

const fmt = (ms: number) => ms.toFixed(2);

async function main(): Promise<void> {
  const node: Record<string, Outcome> = {};
  const browser: Record<string, Outcome> = {};
  const chromium = await browsers();
  try {
    console.error('bench:live: one server…');
    const single = await startServer();
    try {
      node.oneServer = await measure(single.url, single.url);
      console.error('bench:live: one server, browsers…');
      browser.browserOneServer = await chromium.run(single.url, single.url);
    } finally {
      await single.stop();
    }

    const redisBinary = findRedisServer();
    if (!redisBinary) {
      node.twoServersRedis = { skipped: 'redis-server not found' };
      browser.browserTwoServersRedis = { skipped: 'redis-server not found' };
    } else {
      console.error('bench:live: two servers sharing Redis…');
      let redis: RedisProcess | undefined;
      const servers: ServerProcess[] = [];
      try {
        redis = await startRedis(redisBinary);
        const redisUrl = `redis://127.0.0.1:${redis.port}`;
        servers.push(await startServer(redisUrl), await startServer(redisUrl));
        node.twoServersRedis = await measure(servers[0]!.url, servers[1]!.url);
        console.error('bench:live: two servers sharing Redis, browsers…');
        browser.browserTwoServersRedis = await chromium.run(servers[0]!.url, servers[1]!.url);
      } finally {
        await Promise.all(servers.map((server) => server.stop()));
        await redis?.stop();
      }
    }
  } finally {
    await chromium.close();
  }
  const results: Record<string, Outcome> = { ...node, ...browser };

  const rows = Object.entries(results).map(([name, r]) => {
    const label = LABELS[name] ?? name;
    return 'skipped' in r
      ? [label, '-', '-', '-', '-', r.skipped]
      : [label, fmt(r.medianMs), fmt(r.p95Ms), fmt(r.minMs), fmt(r.maxMs), String(r.edits)];
  });
  const head = ['setup', 'median ms', 'p95 ms', 'min ms', 'max ms', 'edits'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(
    'node: Y.Map set → observer in the other provider (performance.now); browser: Enter in laptop A → name on laptop B’s map (Date.now, same clock)',
  );
  for (const [name, r] of Object.entries(results)) {
    if ('redone' in r && r.redone) {
      console.log(`${LABELS[name] ?? name}: ${r.redone} edits committed before Enter, redone`);
    }
  }

  writeFileSync(
    OUT,
    `${JSON.stringify({ node: process.version, at: new Date().toISOString(), ...results }, null, 2)}\n`,
  );
  console.log(`written ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
