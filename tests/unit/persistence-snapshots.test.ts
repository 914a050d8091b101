import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadValidation } from '../../src/domain/validation';
import type { BoardRepository } from '../../src/persistence/boardRepository';
import { DexieBoardRepository } from '../../src/persistence/boardRepository';
import { CanvasDB } from '../../src/persistence/db';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { ResilientRepository } from '../../src/persistence/resilientRepository';
import {
  decodeSnapshotRow,
  toSnapshotRow,
  type StoredSnapshot,
} from '../../src/persistence/snapshotRepository';
import { makeBoard, makeRichBoard } from './builders';

// Stored rows are decoded by the validation the app loads on first use.
beforeAll(() => loadValidation());

const open: CanvasDB[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function freshDb(): CanvasDB {
  const db = new CanvasDB({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'test' });
  open.push(db);
  return db;
}

function snapshot(id: string, createdAt: string, board = makeRichBoard()): StoredSnapshot {
  return { id, boardId: board.id, name: `Workshop ${id}`, createdAt, board };
}

const kinds: Array<[string, () => BoardRepository]> = [
  ['Dexie', () => new DexieBoardRepository(freshDb())],
  ['memory', () => new MemoryBoardRepository()],
  ['resilient', () => new ResilientRepository(new DexieBoardRepository(freshDb()))],
];

describe.each(kinds)('%s snapshots', (_kind, makeRepo) => {
  it('saves, lists newest first per board, and deletes', async () => {
    const repo = makeRepo();
    await repo.saveSnapshot(snapshot('a', '2026-03-01T10:00:00.000Z'));
    await repo.saveSnapshot(snapshot('b', '2026-03-08T10:00:00.000Z'));
    await repo.saveSnapshot(snapshot('c', '2026-03-09T10:00:00.000Z', makeBoard({ id: 'other' })));
    const { snapshots, problems } = await repo.listSnapshots('board-1');
    expect(problems).toEqual([]);
    expect(snapshots.map((s) => s.id)).toEqual(['b', 'a']);
    expect(snapshots[1]).toEqual(snapshot('a', '2026-03-01T10:00:00.000Z'));
    await repo.removeSnapshot('b');
    expect((await repo.listSnapshots('board-1')).snapshots.map((s) => s.id)).toEqual(['a']);
    expect((await repo.listSnapshots('other')).snapshots.map((s) => s.id)).toEqual(['c']);
  });

  it('keeps the board as it was when the snapshot was taken', async () => {
    const repo = makeRepo();
    const board = makeRichBoard();
    await repo.saveSnapshot(snapshot('a', '2026-03-01T10:00:00.000Z', board));
    board.stakeholders[0]!.stance = 'blocker';
    const [kept] = (await repo.listSnapshots('board-1')).snapshots;
    expect(kept?.board.stakeholders[0]!.stance).toBe('unknown');
  });
});

describe('damaged snapshot rows', () => {
  it('are reported and skipped, never thrown', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    await repo.saveSnapshot(snapshot('good', '2026-03-01T10:00:00.000Z'));
    const good = toSnapshotRow(snapshot('x', '2026-03-02T10:00:00.000Z'));
    const broken = structuredClone(good);
    (broken.file.board as { stakeholders: unknown }).stakeholders = 'nobody';
    await db.snapshots.bulkPut([
      { ...broken, id: 'bad-board' },
      { ...good, id: 'newer', schemaVersion: 99 },
      { ...good, id: 'no-name', name: 7 as unknown as string },
      {
        ...good,
        id: 'wrong-board',
        boardId: 'board-1',
        file: { ...good.file, board: makeBoard({ id: 'zzz' }) },
      },
    ]);
    const { snapshots, problems } = await repo.listSnapshots('board-1');
    expect(snapshots.map((s) => s.id)).toEqual(['good']);
    expect(Object.fromEntries(problems.map((p) => [p.id, p.reason]))).toEqual({
      'bad-board': expect.objectContaining({ code: 'invalid' }),
      newer: expect.objectContaining({ code: 'newer' }),
      'no-name': { code: 'snapshot-incomplete' },
      'wrong-board': { code: 'id-mismatch', names: 'zzz' },
    });
  });

  it('decode to a problem whatever the row is', () => {
    for (const row of [
      null,
      3,
      'x',
      [],
      {},
      { id: 'a' },
      { id: 'a', schemaVersion: 1, file: null },
    ]) {
      expect(decodeSnapshotRow(row)).toHaveProperty('problem');
    }
  });
});
