import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardRepository, KeyValueStore } from '../../src/persistence/boardRepository';
import { DexieBoardRepository, journalKey } from '../../src/persistence/boardRepository';
import { CanvasDB } from '../../src/persistence/db';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { ResilientRepository } from '../../src/persistence/resilientRepository';
import { makeBoard, makeRichBoard } from './builders';

const open: CanvasDB[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function freshDb(): CanvasDB {
  const db = new CanvasDB({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'journal' });
  open.push(db);
  return db;
}

/** An open database, as the app has it: the journal then writes through IndexedDB itself. */
async function openDb(): Promise<CanvasDB> {
  const db = freshDb();
  await db.open();
  expect(db.isOpen()).toBe(true);
  return db;
}

const kinds: Array<[string, () => Promise<BoardRepository & KeyValueStore>]> = [
  ['Dexie (database not open yet)', async () => new DexieBoardRepository(freshDb())],
  ['Dexie', async () => new DexieBoardRepository(await openDb())],
  ['resilient', async () => new ResilientRepository(new DexieBoardRepository(await openDb()))],
  ['memory', async () => new MemoryBoardRepository()],
];

describe.each(kinds)('%s repository: the unsaved-gesture journal', (_kind, makeRepo) => {
  it('keeps a copy that reads back as the same board, apart from the saved board', async () => {
    const repo = await makeRepo();
    const board = makeRichBoard();
    repo.keepJournal(board);
    expect(await repo.readJournal(board.id)).toEqual(board);
    expect(await repo.load(board.id)).toBeNull();
  });

  it('says when the copy is stored: it reads back from that moment', async () => {
    const repo = await makeRepo();
    const board = makeBoard({ id: 'k', title: 'Kept' });
    const stored = repo.keepJournal(board);
    expect(stored).toBeInstanceOf(Promise);
    await expect(stored).resolves.toBeUndefined();
    expect((await repo.readJournal('k'))?.title).toBe('Kept');
  });

  it('keeps only the newest copy of a board and forgets it when cleared', async () => {
    const repo = await makeRepo();
    repo.keepJournal(makeBoard({ id: 'b', title: 'First' }));
    repo.keepJournal(makeBoard({ id: 'b', title: 'Second' }));
    expect((await repo.readJournal('b'))?.title).toBe('Second');
    repo.clearJournal('b');
    expect(await repo.readJournal('b')).toBeNull();
  });

  it('drops a damaged copy, or one naming another board, without throwing', async () => {
    const repo = await makeRepo();
    await repo.setValue(journalKey('x'), { format: 'ka-buying-canvas', version: 2, board: 7 });
    expect(await repo.readJournal('x')).toBeNull();
    repo.keepJournal(makeBoard({ id: 'other' }));
    await repo.setValue(journalKey('y'), await repo.getValue(journalKey('other')));
    expect(await repo.readJournal('y')).toBeNull();
    expect(await repo.readJournal('never')).toBeNull();
  });
});

describe('a copy kept while storage is closed', () => {
  it('is silently not kept: the journal never throws', async () => {
    const db = freshDb();
    const repo = new DexieBoardRepository(db);
    db.close();
    expect(() => repo.keepJournal(makeBoard({ id: 'c' }))).not.toThrow();
    // Nothing was stored, and the promise says so by resolving rather than rejecting.
    await expect(repo.keepJournal(makeBoard({ id: 'c' }))).resolves.toBeUndefined();
    expect(() => repo.clearJournal('c')).not.toThrow();
    expect(await repo.readJournal('c')).toBeNull();
  });
});
