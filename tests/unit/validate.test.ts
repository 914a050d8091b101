import { describe, expect, it } from 'vitest';
import type { IssueCode, ValidationIssue } from '../../src/domain/validate';
import { formatIssues, parseBoardFile, parseBoardText } from '../../src/domain/validate';
import { exampleJson, exampleText, makeFile, makeRichBoard } from './builders';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A valid rich board file as plain JSON, for a test to break. */
function rawFile(): Raw {
  return JSON.parse(JSON.stringify(makeFile(makeRichBoard()))) as Raw;
}

function issuesOf(input: unknown): ValidationIssue[] {
  const result = parseBoardFile(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}

function expectRefused(input: unknown, path: string, code: IssueCode): ValidationIssue {
  const issues = issuesOf(input);
  const found = issues.find((i) => i.path === path && i.code === code);
  expect(found, formatIssues(issues)).toBeDefined();
  expect(found!.message.startsWith(path)).toBe(true);
  return found!;
}

describe('parseBoardFile: the shared examples', () => {
  it.each(['minimal.board.json', 'crm-group-sales-management.board.json'])('accepts %s', (f) => {
    const result = parseBoardText(exampleText(f));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) {
      expect(result.file.board.id).toBe(exampleJson(f).board.id);
      expect(result.migratedFrom).toBe(1);
    }
  });

  it('keeps every item of the CRM example', () => {
    const raw = exampleJson('crm-group-sales-management.board.json');
    const result = parseBoardFile(raw);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    const sales = Object.fromEntries(
      Object.entries(raw.board.sales as Record<string, object>).map(([k, v]) => [
        k,
        { ...v, gaps: [] },
      ]),
    );
    expect(result.file.board).toEqual({ ...raw.board, notes: [], sales });
  });
});

