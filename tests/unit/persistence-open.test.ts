import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DexieBoardRepository } from '../../src/persistence/boardRepository';
import { CanvasDB } from '../../src/persistence/db';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { openStorage, requestPersistence } from '../../src/persistence/openStorage';
import { ResilientRepository } from '../../src/persistence/resilientRepository';
import { makeBoard } from './builders';

const toClose: Dexie[] = [];
afterEach(() => {
  for (const db of toClose.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** The Dexie repository behind what openStorage hands out. */
function dexieOf(repo: unknown): DexieBoardRepository {
  const inner = repo instanceof ResilientRepository ? repo.inner : repo;
  if (!(inner instanceof DexieBoardRepository)) throw new Error('not an IndexedDB repository');
  return inner;
}

function closeLater(repo: unknown): void {
  if (repo instanceof ResilientRepository || repo instanceof DexieBoardRepository) {
    toClose.push(dexieOf(repo).db);
  }
}

describe('openStorage', () => {
  it('opens IndexedDB and keeps boards across reopening', async () => {
    const indexedDB = new IDBFactory();
    const first = await openStorage({ indexedDB, IDBKeyRange, name: 'reopen' });
    closeLater(first.repo);
    expect(first.warning).toBeNull();
    expect(first.repo.persistent).toBe(true);
    await first.repo.save(makeBoard({ id: 'kept' }));
    dexieOf(first.repo).db.close();
    const second = await openStorage({ indexedDB, IDBKeyRange, name: 'reopen' });
    closeLater(second.repo);
    expect(await second.repo.exists('kept')).toBe(true);
  });

  it('falls back to memory when indexedDB.open throws', async () => {
    const open = vi.fn(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const broken = { open } as unknown as IDBFactory;
    const { repo, warning } = await openStorage({ indexedDB: broken, IDBKeyRange });
    expect(open).toHaveBeenCalled();
    expect(warning).toBe('unavailable');
    expect(repo).toBeInstanceOf(MemoryBoardRepository);
    expect(repo.persistent).toBe(false);
    await repo.save(makeBoard({ id: 'mem' }));
    expect(await repo.exists('mem')).toBe(true);
  });

  it('falls back to memory when there is no indexedDB', async () => {
    const { repo, warning } = await openStorage({ indexedDB: undefined });
    expect(warning).toBe('unavailable');
    expect(repo.persistent).toBe(false);
  });

  it('falls back to memory when the open request fails', async () => {
    const failing = {
      open: () => {
        const req = {} as { onerror?: (ev: unknown) => void; error?: DOMException };
        setTimeout(() => {
          req.error = new DOMException('broken', 'UnknownError');
          req.onerror?.({ target: req, preventDefault() {}, stopPropagation() {} });
        }, 0);
        return req;
      },
    } as unknown as IDBFactory;
    const { warning } = await openStorage({ indexedDB: failing, IDBKeyRange });
    expect(warning).toBe('unavailable');
  });

  it('falls back to memory when opening never answers', async () => {
    const silent = { open: () => ({}) } as unknown as IDBFactory;
    const started = Date.now();
    const { repo, warning } = await openStorage({ indexedDB: silent, IDBKeyRange, timeoutMs: 50 });
    expect(warning).toBe('unavailable');
    expect(repo.persistent).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('versionchange', () => {
  it('closes the database when another connection upgrades it, and tells the app', async () => {
    const indexedDB = new IDBFactory();
    const onVersionChange = vi.fn();
    const first = new CanvasDB({ indexedDB, IDBKeyRange, name: 'shared', onVersionChange });
    toClose.push(first);
    const repo = new DexieBoardRepository(first);
    await repo.save(makeBoard());
    expect(first.isOpen()).toBe(true);

    const newer = new Dexie('shared', { indexedDB, IDBKeyRange });
    toClose.push(newer);
    newer.version(2).stores({ boards: 'id', meta: 'id, updatedAt', extra: 'id' });
    await newer.open();

    expect(newer.isOpen()).toBe(true);
    expect(first.isOpen()).toBe(false);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    await expect(repo.save(makeBoard())).rejects.toMatchObject({ kind: 'unavailable' });
  });
});

describe('requestPersistence', () => {
  const makeNav = (answer: boolean) => ({
    storage: { persist: vi.fn(async () => answer), persisted: vi.fn(async () => answer) },
  });

  it('asks the browser once and remembers it asked', async () => {
    const repo = new MemoryBoardRepository();
    const nav = makeNav(true);
    expect(await requestPersistence(nav, repo)).toBe(true);
    expect(await requestPersistence(nav, repo)).toBe(true);
    expect(nav.storage.persist).toHaveBeenCalledTimes(1);
    expect(nav.storage.persisted).toHaveBeenCalledTimes(1);
    expect(await repo.getValue('persistRequested')).toBe(true);
  });

  it('remembers the question in IndexedDB across repositories', async () => {
    const db = new CanvasDB({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'kv' });
    toClose.push(db);
    const nav = makeNav(false);
    expect(await requestPersistence(nav, new DexieBoardRepository(db))).toBe(false);
    await requestPersistence(nav, new DexieBoardRepository(db));
    expect(nav.storage.persist).toHaveBeenCalledTimes(1);
  });

  it('returns null without the API, and never throws', async () => {
    const repo = new MemoryBoardRepository();
    expect(await requestPersistence(undefined, repo)).toBeNull();
    expect(await requestPersistence({}, repo)).toBeNull();
    const throwing = {
      storage: {
        persist: () => Promise.reject(new Error('nope')),
      },
    };
    expect(await requestPersistence(throwing, repo)).toBeNull();
  });
});
