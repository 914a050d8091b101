import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/domain/limits';
import { EXAMPLES_DIR, exampleJson, exampleText } from './builders';

const ROOT = path.resolve(__dirname, '../..');
const TIMEOUT = 30_000;

/** The compiled command is rebuilt from the current source before the tests run. */
beforeAll(() => {
  const r = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}, TIMEOUT);

/** Runs the real, compiled command in a child process with node, from the repo root. */
function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist-cli/analyze.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000, // a command that reads a device endlessly is stopped, and fails the test
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the documented entry, `npm run -s analyze -- …`, exactly as a user types it. */
function npmAnalyze(...args: string[]) {
  const r = spawnSync('npm', ['run', '-s', 'analyze', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'ka-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Raw = ReturnType<typeof exampleJson> & { board: Record<string, unknown> };
/** Writes the minimal example after `edit`, returning the file path. */
function invalidFile(name: string, edit: (file: Raw) => unknown): string {
  const file = exampleJson('minimal.board.json') as Raw;
  const out = edit(file) ?? file;
  const target = path.join(dir, `${name}.json`);
  writeFileSync(target, typeof out === 'string' ? out : JSON.stringify(out));
  return target;
}

const board = (f: Raw) => f.board as unknown as Record<string, Record<string, unknown>[]>;

const INVALID: [string, string, (file: Raw) => unknown][] = [
  ['wrong format', 'format', (f) => ({ ...f, format: 'something-else' })],
  ['newer version', 'version', (f) => ({ ...f, version: 99 })],
  ['missing title', 'board.title', (f) => void Reflect.deleteProperty(f.board, 'title')],
  [
    'unknown tier',
    'board.account.tier',
    (f) => void ((f.board.account as { tier: string }).tier = 'tiny'),
  ],
  ['bad step kind', 'board.steps[1].kind', (f) => void (board(f).steps![1]!.kind = 'party')],
  ['dangling link', 'board.links[1].target', (f) => void (board(f).links![1]!.target = 's9')],
  [
    'influence 7',
    'board.stakeholders[0].influence',
    (f) => void (board(f).stakeholders![0]!.influence = 7),
  ],
  ['no roles', 'board.stakeholders[0].roles', (f) => void (board(f).stakeholders![0]!.roles = [])],
  ['duplicate id', 'board.steps[1].id', (f) => void (board(f).steps![1]!.id = 'a')],
  [
    'unknown owner',
    'board.stakeholders[0].relationshipOwner',
    (f) => void (board(f).stakeholders![0]!.relationshipOwner = 't9'),
  ],
];

describe('analyze command', () => {
  const runners = [
    ['node dist-cli/analyze.mjs', analyze],
    ['npm run -s analyze', npmAnalyze],
  ] as const;
  for (const [runner, run] of runners) {
    for (const name of ['minimal', 'crm-group-sales-management']) {
      it(`${runner}: prints the analysis of ${name} and exits 0`, { timeout: TIMEOUT }, () => {
        const r = run(path.join(EXAMPLES_DIR, `${name}.board.json`));
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const out = JSON.parse(r.stdout) as { flags: { code: string; subject: string | null }[] };
        const expected = JSON.parse(exampleText(`${name}.expected.json`)) as typeof out;
        const set = (list: typeof out.flags) => list.map((f) => `${f.code}@${f.subject}`).sort();
        expect(set(out.flags)).toEqual(set(expected.flags));
        // Stages in order, each stage's flags as a set; everything else exactly.
        const rest = (o: typeof out & { stages?: { flags: string[] }[] }) => ({
          ...o,
          flags: undefined,
          stages: o.stages?.map((s) => ({ ...s, flags: [...s.flags].sort() })),
        });
        expect(rest(out)).toEqual(rest(expected));
      });
    }
  }

  it('writes messages in Chinese with --lang zh-CN', { timeout: TIMEOUT }, () => {
    const r = analyze(path.join(EXAMPLES_DIR, 'minimal.board.json'), '--lang', 'zh-CN');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { flags: { message: string }[] };
    expect(out.flags.every((f) => /[\u4e00-\u9fff]/.test(f.message))).toBe(true);
  });

  for (const [name, jsonPath, edit] of INVALID) {
    it(`refuses a file with ${name}, naming ${jsonPath}`, { timeout: TIMEOUT }, () => {
      const r = analyze(invalidFile(name.replace(/\s/g, '-'), edit));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${jsonPath}:`);
    });
  }

  it(
    'npm run -s analyze refuses an invalid file: exit 2, path on stderr, nothing on stdout',
    {
      timeout: TIMEOUT,
    },
    () => {
      const file = invalidFile('npm-bad-kind', (f) => void (board(f).steps![1]!.kind = 'party'));
      const r = npmAnalyze(file);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(file);
      expect(r.stderr).toContain('board.steps[1].kind:');
    },
  );

  it('refuses text that is not JSON', { timeout: TIMEOUT }, () => {
    const r = analyze(invalidFile('syntax', () => '{ "format": '));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/JSON/);
  });

  it(
    'exits 2 with usage for a missing argument, a missing file or an unknown language',
    {
      timeout: TIMEOUT,
    },
    () => {
      const cases = [
        analyze(),
        analyze(path.join(dir, 'does-not-exist.json')),
        analyze(path.join(EXAMPLES_DIR, 'minimal.board.json'), '--lang', 'fr'),
      ];
      for (const r of cases) {
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain('usage:');
      }
    },
  );

  it('reads a file that starts with a UTF-8 byte order mark, as the app does', () => {
    const file = path.join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${exampleText('minimal.board.json')}`);
    const r = analyze(file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('stages');
  });

  it('refuses a device such as /dev/zero without reading it', { timeout: TIMEOUT }, () => {
    const r = analyze('/dev/zero');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/dev/zero is not a regular file');
  });

  it('refuses a directory as not a regular file', () => {
    const r = analyze(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir} is not a regular file`);
  });

  it('refuses a file above the import limit by its size', { timeout: TIMEOUT }, () => {
    const file = path.join(dir, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, MAX_IMPORT_BYTES + 1); // sparse: no bytes written to disk
    const r = analyze(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file} is larger than the limit of 10.0 MB`);
  });
});