describe('parseBoardFile: broken files are refused with the path and the rule', () => {
  const cases: [string, (f: Raw) => unknown, string, IssueCode][] = [
    ['wrong format', (f) => ((f.format = 'excalidraw'), f), 'format', 'format'],
    ['version 4', (f) => ((f.version = 4), f), 'version', 'version-unsupported'],
    ['missing version', (f) => (delete f.version, f), 'version', 'version-missing'],
    ['string version', (f) => ((f.version = '1'), f), 'version', 'version-unsupported'],
    ['missing title', (f) => (delete f.board.title, f), 'board.title', 'required'],
    ['bad tier', (f) => ((f.board.account.tier = 'huge'), f), 'board.account.tier', 'enum'],
    [
      'influence 6',
      (f) => ((f.board.stakeholders[0].influence = 6), f),
      'board.stakeholders[0].influence',
      'range',
    ],
    [
      'influence 2.5',
      (f) => ((f.board.stakeholders[1].influence = 2.5), f),
      'board.stakeholders[1].influence',
      'type',
    ],
    [
      'empty roles',
      (f) => ((f.board.stakeholders[0].roles = []), f),
      'board.stakeholders[0].roles',
      'too-small',
    ],
    [
      'unknown role',
      (f) => ((f.board.stakeholders[0].roles = ['boss']), f),
      'board.stakeholders[0].roles[0]',
      'enum',
    ],
    ['duplicate id', (f) => ((f.board.steps[1].id = 's1'), f), 'board.steps[1].id', 'duplicate-id'],
    [
      'link target missing',
      (f) => ((f.board.links[1].target = 's9'), f),
      'board.links[1].target',
      'bad-reference',
    ],
    [
      'next from a stakeholder',
      (f) => ((f.board.links[0].source = 's1'), f),
      'board.links[0].source',
      'bad-reference',
    ],
    [
      'link to itself',
      (f) => ((f.board.links[2].target = 's2'), f),
      'board.links[2].target',
      'bad-reference',
    ],
    [
      'unknown groupId',
      (f) => ((f.board.stakeholders[1].groupId = 'g9'), f),
      'board.stakeholders[1].groupId',
      'bad-reference',
    ],
    [
      'owner not in team',
      (f) => ((f.board.stakeholders[0].relationshipOwner = 's2'), f),
      'board.stakeholders[0].relationshipOwner',
      'bad-reference',
    ],
    [
      'sales key not a step',
      (f) => ((f.board.sales.s1 = {}), f),
      'board.sales.s1',
      'bad-reference',
    ],
    [
      'stage owner unknown',
      (f) => ((f.board.sales.p1.owner = 'nobody'), f),
      'board.sales.p1.owner',
      'bad-reference',
    ],
    [
      'supporter unknown',
      (f) => ((f.board.sales.p1.supporters = ['t1', 'x']), f),
      'board.sales.p1.supporters[1]',
      'bad-reference',
    ],
    [
      'split >= partTime',
      (f) => ((f.board.settings = { thresholds: { partTime: 0.5, split: 0.5 } }), f),
      'board.settings.thresholds.split',
      'range',
    ],
    [
      'threshold above 1',
      (f) => ((f.board.settings = { thresholds: { partTime: 1.5, split: 0.5 } }), f),
      'board.settings.thresholds.partTime',
      'range',
    ],
    [
      'zero width',
      (f) => ((f.board.groups[0].size.width = 0), f),
      'board.groups[0].size.width',
      'range',
    ],
    ['bad date', (f) => ((f.board.updatedAt = 'yesterday'), f), 'board.updatedAt', 'date'],
    ['empty id', (f) => ((f.board.team[0].id = ''), f), 'board.team[0].id', 'too-small'],
    [
      'reserved id',
      (f) => ((f.board.groups[0].id = '__proto__'), f),
      'board.groups[0].id',
      'reserved-id',
    ],
    ['array root', () => [], '', 'not-object'],
    ['null root', () => null, '', 'not-object'],
    ['board is a string', (f) => ((f.board = 'x'), f), 'board', 'type'],
  ];
  it.each(cases)('%s', (_name, breakIt, path, code) => {
    expectRefused(breakIt(rawFile()), path, code);
  });

  it('names the link end that is missing as in docs/domain.md', () => {
    const f = rawFile();
    f.board.links[1].target = 's9';
    const found = expectRefused(f, 'board.links[1].target', 'bad-reference');
    expect(found.message).toBe('board.links[1].target: "s9" is not a stakeholder or step');
    expect(found.params).toEqual({ value: 's9', expected: 'stakeholder or step' });
  });

  it('names the second occurrence of a duplicate id and the first', () => {
    const f = rawFile();
    f.board.team[1].id = 'p2';
    const found = expectRefused(f, 'board.team[1].id', 'duplicate-id');
    expect(found.params.first).toBe('board.steps[1].id');
  });

  it('refuses a newer version with a clear message', () => {
    const f = rawFile();
    f.version = 7;
    expect(issuesOf(f)[0]!.message).toBe('version: 7 is newer than this app understands (3)');
  });

  it('reports all shape issues at once, not only the first', () => {
    const f = rawFile();
    f.board.title = 3;
    f.board.stakeholders[0].stance = 'angry';
    f.board.steps[0].kind = 'party';
    const paths = issuesOf(f).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'board.title',
        'board.stakeholders[0].stance',
        'board.steps[0].kind',
      ]),
    );
  });

  it('reports all reference issues at once', () => {
    const f = rawFile();
    f.board.stakeholders[0].groupId = 'nope';
    f.board.links[0].target = 'ghost';
    expect(issuesOf(f).map((i) => i.path)).toEqual([
      'board.stakeholders[0].groupId',
      'board.links[0].target',
    ]);
  });
});

describe('parseBoardText', () => {
  it('refuses text that is not JSON', () => {
    const result = parseBoardText('{"format": "ka-buying-canvas",');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.code).toBe('json-syntax');
  });

  it("names an image or a text that is not JSON, never the parser's complaint", () => {
    const png = parseBoardText('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR');
    expect(png.ok).toBe(false);
    if (!png.ok) {
      expect(png.issues[0]!.code).toBe('binary');
      expect(png.issues[0]!.message).toBe(
        'this is an image or another binary file, not a board file',
      );
    }
    const csv = parseBoardText('Name,Title\nChen Jing,CFO\n');
    expect(csv.ok).toBe(false);
    if (!csv.ok) {
      expect(csv.issues[0]!.code).toBe('not-json');
      expect(csv.issues[0]!.message).not.toMatch(/Unexpected|token|position/);
    }
  });

  it('refuses a JSON array root', () => {
    const result = parseBoardText('[1, 2]');
    expect(result.ok ? null : result.issues[0]!.code).toBe('not-object');
  });
});
