import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, runMigrations } from '../../src/domain/migrations';
import type { MigrationRegistry } from '../../src/domain/migrations';
import { parseBoardFile } from '../../src/domain/validate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exampleJson } from './builders';

/** Frozen old-version files and migration fixtures: never edited, they must load forever. */
function frozen(name: string, dir = 'format-v1'): unknown {
  const file = path.resolve(__dirname, '../fixtures', dir, name);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

type Fixture = { before: unknown; after: unknown };

/**
 * One frozen fixture per migration: `before` at version N, `after` at N + 1.
 * Adding an entry to MIGRATIONS without a fixture here fails the guard test below.
 */
const FIXTURES: Record<number, Fixture> = {
  1: {
    before: frozen('migration-1-to-2.before.json'),
    after: frozen('migration-1-to-2.after.json'),
  },
  2: {
    before: frozen('migration-2-to-3.before.json', 'format-v2'),
    after: frozen('migration-2-to-3.after.json', 'format-v2'),
  },
};

/** A fake two-step registry, 1 -> 2 -> 3, proving the runner mechanism before it is needed. */
const FAKE: MigrationRegistry = {
  1: {
    name: 'rename title to name',
    up(raw) {
      const { title, ...rest } = raw as { title: string };
      return { ...rest, name: title, version: 2 };
    },
  },
  2: {
    name: 'add tags',
    up(raw) {
      return { ...(raw as object), tags: [], version: 3 };
    },
  },
};
const FAKE_FIXTURES: Record<number, Fixture> = {
  1: { before: { version: 1, title: 'A' }, after: { version: 2, name: 'A' } },
  2: { before: { version: 2, name: 'A' }, after: { version: 3, name: 'A', tags: [] } },
};

function expectEveryMigrationNamedAndTested(
  registry: MigrationRegistry,
  fixtures: Record<number, Fixture>,
): number {
  const versions = Object.keys(registry).map(Number);
  for (const v of versions) {
    const migration = registry[v]!;
    expect(migration.name.trim(), `migration ${v} needs a name`).not.toBe('');
    const fixture = fixtures[v];
    expect(fixture, `migration ${v} (${migration.name}) needs a fixture`).toBeDefined();
    expect(migration.up(fixture!.before)).toEqual(fixture!.after);
  }
  return versions.length;
}

describe('migrate (real registry)', () => {
  it('migrates a version 1 file to version 3: empty notes, and no sales stage to mark', () => {
    const raw = exampleJson('minimal.board.json');
    const result = migrate(raw);
    expect(result.ok && result.from).toBe(1);
    const value = (result.ok ? result.value : null) as { version: number; board: object };
    expect(value.version).toBe(3);
    expect(value.board).toEqual({ ...raw.board, notes: [] });
    expect(raw.version).toBe(1);
  });

  it('migrates a version 2 file to version 3 with empty gaps on every stage', () => {
    const raw = frozen('migration-2-to-3.before.json', 'format-v2');
    const result = migrate(raw);
    expect(result).toEqual({
      ok: true,
      value: frozen('migration-2-to-3.after.json', 'format-v2'),
      from: 2,
    });
  });

  it('keeps a hostile "__proto__" sales key a key, for validation to refuse', () => {
    const sales = JSON.parse('{"__proto__": {"actions": []}}') as object;
    const result = migrate({ format: 'ka-buying-canvas', version: 2, board: { sales } });
    const board = (result.ok ? result.value : null) as { board: { sales: object } };
    expect(Object.keys(board.board.sales)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(board.board.sales)).toBe(Object.prototype);
  });

  it('passes a version 3 file through unchanged', () => {
    const raw = frozen('migration-2-to-3.after.json', 'format-v2');
    expect(migrate(raw)).toEqual({ ok: true, value: raw, from: 3 });
  });

  it('does not throw on a version 1 file whose board is not an object', () => {
    const result = migrate({ format: 'ka-buying-canvas', version: 1, board: 7 });
    expect(result).toEqual({
      ok: true,
      value: { format: 'ka-buying-canvas', version: 3, board: 7 },
      from: 1,
    });
  });

  it('refuses a later version clearly', () => {
    const result = migrate({ format: 'ka-buying-canvas', version: 4 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.code).toBe('version-unsupported');
      expect(result.issue.message).toBe('version: 4 is newer than this app understands (3)');
    }
  });

  it.each([
    [undefined, 'version-missing'],
    [1.5, 'version-unsupported'],
    ['1', 'version-unsupported'],
    [0, 'version-unsupported'],
  ])('refuses version %s', (version, code) => {
    const result = migrate({ version });
    expect(result.ok ? null : result.issue.code).toBe(code);
  });

  it('every registered migration has a name and a fixture', () => {
    expect(expectEveryMigrationNamedAndTested(MIGRATIONS, FIXTURES)).toBe(
      Object.keys(MIGRATIONS).length,
    );
  });
});

describe('runMigrations (fake registry)', () => {
  it('applies the chain in order and reports where it started', () => {
    const result = runMigrations({ version: 1, title: 'Board' }, FAKE, 3);
    expect(result).toEqual({ ok: true, value: { version: 3, name: 'Board', tags: [] }, from: 1 });
  });

  it('starts the chain at the file version', () => {
    const result = runMigrations({ version: 2, name: 'Board' }, FAKE, 3);
    expect(result).toEqual({ ok: true, value: { version: 3, name: 'Board', tags: [] }, from: 2 });
  });

  it('refuses a version with a gap in the chain', () => {
    const result = runMigrations({ version: 1 }, { 2: FAKE[2]! }, 3);
    expect(result.ok ? null : result.issue.message).toMatch(/no migration from 1 to 2/);
  });

  it('turns a migration that throws into an issue', () => {
    const broken: MigrationRegistry = {
      1: {
        name: 'explodes',
        up() {
          throw new Error('bad data');
        },
      },
    };
    const result = runMigrations({ version: 1 }, broken, 2);
    expect(result.ok ? null : result.issue.message).toMatch(/"explodes".*bad data/);
  });

  it('every fake migration has a name and a fixture', () => {
    expect(expectEveryMigrationNamedAndTested(FAKE, FAKE_FIXTURES)).toBe(2);
  });
});

describe('parseBoardFile and migrations', () => {
  it('does not mark a current-version file as migrated', () => {
    const result = parseBoardFile(frozen('migration-2-to-3.after.json', 'format-v2'));
    expect(result.ok && result.migratedFrom).toBe(undefined);
    const v2 = parseBoardFile(frozen('migration-1-to-2.after.json'));
    expect(v2.ok && v2.migratedFrom).toBe(2);
  });

  it('marks a version 1 file as migrated from 1', () => {
    const result = parseBoardFile(exampleJson('minimal.board.json'));
    expect(result.ok && result.migratedFrom).toBe(1);
  });

  it.each(['minimal.v1.board.json', 'crm.v1.board.json'])('loads frozen %s', (name) => {
    const result = parseBoardFile(frozen(name));
    expect(result.ok).toBe(true);
    expect(result.ok && result.file.version).toBe(3);
    expect(result.ok && result.file.board.notes).toEqual([]);
  });
});
