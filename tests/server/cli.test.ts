import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { newRoomSecret, roomIdForSecret } from '../../src/live/roomId';
import { startRoomServer } from '../../src/server/roomServer';
import { allSent, connect, freePort, within } from '../../support/room-clients';

const dir = mkdtempSync(join(tmpdir(), 'ka-rooms-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('npm run server: listens where the environment says, keeps rooms in ROOM_DB, stops on SIGTERM', async () => {
  const port = await freePort();
  const db = join(dir, 'data', 'rooms.sqlite');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ROOM_HOST: '127.0.0.1', ROOM_PORT: String(port), ROOM_DB: db },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  try {
    const url = `ws://127.0.0.1:${port}`;
    await within(
      30_000,
      'the start line',
      new Promise<void>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(`room server listening on ${url}`)) resolve();
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        void exited.then((code) => reject(new Error(`server exited (${code}): ${output}`)));
      }),
    );

    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    const client = connect(url, room, secret);
    try {
      await within(10_000, 'the client to sync', client.synced);
      client.map.set('s1', { name: 'Buyer' });
      await within(10_000, 'the edit to reach the server', allSent(client));
    } finally {
      client.destroy();
    }

    child.kill('SIGTERM');
    expect(await within(20_000, 'the server to exit', exited)).toBe(0);
    expect(output).not.toContain(secret);

    const again = await startRoomServer({ port: 0, sqlitePath: db, quiet: true });
    const reader = connect(again.url, room, secret);
    try {
      await within(10_000, 'a reader to sync', reader.synced);
      expect(reader.map.get('s1')).toEqual({ name: 'Buyer' });
    } finally {
      reader.destroy();
      await again.stop();
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});
