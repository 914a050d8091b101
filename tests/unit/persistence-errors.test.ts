import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DexieBoardRepository,
  StorageWriteError,
  toStorageWriteError,
} from '../../src/persistence/boardRepository';
import { CanvasDB } from '../../src/persistence/db';
import { makeBoard } from './builders';

const quota = (): DOMException => new DOMException('disk full', 'QuotaExceededError');

let db: CanvasDB;
afterEach(() => db?.close());

function freshRepo(): DexieBoardRepository {
  db = new CanvasDB({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'errors' });
  return new DexieBoardRepository(db);
}

describe('toStorageWriteError', () => {
  it('finds a quota error wrapped as AbortError.inner', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quota());
    const err = toStorageWriteError(wrapped);
    expect(err).toBeInstanceOf(StorageWriteError);
    expect(err.kind).toBe('quota');
    expect(err.cause).toBe(wrapped);
  });

  it('classifies a bare quota error, a closed database and anything else', () => {
    expect(toStorageWriteError(quota()).kind).toBe('quota');
    expect(toStorageWriteError(new Dexie.DatabaseClosedError()).kind).toBe('unavailable');
    expect(toStorageWriteError(new Dexie.MissingAPIError()).kind).toBe('unavailable');
    expect(toStorageWriteError(new TypeError('boom')).kind).toBe('unknown');
    expect(toStorageWriteError('text').kind).toBe('unknown');
  });
});

describe('write failures', () => {
  it('a quota failure inside a save transaction becomes StorageWriteError "quota"', async () => {
    const repo = freshRepo();
    // A DBCore middleware that fails every write the way a full disk does.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(quota()) }),
      }),
    });
    const saving = repo.save(makeBoard());
    await expect(saving).rejects.toBeInstanceOf(StorageWriteError);
    await expect(saving).rejects.toMatchObject({ kind: 'quota' });
    expect(await repo.exists('board-1')).toBe(false);
  });

  it('an AbortError carrying a quota error becomes kind "quota"', async () => {
    const repo = freshRepo();
    vi.spyOn(db, 'transaction').mockRejectedValue(
      new Dexie.AbortError('Transaction aborted', quota()),
    );
    await expect(repo.save(makeBoard())).rejects.toMatchObject({
      name: 'StorageWriteError',
      kind: 'quota',
    });
  });

  it('writes to a closed database fail as "unavailable"', async () => {
    const repo = freshRepo();
    await repo.save(makeBoard());
    db.close();
    await expect(repo.save(makeBoard())).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(repo.remove('board-1')).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(
      repo.saveTemplate({ id: 't', name: 'T', board: makeBoard() }),
    ).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
