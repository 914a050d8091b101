import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBoundedFile } from '../../src/cli/readBounded';
import { parseBoardText } from '../../src/domain/validate';
import { exampleText } from './builders';

const dir = mkdtempSync(path.join(tmpdir(), 'ka-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseBoardText and a byte order mark', () => {
  it('reads a board whose text starts with a UTF-8 BOM', () => {
    const result = parseBoardText(`\uFEFF${exampleText('minimal.board.json')}`);
    expect(result.ok).toBe(true);
  });

  it('still refuses a BOM in the middle of the text', () => {
    expect(parseBoardText(` \uFEFF{}`).ok).toBe(false);
  });
});

describe('readBoundedFile', () => {
  it('reads a file up to the limit exactly, decoding its byte order mark away', () => {
    const file = path.join(dir, 'ten.txt');
    writeFileSync(file, '\uFEFF12345678');
    expect(readBoundedFile(file, 11)).toEqual({ ok: true, text: '12345678' });
  });

  it('refuses a file one byte above the limit', () => {
    const file = path.join(dir, 'twelve.txt');
    writeFileSync(file, '123456789012');
    expect(readBoundedFile(file, 11)).toEqual({
      ok: false,
      error: `${file} is larger than the limit of 0.0 MB`,
    });
  });

  it('refuses a character device after reading nothing', () => {
    expect(readBoundedFile('/dev/zero', 11)).toEqual({
      ok: false,
      error: '/dev/zero is not a regular file',
    });
  });

  it('reports a missing file', () => {
    const result = readBoundedFile(path.join(dir, 'none.json'), 11);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^cannot read .*none\.json: ENOENT/);
  });
});
