import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardJson } from '../../src/files/download';
import { parseBoardFile, parseBoardText } from '../../src/domain/validate';
import type { Board } from '../../src/domain/types';
import { EXAMPLES_DIR } from './builders';

const TEMPLATES = path.resolve(__dirname, '../../templates');

function importText(text: string): Board {
  const result = parseBoardText(text);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.file.board;
}

const cases: [string, string][] = [
  ...['zh-CN', 'en'].flatMap((lang) =>
    readdirSync(path.join(TEMPLATES, lang))
      .filter((f) => f.endsWith('.board.json'))
      .map((f): [string, string] => [`${lang}/${f}`, path.join(TEMPLATES, lang, f)]),
  ),
  ...readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.board.json'))
    .map((f): [string, string] => [`example ${f}`, path.join(EXAMPLES_DIR, f)]),
];

describe('import → export → import', () => {
  it('covers all eight templates in both languages and both shared examples', () => {
    expect(cases.length).toBe(18);
  });

  it.each(cases)('%s comes back identical', (_name, file) => {
    const imported = importText(readFileSync(file, 'utf8'));
    const exported = boardJson(imported);
    const again = parseBoardFile(JSON.parse(exported));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.file.board).toStrictEqual(imported);
    // Exporting the re-imported board gives byte-identical text, so files do not drift.
    expect(boardJson(again.file.board)).toBe(exported);
  });

  it('pretty-prints the export with the file envelope', () => {
    const imported = importText(readFileSync(cases[0]![1], 'utf8'));
    const text = boardJson(imported);
    expect(text.startsWith('{\n  "format": "ka-buying-canvas",\n  "version": 3,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
