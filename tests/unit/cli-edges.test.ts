/**
 * The `analyze` command at the edges: ids named like Object.prototype members, a named pipe with
 * no writer, huge echoed values, a huge sales plan, UTF-16 files and over-limit departments.
 * Runs the command compiled from the current source (into a temporary directory of its own).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_LIMITS } from '../../src/domain/limits';
import { exampleJson, exampleText } from './builders';

const ROOT = path.resolve(__dirname, '../..');
const TIMEOUT = 60_000;
const dir = mkdtempSync(path.join(tmpdir(), 'ka-analyze-edges-'));
const bundle = path.join(dir, 'analyze.mjs');

beforeAll(() => {
  const esbuild = path.join(ROOT, 'node_modules/.bin/esbuild');
  const args = ['src/cli/analyze.ts', '--bundle', '--platform=node', '--format=esm'];
  execFileSync(esbuild, [...args, '--minify', `--outfile=${bundle}`, '--log-level=error'], {
    cwd: ROOT,
  });
}, TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyze(file: string) {
  const r = spawnSync(process.execPath, [bundle, file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000, // a command that waits on a pipe forever is stopped, and fails the test
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Raw = { format: string; version: number; board: Record<string, unknown> };

function write(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

/** The minimal example with its first step renamed to `id` everywhere. */
function renamedStep(id: string): string {
  const text = exampleText('minimal.board.json');
  return text.replaceAll('"a"', JSON.stringify(id));
}

describe('analyze command at the edges', () => {
  it.each(['toString', 'valueOf', 'hasOwnProperty'])(
    'analyses a board whose step is named %s',
    { timeout: TIMEOUT },
    (id) => {
      const r = analyze(write(`${id}.json`, renamedStep(id)));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { stages: { stepId: string }[] };
      expect(out.stages.map((s) => s.stepId)).toContain(id);
    },
  );

  it('refuses a named pipe with no writer instead of waiting', { timeout: TIMEOUT }, () => {
    const fifo = path.join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const r = analyze(fifo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${fifo} is not a regular file`);
  });

  it('echoes a 100,000-character key cut to about 80 characters', { timeout: TIMEOUT }, () => {
    const file = exampleJson('minimal.board.json') as unknown as Raw;
    const key = 'k'.repeat(100_000);
    file.board.sales = { [key]: {} };
    file.board.steps = [{ ...(file.board.steps as object[])[0], id: key }];
    const r = analyze(write('long-key.json', JSON.stringify(file)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.length).toBeLessThan(2_000);
    for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThan(300);
    expect(r.stderr).toContain('k'.repeat(70));
  });

  it('refuses 300,000 sales keys by their count', { timeout: TIMEOUT }, () => {
    const file = exampleJson('minimal.board.json') as unknown as Raw;
    const sales: Record<string, object> = {};
    for (let i = 0; i < 300_000; i++) sales[`p${i}`] = {};
    file.board.sales = sales;
    const r = analyze(write('many-stages.json', JSON.stringify(file)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('board.sales');
    expect(r.stderr).toContain(`at most ${BOARD_LIMITS.steps}`);
    expect(r.stderr).not.toMatch(/call stack/i);
  });

  it.each([
    ['UTF-16 LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16 BE', 'utf16be', [0xfe, 0xff]],
  ] as const)('reads a %s file with a byte order mark, as the app does', (_, kind, bom) => {
    const text = exampleText('minimal.board.json');
    const le = Buffer.from(text, 'utf16le');
    const body = kind === 'utf16le' ? le : Buffer.from(le).swap16();
    const r = analyze(write(`${kind}.json`, Buffer.concat([Buffer.from(bom), body])));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('names departments, not groups, when there are too many', { timeout: TIMEOUT }, () => {
    const file = exampleJson('minimal.board.json') as unknown as Raw;
    const max = BOARD_LIMITS.groups;
    file.board.groups = Array.from({ length: max + 1 }, (_, i) => ({
      id: `g${i}`,
      label: `D${i}`,
      position: { x: 0, y: 0 },
      size: { width: 10, height: 10 },
    }));
    const r = analyze(write('departments.json', JSON.stringify(file)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${max + 1} departments; a board can have at most ${max} departments`,
    );
    expect(r.stderr).not.toMatch(/\d groups/);
  });
});
