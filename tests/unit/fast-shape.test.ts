import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastBoard } from '../../src/domain/fastShape';
import { migrate } from '../../src/domain/migrations';
import { boardSchema } from '../../src/domain/schema';
import { bigBoard } from '../../support/big-board';
import { makeRichBoard } from './builders';

type Raw = Record<string, unknown>;

const FIXTURES = join(__dirname, '../fixtures');

/** The raw (migrated, unparsed) boards of every fixture file that holds one. */
function fixtureBoards(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const dir of ['examples', 'format-v1', 'format-v2', 'frozen', 'edges', '.']) {
    for (const f of readdirSync(join(FIXTURES, dir))) {
      if (!f.endsWith('.json')) continue;
      const value: unknown = JSON.parse(readFileSync(join(FIXTURES, dir, f), 'utf8'));
      const m = migrate(value);
      if (m.ok) out.push([`${dir}/${f}`, (m.value as Raw).board]);
    }
  }
  return out;
}

/** Fast path and zod agree: the same value with the same key order, or the fast path defers. */
function expectSame(raw: unknown): 'fast' | 'deferred' {
  const fast = fastBoard(raw);
  const zod = boardSchema.safeParse(raw);
  if (fast === undefined) return 'deferred';
  expect(zod.success, 'the fast path accepted what zod refuses').toBe(true);
  expect(fast).toStrictEqual(zod.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  return 'fast';
}

/** Every path to a value inside `v` (objects and arrays), the root excluded. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== 'object' || v === null) return [];
  const out: (string | number)[][] = [];
  for (const [k, child] of Object.entries(v)) {
    const key = Array.isArray(v) ? Number(k) : k;
    out.push([...at, key], ...paths(child, [...at, key]));
  }
  return out;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  '',
  'x'.repeat(201),
  'x'.repeat(501),
  '2026-02-30',
  0,
  -1,
  1.5,
  6,
  Infinity,
  true,
  [],
  {},
];

describe('fastBoard: the same result as boardSchema, or none', () => {
  it('takes the fast path for every valid fixture board and matches zod', () => {
    const boards = fixtureBoards();
    expect(boards.length).toBeGreaterThan(5);
    for (const [, raw] of boards) {
      if (boardSchema.safeParse(raw).success) expect(expectSame(raw)).toBe('fast');
      else expect(fastBoard(raw)).toBeUndefined();
    }
  });

  it('matches zod on the large bench board and a rich board', () => {
    expect(expectSame(clone(bigBoard(300, 80, 900)))).toBe('fast');
    expect(expectSame(clone(makeRichBoard()))).toBe('fast');
  });

  it('matches zod or defers for every value of a rich board deleted or replaced', () => {
    const base = clone(makeRichBoard()) as unknown as Raw;
    let fast = 0;
    let deferred = 0;
    for (const path of paths(base)) {
      for (const replacement of ['delete', ...REPLACEMENTS]) {
        const raw = clone(base);
        let parent: Raw = raw;
        for (const key of path.slice(0, -1)) parent = parent[key] as Raw;
        const last = path[path.length - 1]!;
        if (replacement === 'delete') {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
        } else parent[last] = replacement;
        if (expectSame(raw) === 'fast') fast++;
        else deferred++;
      }
    }
    expect(fast).toBeGreaterThan(50);
    expect(deferred).toBeGreaterThan(50);
  });

  it('defers on exotic input and keeps unknown keys out', () => {
    const raw = clone(makeRichBoard()) as unknown as Raw;
    expect(fastBoard(new Map())).toBeUndefined();
    expect(fastBoard(Object.assign(Object.create({ id: 'b' }) as Raw, raw))).toBeUndefined();
    const sales = raw.sales as Raw;
    expect(fastBoard({ ...raw, sales: Object.create(sales) as Raw })).toBeUndefined();
    expect(fastBoard({ ...raw, sales: JSON.parse('{"__proto__": {}}') as Raw })).toBeUndefined();
    expect(expectSame({ ...raw, extra: 1, account: { ...(raw.account as Raw), x: 2 } })).toBe(
      'fast',
    );
  });
});
