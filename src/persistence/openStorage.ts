import { DexieBoardRepository, type BoardRepository, type KeyValueStore } from './boardRepository';
import { CanvasDB } from './db';
import { MemoryBoardRepository } from './memoryRepository';
import { ResilientRepository } from './resilientRepository';

/** What the app gets from storage: boards, templates and a few settings. */
export type LocalRepository = BoardRepository & KeyValueStore;

export interface OpenStorageOptions {
  /** Pass `undefined` explicitly to simulate a browser without IndexedDB. */
  indexedDB?: IDBFactory | undefined;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
  /** How long to wait for IndexedDB (e.g. blocked by an old tab) before falling back [3000]. */
  timeoutMs?: number;
  onVersionChange?: () => void;
}

export interface OpenedStorage {
  repo: LocalRepository;
  /** 'unavailable': boards live in memory only and are lost when the tab closes. */
  warning: 'unavailable' | null;
}

function globalIndexedDB(): IDBFactory | undefined {
  try {
    // Some private modes throw a SecurityError on mere access.
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens IndexedDB through Dexie, or falls back to an in-memory repository with a warning when
 * IndexedDB is missing, refuses to open, throws, or does not answer in time. Never throws.
 */
export async function openStorage(opts: OpenStorageOptions = {}): Promise<OpenedStorage> {
  const fallback: OpenedStorage = { repo: new MemoryBoardRepository(), warning: 'unavailable' };
  const factory = 'indexedDB' in opts ? opts.indexedDB : globalIndexedDB();
  if (!factory) return fallback;
  let db: CanvasDB | undefined;
  try {
    const keyRange = opts.IDBKeyRange ?? globalThis.IDBKeyRange;
    db = new CanvasDB({
      indexedDB: factory,
      ...(keyRange ? { IDBKeyRange: keyRange } : {}),
      ...(opts.name ? { name: opts.name } : {}),
      ...(opts.onVersionChange ? { onVersionChange: opts.onVersionChange } : {}),
    });
    const opening = db.open();
    // A late failure after the timeout must not surface as an unhandled rejection.
    opening.catch(() => undefined);
    await withTimeout(opening, opts.timeoutMs ?? 3000);
    return { repo: new ResilientRepository(new DexieBoardRepository(db)), warning: null };
  } catch {
    // Cancels a still-pending open so a late success does not keep a connection around.
    db?.close();
    return fallback;
  }
}

type NavigatorLike = {
  storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };
};

const PERSIST_KEY = 'persistRequested';

/**
 * Asks the browser once to keep this site's storage (so boards are not evicted under pressure)
 * and remembers that it asked. Returns the browser's answer, whether storage is persisted when
 * it already asked, or null when unknown. Never throws.
 */
export async function requestPersistence(
  nav: NavigatorLike | undefined = globalThis.navigator as NavigatorLike | undefined,
  repo: KeyValueStore,
): Promise<boolean | null> {
  try {
    const storage = nav?.storage;
    if (!storage?.persist) return null;
    if ((await repo.getValue(PERSIST_KEY)) === true) {
      return storage.persisted ? await storage.persisted() : null;
    }
    const granted = await storage.persist();
    await repo.setValue(PERSIST_KEY, true).catch(() => undefined);
    return granted;
  } catch {
    return null;
  }
}
