/** Version 1 -> 2 on every version-1 example and frozen file: analyze gives identical results. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBoard, toAnalyzeOutput } from '../../src/domain/analyze';
import { ADD_NOTES_AND_FOLLOW_UPS } from '../../src/domain/migrations';
import { parseBoardText } from '../../src/domain/validate';
import { EXAMPLES_DIR } from './builders';

const ROOT = path.resolve(__dirname, '../..');
const TEMPLATES = path.join(ROOT, 'templates');
const V1 = path.join(ROOT, 'tests/fixtures/format-v1');
const files = [
  ...['en', 'zh-CN'].flatMap((lang) =>
    readdirSync(path.join(TEMPLATES, lang)).map((f) => path.join(TEMPLATES, lang, f)),
  ),
  ...readdirSync(EXAMPLES_DIR).map((f) => path.join(EXAMPLES_DIR, f)),
  ...readdirSync(V1).map((f) => path.join(V1, f)),
]
  .filter((f) => f.endsWith('.board.json'))
  // Templates moved on to version 3 (with account segments); migration-v3.test covers them.
  .filter((f) => (JSON.parse(readFileSync(f, 'utf8')) as { version: number }).version === 1);

function analyzeText(text: string, lang: 'en' | 'zh-CN') {
  const parsed = parseBoardText(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return toAnalyzeOutput(analyzeBoard(parsed.file.board), lang);
}

describe('migration 1 -> 2 on every version-1 example and frozen file', () => {
  it('covers the templates, the examples and the frozen files', () => {
    expect(files.length).toBeGreaterThanOrEqual(2 + 2);
  });
  for (const file of files) {
    it(path.relative(ROOT, file), () => {
      const text = readFileSync(file, 'utf8');
      const raw = JSON.parse(text) as { version: number; board: Record<string, unknown> };
      expect(raw.version).toBe(1);
      const migrated = { ok: true as const, value: ADD_NOTES_AND_FOLLOW_UPS.up(raw) };
      const v2 = migrated.value as { version: number; board: Record<string, unknown> };
      expect(v2.version).toBe(2);
      expect(v2.board.notes).toEqual([]);
      // Everything else of the board is what it was.
      expect({ ...v2.board, notes: undefined }).toEqual({ ...raw.board, notes: undefined });
      // The migrated file, written out as a version-2 file, analyses exactly like the original.
      const v2Text = JSON.stringify(v2);
      for (const lang of ['en', 'zh-CN'] as const) {
        expect(analyzeText(v2Text, lang)).toEqual(analyzeText(text, lang));
      }
    });
  }
});
