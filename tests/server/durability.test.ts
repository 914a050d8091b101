import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killDuringEdits } from '../../support/server-process';

describe('a SIGKILL of the room server process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ka-rooms-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses no edit the server had confirmed, early in a burst and after a compaction', async () => {
    const dbPath = join(dir, 'rooms.sqlite');
    // 1.5 s: before anything was compacted; 10.5 s: just after the first compaction (stores
    // are at most 10 s apart while someone edits).
    for (const seconds of [1.5, 10.5]) {
      const result = await killDuringEdits(dbPath, seconds);
      expect(result.confirmed, `edits confirmed after ${seconds} s`).toBeGreaterThan(20);
      expect(result).toMatchObject({ seconds, lost: 0 });
    }
  }, 90_000);
});
