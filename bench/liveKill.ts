/**
 * `npx tsx bench/liveKill.ts`: the kill table of issue 27. A client edits a room every 20 ms;
 * the room server process (as `npm run server` runs it, on a SQLite file) gets SIGKILL after
 * 1.5 / 5 / 9 / 19.5 s; it starts again on the same file and a new client counts the edits the
 * server had confirmed before the kill that it no longer holds. Prints a table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killDuringEdits, type KillResult } from '../support/server-process';

const TIMES = (process.env.KILL_AFTER ?? '1.5,5,9,19.5').split(',').map(Number);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ka-rooms-kill-'));
  const rows: KillResult[] = [];
  try {
    for (const seconds of TIMES) {
      console.error(`bench: SIGKILL after ${seconds} s of edits…`);
      rows.push(await killDuringEdits(join(dir, 'rooms.sqlite'), seconds));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('kill after s  edits made  confirmed  lost');
  console.log('------------  ----------  ---------  ----');
  for (const r of rows) {
    console.log(
      `${String(r.seconds).padEnd(12)}  ${String(r.made).padEnd(10)}  ${String(r.confirmed).padEnd(9)}  ${r.lost}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
