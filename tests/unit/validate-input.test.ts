import { describe, expect, it } from 'vitest';
import { formatIssues, parseBoardFile, parseBoardText } from '../../src/domain/validate';
import type { ValidationIssue } from '../../src/domain/validate';
import { makeFile, makeRichBoard } from './builders';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function rawFile(): Raw {
  return JSON.parse(JSON.stringify(makeFile(makeRichBoard()))) as Raw;
}

function parsedBoard(input: unknown) {
  const result = parseBoardFile(input);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.file.board;
}

function hasOwnKeyDeep(value: unknown, key: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.prototype.hasOwnProperty.call(value, key)) return true;
  return Object.values(value).some((v) => hasOwnKeyDeep(v, key));
}

describe('defaults and unknown keys', () => {
  it('fills the defaults of docs/domain.md §4', () => {
    const f = rawFile();
    delete f.board.groups;
    delete f.board.team;
    delete f.board.sales;
    f.board.links = [];
    const s = f.board.stakeholders[1];
    for (const key of ['influence', 'stance', 'canVeto', 'coverage', 'concerns']) delete s[key];
    delete f.board.stakeholders[0].groupId;
    delete f.board.stakeholders[0].relationshipOwner;
    const board = parsedBoard(f);
    expect(board.groups).toEqual([]);
    expect(board.team).toEqual([]);
    expect(board.sales).toEqual({});
    expect(board.stakeholders[1]).toMatchObject({
      influence: 3,
      stance: 'unknown',
      canVeto: false,
      coverage: 'none',
      concerns: [],
    });
  });

  it('keeps a lane marked "none yet" twice once, and refuses an unknown lane', () => {
    const f = rawFile();
    f.board.sales = { p2: { gaps: ['owner', 'systems', 'owner'] } };
    expect(parsedBoard(f).sales.p2!.gaps).toEqual(['owner', 'systems']);
    f.board.sales = { p2: { gaps: ['enablement'] } };
    const result = parseBoardFile(f);
    expect(result.ok ? '' : result.issues[0]!.path).toBe('board.sales.p2.gaps[0]');
  });

  it('takes the account segment and refuses a negative volume or a fractional count', () => {
    const f = rawFile();
    f.board.account = {
      ...f.board.account,
      category: 'CRM',
      purchaseVolume: 12.5,
      similarAccounts: 3,
    };
    expect(parsedBoard(f).account).toMatchObject({
      category: 'CRM',
      purchaseVolume: 12.5,
      similarAccounts: 3,
    });
    for (const [key, value] of [
      ['purchaseVolume', -1],
      ['similarAccounts', 1.5],
      ['similarAccounts', 0],
    ] as const) {
      const g = rawFile();
      g.board.account = { ...g.board.account, [key]: value };
      const result = parseBoardFile(g);
      expect(result.ok ? '' : result.issues[0]!.path).toBe(`board.account.${key}`);
    }
  });

  it('fills every list of a sales stage', () => {
    const f = rawFile();
    f.board.sales = { p2: { notes: 'n' } };
    expect(parsedBoard(f).sales.p2).toEqual({
      supporters: [],
      actions: [],
      information: [],
      systems: [],
      capabilities: [],
      enablement: [],
      dismissed: [],
      notes: 'n',
      gaps: [],
    });
  });

  it('gives each filled default its own array', () => {
    const f = rawFile();
    delete f.board.stakeholders[0].concerns;
    delete f.board.stakeholders[1].concerns;
    const board = parsedBoard(f);
    expect(board.stakeholders[0]!.concerns).not.toBe(board.stakeholders[1]!.concerns);
  });

  it('drops unknown keys at every level', () => {
    const f = rawFile();
    f.extra = 1;
    f.board.color = 'red';
    f.board.account.vip = true;
    f.board.stakeholders[0].position.z = 4;
    f.board.links[0].weight = 2;
    f.board.sales.p1.secret = 'x';
    const result = parseBoardFile(f);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    expect(result.file).not.toHaveProperty('extra');
    expect(result.file.board).not.toHaveProperty('color');
    expect(result.file.board.account).not.toHaveProperty('vip');
    expect(result.file.board.stakeholders[0]!.position).toEqual({ x: 0, y: 0 });
    expect(result.file.board.links[0]).not.toHaveProperty('weight');
    expect(result.file.board.sales.p1).not.toHaveProperty('secret');
  });

  it('does not change the input object', () => {
    const f = rawFile();
    delete f.board.groups;
    const before = JSON.stringify(f);
    parseBoardFile(f);
    expect(JSON.stringify(f)).toBe(before);
  });
});

describe('hostile input', () => {
  it('lets __proto__, constructor and prototype keys pollute nothing', () => {
    const inject = '{"polluted": true}';
    const text = JSON.stringify(makeFile(makeRichBoard()))
      .replace('"board":{', `"board":{"__proto__":${inject},"constructor":{"prototype":${inject}},`)
      .replace('"position":{', `"position":{"__proto__":${inject},`)
      .replace(/^\{/, `{"__proto__":${inject},`);
    // A `sales` key is a step id, so `__proto__` there is refused (validate-details.test.ts).
    expect(text.match(/__proto__/g)).toHaveLength(3);
    const result = parseBoardText(text);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    expect(({} as Raw).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(hasOwnKeyDeep(result.file, key)).toBe(false);
    }
    expect(Object.getPrototypeOf(result.file.board.sales)).toBe(Object.prototype);
  });

  it('refuses overlong strings and arrays with too-large', () => {
    const f = rawFile();
    f.board.stakeholders[0].name = 'x'.repeat(501);
    // (Concerns have a count limit of their own, checked first: limits.test.ts.)
    f.board.team[0].capabilities = Array.from({ length: 10_001 }, () => 'c');
    const codes = issuesOf(f).map((i) => [i.path, i.code]);
    expect(codes).toContainEqual(['board.stakeholders[0].name', 'too-large']);
    expect(codes).toContainEqual(['board.team[0].capabilities', 'too-large']);
  });

  it('survives deeply nested garbage', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = `{"format":"ka-buying-canvas","version":1,"board":{"title":${deep},"x":${deep}}}`;
    const result = parseBoardText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('board.title');
  });

  it('survives inputs that throw when read', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const result = parseBoardFile(trap);
    expect(result.ok ? null : result.issues[0]!.code).toBe('not-object');
  });

  it('refuses non-finite positions', () => {
    const f = rawFile();
    f.board.steps[0].position.x = Number.POSITIVE_INFINITY;
    expect(issuesOf(f).map((i) => i.path)).toContain('board.steps[0].position.x');
  });
});

describe('helpers', () => {
  it('formatIssues prints one line per issue and a tail', () => {
    const issues = issuesOf({ format: 'x' });
    expect(formatIssues(issues)).toBe(issues[0]!.message);
    const many = Array.from({ length: 5 }, () => issues[0]!);
    expect(formatIssues(many, 2).split('\n')).toEqual([
      issues[0]!.message,
      issues[0]!.message,
      '… and 3 more',
    ]);
  });
});

function issuesOf(input: unknown): ValidationIssue[] {
  const result = parseBoardFile(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}
