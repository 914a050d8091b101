/** One rule for the bytes of a board file, in the app's import and in the `analyze` command. */
import { describe, expect, it } from 'vitest';
import { checkImportFile } from '../../src/files/import/importBoard';
import { describeIssue } from '../../src/files/import/describeIssue';
import { decodeBoardBytes } from '../../src/domain/decodeText';
import { formatPath } from '../../src/domain/issues';
import { MAX_IMPORT_BYTES, MAX_IMPORT_TEXT } from '../../src/domain/limits';
import { parseBoardText } from '../../src/domain/validate';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { exampleText } from './builders';

const text = exampleText('minimal.board.json');
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) =>
  new Uint8Array([0xfe, 0xff, ...Buffer.from(Buffer.from(s, 'utf16le')).swap16()]);
const utf8bom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(s, 'utf8')]);

describe('decodeBoardBytes', () => {
  it.each([
    ['UTF-8 without a mark', new Uint8Array(Buffer.from(text, 'utf8'))],
    ['UTF-8 with a mark', utf8bom(text)],
    ['UTF-16 LE with a mark', utf16le(text)],
    ['UTF-16 BE with a mark', utf16be(text)],
  ])('decodes %s to the same text', (_, bytes) => {
    expect(decodeBoardBytes(bytes)).toBe(text);
  });

  it('never throws on broken bytes; the validation refuses the text', () => {
    const decoded = decodeBoardBytes(new Uint8Array([0xff, 0xfe, 0x7b]));
    expect(parseBoardText(decoded).ok).toBe(false);
  });
});

describe('the app import reads what the command reads', () => {
  it.each([
    ['UTF-16 LE', utf16le(text)],
    ['UTF-16 BE', utf16be(text)],
  ])('imports a %s file with a byte order mark', async (_, bytes) => {
    const file = new File([bytes], 'board.json', { type: 'application/json' });
    const check = await checkImportFile(file, new MemoryBoardRepository());
    expect(check.kind).toBe('ready');
  });

  it('refuses a file above the import limit by its size, naming the limit of src/domain/limits', async () => {
    const file = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'big.json');
    const check = await checkImportFile(file, new MemoryBoardRepository());
    expect(check.kind).toBe('refused');
    const [issue] = check.kind === 'refused' ? check.issues : [];
    expect(issue?.code).toBe('too-large');
    expect(issue?.params.max).toBe(MAX_IMPORT_BYTES);
    expect(issue?.message).toBe('the file is 10.0 MB; the limit is 10 MB');
    expect(MAX_IMPORT_TEXT).toBe('10 MB');
  });
});

describe('echoed values', () => {
  it('cuts a huge key in a path to about 80 characters', () => {
    const path = formatPath(['board', 'sales', 'x'.repeat(100_000)]);
    expect(path.length).toBeLessThan(100);
    expect(formatPath(['board', 'sales', `a${'b'.repeat(99_999)}`]).length).toBeLessThan(100);
  });

  it('cuts a huge value in a refusal message shown in the app', () => {
    const huge = 'v'.repeat(100_000);
    const t = ((key: string, params: Record<string, unknown>) =>
      `${key} ${JSON.stringify(params)}`) as never;
    const issue = { path: 'board.x', code: 'enum', params: { value: huge }, message: 'm' } as const;
    expect(
      describeIssue({ ...issue, params: { ...issue.params } }, t, 'zh-CN').length,
    ).toBeLessThan(300);
  });
});
