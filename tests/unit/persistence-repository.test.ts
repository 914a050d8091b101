import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardRepository } from '../../src/persistence/boardRepository';
import { DexieBoardRepository } from '../../src/persistence/boardRepository';
import { CanvasDB } from '../../src/persistence/db';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { makeBoard, makeRichBoard, makeStakeholder, makeStep } from './builders';

const open: CanvasDB[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A fresh database per test: a new IDBFactory shares nothing with the others. */
function freshDb(): CanvasDB {
  const db = new CanvasDB({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'test' });
  open.push(db);
  return db;
}

const kinds: Array<[string, () => BoardRepository]> = [
  ['Dexie', () => new DexieBoardRepository(freshDb())],
  ['memory', () => new MemoryBoardRepository()],
];

describe.each(kinds)('%s board repository', (_kind, makeRepo) => {
  it('loads a saved board as it was saved', async () => {
    const repo = makeRepo();
    const board = makeRichBoard();
    await repo.save(board);
    expect(await repo.load(board.id)).toEqual({ board, revision: 1 });
  });

  it('returns null for a board that was never saved', async () => {
    expect(await makeRepo().load('nope')).toBeNull();
  });

  it('replaces a board saved twice under the same id', async () => {
    const repo = makeRepo();
    await repo.save(makeBoard({ id: 'b', title: 'First' }));
    await repo.save(makeBoard({ id: 'b', title: 'Second' }));
    const { boards } = await repo.list();
    expect(boards.map((b) => b.title)).toEqual(['Second']);
    expect(await repo.load('b')).toMatchObject({ board: { title: 'Second' } });
  });

  it('lists summaries newest first', async () => {
    const repo = makeRepo();
    await repo.save(makeBoard({ id: 'old', updatedAt: '2026-01-01T00:00:00.000Z' }));
    await repo.save(makeBoard({ id: 'new', updatedAt: '2026-03-01T00:00:00.000Z' }));
    await repo.save(makeBoard({ id: 'mid', updatedAt: '2026-02-01T00:00:00.000Z' }));
    const { boards, problems } = await repo.list();
    expect(problems).toEqual([]);
    expect(boards.map((b) => b.id)).toEqual(['new', 'mid', 'old']);
  });

  it('summarises title, account, tier and counts', async () => {
    const repo = makeRepo();
    const board = makeBoard({
      id: 'sum',
      title: 'Group CRM',
      account: { name: 'Big Bank', tier: 'national' },
      stakeholders: [makeStakeholder({ id: 's1' }), makeStakeholder({ id: 's2' })],
      steps: [makeStep({ id: 'p1' })],
      updatedAt: '2026-05-05T00:00:00.000Z',
    });
    await repo.save(board);
    expect((await repo.list()).boards).toEqual([
      {
        id: 'sum',
        title: 'Group CRM',
        accountName: 'Big Bank',
        tier: 'national',
        updatedAt: '2026-05-05T00:00:00.000Z',
        stakeholderCount: 2,
        stepCount: 1,
      },
    ]);
  });

  it('removes a board and reports existence', async () => {
    const repo = makeRepo();
    await repo.save(makeBoard({ id: 'a' }));
    await repo.save(makeBoard({ id: 'b' }));
    expect(await repo.exists('a')).toBe(true);
    await repo.remove('a');
    expect(await repo.exists('a')).toBe(false);
    expect(await repo.exists('b')).toBe(true);
    expect(await repo.load('a')).toBeNull();
    expect((await repo.list()).boards.map((b) => b.id)).toEqual(['b']);
  });

  it('does not let later changes to a saved object leak into storage', async () => {
    const repo = makeRepo();
    const board = makeBoard({ id: 'm', title: 'Saved' });
    await repo.save(board);
    board.title = 'Mutated after save';
    expect(await repo.load('m')).toMatchObject({ board: { title: 'Saved' } });
  });

  it('saves, lists and removes templates, newest first', async () => {
    const repo = makeRepo();
    await repo.saveTemplate({ id: 't1', name: 'Bank', board: makeRichBoard() });
    await new Promise((r) => setTimeout(r, 5));
    await repo.saveTemplate({ id: 't2', name: 'Retail', board: makeBoard({ id: 'r' }) });
    const first = await repo.listTemplates();
    expect(first.problems).toEqual([]);
    expect(first.templates.map((t) => [t.id, t.name])).toEqual([
      ['t2', 'Retail'],
      ['t1', 'Bank'],
    ]);
    expect(first.templates[1]?.board).toEqual(makeRichBoard());
    expect(Date.parse(first.templates[0]?.createdAt ?? '')).not.toBeNaN();
    await repo.removeTemplate('t2');
    expect((await repo.listTemplates()).templates.map((t) => t.id)).toEqual(['t1']);
  });

  it('keeps a template creation date when the template is saved again', async () => {
    const repo = makeRepo();
    await repo.saveTemplate({ id: 't1', name: 'Bank', board: makeBoard() });
    const before = (await repo.listTemplates()).templates[0]?.createdAt;
    await new Promise((r) => setTimeout(r, 5));
    await repo.saveTemplate({ id: 't1', name: 'Bank v2', board: makeBoard() });
    const after = (await repo.listTemplates()).templates;
    expect(after.map((t) => [t.name, t.createdAt])).toEqual([['Bank v2', before]]);
  });
});

describe('Dexie repository with damaged rows', () => {
  it('reports and skips a garbage board row in list, without throwing', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.save(makeBoard({ id: 'good' }));
    await db.table('boards').put({ id: 'junk', hello: 'world' });
    await db.table('boards').put({
      id: 'bad',
      schemaVersion: 1,
      file: { format: 'ka-buying-canvas', version: 1, board: { id: 'bad', title: 42 } },
    });
    const { boards, problems } = await repo.list();
    expect(boards.map((b) => b.id)).toEqual(['good']);
    expect(problems.map((p) => p.id).sort()).toEqual(['bad', 'junk']);
    const bad = problems.find((p) => p.id === 'bad')?.reason;
    expect(bad?.code === 'invalid' && bad.issues.map((i) => i.path)).toContain('board.title');
  });

  it('returns a problem when loading a damaged row', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.save(makeBoard({ id: 'x' }));
    const row = await db.boards.get('x');
    await db.table('boards').put({ ...row, file: { ...row?.file, board: { id: 'x' } } });
    const result = await repo.load('x');
    expect(result).toMatchObject({ problem: { id: 'x' } });
    const reason = result && 'problem' in result ? result.problem.reason : null;
    expect(reason?.code === 'invalid' && reason.issues[0]?.path).toMatch(/^board\./);
  });

  it('refuses a row written by a newer app version', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.save(makeBoard({ id: 'x' }));
    await db.boards.update('x', { schemaVersion: 99 });
    const result = await repo.load('x');
    expect(result && 'problem' in result ? result.problem.reason : null).toEqual({
      code: 'newer',
      version: 99,
    });
  });

  it('refuses a row whose board names another id than its key', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.save(makeBoard({ id: 'x' }));
    const row = await db.boards.get('x');
    await db.table('boards').put({ ...row, id: 'y' });
    expect(await repo.load('y')).toMatchObject({ problem: { id: 'y' } });
    expect((await repo.list()).problems.map((p) => p.id)).toEqual(['y']);
  });

  it('lists a valid board whose summary row is missing or damaged', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.save(makeBoard({ id: 'a', title: 'A' }));
    await repo.save(makeBoard({ id: 'b', title: 'B' }));
    await db.meta.delete('a');
    await db.table('meta').put({ id: 'b', title: 7 });
    await repo.save(makeBoard({ id: 'c', title: 'C' }));
    await db.meta.update('c', { tier: 'galactic' as never });
    const { boards, problems } = await repo.list();
    expect(problems).toEqual([]);
    expect(boards.map((b) => [b.title, b.tier]).sort()).toEqual([
      ['A', 'regional'],
      ['B', 'regional'],
      ['C', 'regional'],
    ]);
  });

  it('reports and skips a damaged template', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.saveTemplate({ id: 'ok', name: 'Fine', board: makeBoard() });
    await db.table('templates').put({ id: 'junk', name: 'Junk', createdAt: 'x', schemaVersion: 1 });
    await db.table('templates').put({ id: 'noname', createdAt: 'x' });
    const { templates, problems } = await repo.listTemplates();
    expect(templates.map((t) => t.id)).toEqual(['ok']);
    expect(problems.map((p) => p.id).sort()).toEqual(['junk', 'noname']);
  });

  it('list and listTemplates report a closed database instead of throwing', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.save(makeBoard());
    db.close();
    const listed = await repo.list();
    expect(listed.boards).toEqual([]);
    expect(listed.problems).toHaveLength(1);
    expect((await repo.listTemplates()).problems).toHaveLength(1);
    expect(await repo.load('board-1')).toMatchObject({ problem: { id: 'board-1' } });
  });

  it('writes the board and its summary together', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.save(makeBoard({ id: 'a' }));
    expect(await db.meta.get('a')).toMatchObject({ id: 'a', title: 'Test board' });
    await repo.remove('a');
    expect(await db.meta.count()).toBe(0);
  });
});
