import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DexieBoardRepository,
  RevisionConflictError,
  type BoardRepository,
} from '../../src/persistence/boardRepository';
import { saveOrKeepBoth } from '../../src/persistence/conflict';
import { toBoardFile } from '../../src/domain/create';
import { BOARD_ROW_VERSION, CanvasDB } from '../../src/persistence/db';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { makeBoard } from './builders';

const open: CanvasDB[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function freshDb(): CanvasDB {
  const db = new CanvasDB({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'test' });
  open.push(db);
  return db;
}

const kinds: Array<[string, () => BoardRepository]> = [
  ['Dexie', () => new DexieBoardRepository(freshDb())],
  ['memory', () => new MemoryBoardRepository()],
];

const copyTitle = (title: string) => `${title} (conflict copy)`;

describe.each(kinds)('%s repository: stored revisions', (_kind, makeRepo) => {
  it('counts writes and reads the revision back with the board', async () => {
    const repo = makeRepo();
    expect(await repo.save(makeBoard({ id: 'b1' }))).toBe(1);
    expect(await repo.save(makeBoard({ id: 'b1', title: 'Two' }), 1)).toBe(2);
    expect(await repo.load('b1')).toMatchObject({ revision: 2, board: { title: 'Two' } });
  });

  it('refuses a write whose base is older than the stored board', async () => {
    const repo = makeRepo();
    await repo.save(makeBoard({ id: 'b1', title: 'First' }));
    await repo.save(makeBoard({ id: 'b1', title: 'Other tab' }), 1);
    await expect(repo.save(makeBoard({ id: 'b1', title: 'Stale' }), 1)).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    expect(await repo.load('b1')).toMatchObject({ revision: 2, board: { title: 'Other tab' } });
  });

  it('keeps both on a conflict: the stored board stays, the stale one becomes a copy', async () => {
    const repo = makeRepo();
    await repo.save(makeBoard({ id: 'b1', title: 'Plan' }));
    await repo.save(makeBoard({ id: 'b1', title: 'Plan', offering: 'newer' }), 1);
    const outcome = await saveOrKeepBoth(
      repo,
      makeBoard({ id: 'b1', title: 'Plan', offering: 'stale' }),
      1,
      copyTitle,
    );
    if (!('conflict' in outcome)) throw new Error('expected a conflict');
    const { boards } = await repo.list();
    expect(boards.map((b) => b.title).sort()).toEqual(['Plan', 'Plan (conflict copy)']);
    expect(await repo.load('b1')).toMatchObject({ board: { offering: 'newer' } });
    const copy = await repo.load(outcome.conflict.copy.id);
    expect(copy).toMatchObject({ board: { offering: 'stale' } });
  });
});

describe('stored row migration', () => {
  it('reads a row of layout 1 (no revision) as revision 0 and writes layout 2 over it', async () => {
    const db = freshDb();
    const board = makeBoard({ id: 'old' });
    await db.boards.put({ id: 'old', schemaVersion: 1, file: toBoardFile(board) } as never);
    const repo = new DexieBoardRepository(db);
    expect(await repo.load('old')).toMatchObject({ revision: 0, board: { id: 'old' } });
    expect(await repo.save(board, 0)).toBe(1);
    expect(await db.boards.get('old')).toMatchObject({
      schemaVersion: BOARD_ROW_VERSION,
      revision: 1,
    });
  });

  it('refuses a row of layout 2 whose revision is not a count', async () => {
    const db = freshDb();
    const board = makeBoard({ id: 'bad' });
    await db.boards.put({ id: 'bad', schemaVersion: 2, revision: -1, file: toBoardFile(board) });
    expect(await new DexieBoardRepository(db).load('bad')).toMatchObject({
      problem: { id: 'bad' },
    });
  });
});

describe('damaged stored boards', () => {
  it('are listed as damaged at once, even when their summary row is intact', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.save(makeBoard({ id: 'good' }));
    await repo.save(makeBoard({ id: 'bad' }));
    const row = (await db.boards.get('bad'))!;
    await db.boards.put({
      ...row,
      file: { ...row.file, board: { ...row.file.board, title: 7 } },
    } as never);
    const { boards, problems } = await repo.list();
    expect(boards.map((b) => b.id)).toEqual(['good']);
    expect(problems.map((p) => p.id)).toEqual(['bad']);
    // The raw row is there as found, for export.
    expect(await repo.raw('bad')).toMatchObject({ file: { board: { title: 7 } } });
  });
});

describe.each(kinds)('%s repository: a board read before', (_kind, makeRepo) => {
  it('is returned as it is while the stored board is still at its revision', async () => {
    const repo = makeRepo();
    await repo.save(makeBoard({ id: 'b1', title: 'Read early' }));
    const early = await repo.load('b1');
    if (!early || !('board' in early)) throw new Error('not loaded');
    // The same object: the stored board was not read into a new one, nor validated again.
    expect(await repo.load('b1', early)).toBe(early);
  });

  it('is not used once the board was written since, nor for another board', async () => {
    const repo = makeRepo();
    await repo.save(makeBoard({ id: 'b1', title: 'Read early' }));
    await repo.save(makeBoard({ id: 'b2', title: 'Other' }));
    const early = await repo.load('b1');
    if (!early || !('board' in early)) throw new Error('not loaded');
    expect(await repo.load('b2', early)).toMatchObject({ board: { id: 'b2', title: 'Other' } });
    // Another tab wrote the board after the early read.
    await repo.save(makeBoard({ id: 'b1', title: 'Written since' }), 1);
    const now = await repo.load('b1', early);
    expect(now).not.toBe(early);
    expect(now).toMatchObject({ revision: 2, board: { title: 'Written since' } });
  });

  it('is not used when the board was removed since', async () => {
    const repo = makeRepo();
    await repo.save(makeBoard({ id: 'b1' }));
    const early = await repo.load('b1');
    if (!early || !('board' in early)) throw new Error('not loaded');
    await repo.remove('b1');
    expect(await repo.load('b1', early)).toBeNull();
  });
});

describe('a board read before, at revision 0', () => {
  it('is never taken for the stored one: a row from before revisions is read again', async () => {
    const db = freshDb();
    const board = makeBoard({ id: 'old' });
    await db.boards.put({ id: 'old', schemaVersion: 1, file: toBoardFile(board) } as never);
    const repo = new DexieBoardRepository(db);
    const early = await repo.load('old');
    if (!early || !('board' in early)) throw new Error('not loaded');
    expect(early.revision).toBe(0);
    const again = await repo.load('old', early);
    expect(again).not.toBe(early);
    expect(again).toMatchObject({ revision: 0, board: { id: 'old' } });
  });
});
