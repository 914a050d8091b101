/** `analyze` for portfolios (docs/domain.md §9): several board files, or one portfolio file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePortfolio, toPortfolioOutput } from '../../src/domain/portfolio';
import { parseBoardText } from '../../src/domain/validate';
import { EXAMPLES_DIR, exampleText } from './builders';

const ROOT = path.resolve(__dirname, '../..');
const TIMEOUT = 30_000;

beforeAll(() => {
  const r = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(0);
}, TIMEOUT);

const dir = mkdtempSync(path.join(tmpdir(), 'ka-portfolio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist-cli/analyze.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEMPLATES = path.join(ROOT, 'templates/zh-CN');
const templateFiles = readdirSync(TEMPLATES)
  .filter((f) => f.endsWith('.board.json'))
  .map((f) => path.join(TEMPLATES, f));

describe('analyze for portfolios', () => {
  it('prints portfolio.expected.json for the shared portfolio file', { timeout: TIMEOUT }, () => {
    const r = analyze(path.join(EXAMPLES_DIR, 'portfolio.portfolio.json'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(exampleText('portfolio.expected.json')));
  });

  it('analyses several board files as a portfolio with no id', { timeout: TIMEOUT }, () => {
    const r = analyze(...templateFiles);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const boards = templateFiles.map((f) => {
      const parsed = parseBoardText(readFileSync(f, 'utf8'));
      if (!parsed.ok) throw new Error(f);
      return parsed.file.board;
    });
    const expected = toPortfolioOutput(analyzePortfolio(boards, { id: null }));
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const out = JSON.parse(r.stdout) as { portfolio: null; samples: unknown[]; weighting: string };
    expect([out.portfolio, out.samples.length, out.weighting]).toEqual([null, 8, 'volume']);
  });

  it('refuses the run when a member is broken, naming its position and title', () => {
    const broken = JSON.parse(readFileSync(templateFiles[1]!, 'utf8')) as {
      board: { title: string; steps: { kind: string }[] };
    };
    broken.board.steps[0]!.kind = 'party';
    const bad = path.join(dir, 'broken.json');
    writeFileSync(bad, JSON.stringify(broken));
    const r = analyze(templateFiles[0]!, bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`sample 2 (“${broken.board.title}”)`);
    expect(r.stderr).toContain('board.steps[0].kind');
  });

  it('refuses a member that is not JSON, naming its position and file', () => {
    const bad = path.join(dir, 'notjson.json');
    writeFileSync(bad, '{ nope');
    const r = analyze(templateFiles[0]!, bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`sample 2 (${bad})`);
  });

  it('refuses a portfolio file with a broken member or duplicate ids', () => {
    const file = JSON.parse(exampleText('portfolio.portfolio.json')) as {
      portfolio: { samples: { board: { id: string; account: { tier: string } } }[] };
    };
    file.portfolio.samples[1]!.board.account.tier = 'huge';
    const bad = path.join(dir, 'bad-portfolio.json');
    writeFileSync(bad, JSON.stringify(file));
    const r = analyze(bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sample 2 \(“.+”\) is not a valid board: board\.account\.tier/);

    file.portfolio.samples[1]!.board.account.tier = 'national';
    file.portfolio.samples[1]!.board.id = file.portfolio.samples[0]!.board.id;
    writeFileSync(bad, JSON.stringify(file));
    const dup = analyze(bad);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('board id "example-crm" of sample 1');
  });
});
