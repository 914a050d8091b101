/**
 * Version 2 -> 3 (docs/domain.md §4b) on every template, example and frozen file: every stage gains
 * empty `gaps`, nothing else changes, and flags, fit and path are identical before and after.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import { ADD_NOTES_AND_FOLLOW_UPS, ADD_STAGE_GAPS_AND_SEGMENT } from '../../src/domain/migrations';
import { parseBoardFile } from '../../src/domain/validate';
import { EXAMPLES_DIR } from './builders';

const ROOT = path.resolve(__dirname, '../..');
const inDir = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => path.join(dir, f));
const files = [
  ...inDir(path.join(ROOT, 'templates/en')),
  ...inDir(path.join(ROOT, 'templates/zh-CN')),
  ...inDir(EXAMPLES_DIR).filter((f) => f.endsWith('.board.json')),
  ...inDir(path.join(ROOT, 'tests/fixtures/format-v1')),
  ...inDir(path.join(ROOT, 'tests/fixtures/format-v2')),
  ...inDir(path.join(ROOT, 'tests/fixtures/frozen')).filter((f) =>
    path.basename(f).startsWith('file.'),
  ),
];

type Raw = { version: number; board: Record<string, unknown> };

/** The file as version 2 would have it: a version-1 file migrated, a version-3 one stripped. */
function asVersion2(raw: Raw): Raw {
  if (raw.version === 1) return ADD_NOTES_AND_FOLLOW_UPS.up(raw) as Raw;
  if (raw.version === 2) return raw;
  const board = structuredClone(raw.board);
  const account = board.account as Record<string, unknown>;
  delete account.category;
  delete account.purchaseVolume;
  delete account.similarAccounts;
  for (const stage of Object.values(board.sales as Record<string, Record<string, unknown>>)) {
    delete stage.gaps;
  }
  return { ...raw, version: 2, board };
}

function verdictOf(file: unknown) {
  const parsed = parseBoardFile(file);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  const a = analyzeBoard(parsed.file.board);
  return {
    flags: a.flags.map((f) => [f.code, f.subject]),
    stages: a.stages.map((s) => [s.stepId, s.flags]),
    fit: a.fit,
    recommendation: a.recommendation,
    blockingPoints: a.blockingPoints,
  };
}

describe('migration 2 -> 3 on every template, example and frozen file', () => {
  it('covers the templates, the examples and the frozen files', () => {
    expect(files.length).toBeGreaterThanOrEqual(16 + 2 + 4 + 3);
  });
  for (const file of files) {
    it(path.relative(ROOT, file), () => {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as Raw;
      const v2 = asVersion2(raw);
      const v3 = ADD_STAGE_GAPS_AND_SEGMENT.up(v2) as Raw;
      expect(v3.version).toBe(3);
      const sales = v3.board.sales as Record<string, { gaps: unknown }> | undefined;
      for (const stage of Object.values(sales ?? {})) expect(stage.gaps).toEqual([]);
      // Nothing but `gaps` is added (keys a version-2 file cannot carry are dropped).
      const withoutGaps = structuredClone(v3.board);
      for (const s of Object.values((withoutGaps.sales ?? {}) as Record<string, object>)) {
        delete (s as { gaps?: unknown }).gaps;
      }
      expect(withoutGaps).toEqual(asVersion2({ ...v2, version: 3 }).board);
      // The same flags, fit and path as the version-2 file.
      expect(verdictOf(v3)).toEqual(verdictOf(v2));
      if (raw.version < 3) expect(verdictOf(v3)).toEqual(verdictOf(raw));
    });
  }
});
