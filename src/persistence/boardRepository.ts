import type { Board } from '../domain/types';
import { toBoardFile } from '../domain/create';
import { loadValidation, validation } from '../domain/validation';
import { keyText } from './safeJson';
import { acquireInDb, releaseInDb } from './lease';
import {
  compareDesc,
  decodeRow,
  isMetaRow,
  metaOf,
  revisionOf,
  toBoardRow,
  type BoardMeta,
  type BoardRow,
  type CanvasDB,
  type StoredKey,
  type StoredProblem,
  type StoredReason,
  type StoredTemplate,
} from './db';
import { deleteTemplate, putTemplate, readTemplates } from './templateRepository';
import { DexiePortfolioStore, type PortfolioStore } from './portfolioRepository';
import { readSnapshots, toSnapshotRow, type StoredSnapshot } from './snapshotRepository';

export type { BoardMeta, StoredKey, StoredProblem, StoredTemplate } from './db';

/** A stored board and the revision it was read at. */
export interface Loaded {
  board: Board;
  revision: number;
  /** The board file version the stored row was migrated from on reading, if it was. */
  migratedFrom?: number;
}

/** A write refused because the stored board is newer than the copy being written. */
export class RevisionConflictError extends Error {
  constructor(
    readonly boardId: string,
    readonly stored: number,
    readonly expected: number,
  ) {
    super(`board ${boardId} is at revision ${stored}, not ${expected}`);
    this.name = 'RevisionConflictError';
  }
}

/** The stored revision a write starts from, refusing when it is not the expected one. */
export function nextRevision(id: string, stored: number | null, expected?: number): number {
  const current = stored ?? 0;
  if (expected !== undefined && stored !== null && current !== expected) {
    throw new RevisionConflictError(id, current, expected);
  }
  return current + 1;
}

/**
 * Whether `known`, read and validated before, is still the stored board `id` at `revision`. A
 * revision is counted by every write, so the same one means the same board; 0 (a row from before
 * revisions, or one whose revision cannot be read) never does.
 */
export function isStill(known: Loaded | undefined, id: string, revision: number): known is Loaded {
  return (
    known !== undefined &&
    known.board.id === id &&
    known.revision > 0 &&
    revision === known.revision
  );
}

/** A row taken out of storage as it was, with its list summary, so it can be put back (undo). */
export interface TakenRow {
  key: StoredKey;
  row: unknown;
  meta?: unknown;
}

export interface BoardRepository {
  /** False for the in-memory fallback: boards are gone when the tab closes. */
  readonly persistent: boolean;
  /** Newest first; corrupt rows are reported and skipped; never throws. */
  list(): Promise<{ boards: BoardMeta[]; problems: StoredProblem[] }>;
  /**
   * The stored board, validated. With `known` (the same board read earlier), returns `known`
   * itself when the stored board is still at its revision, without validating it again.
   */
  load(id: string, known?: Loaded): Promise<Loaded | { problem: StoredProblem } | null>;
  /**
   * Writes the board and its list summary in one transaction and returns the new revision.
   * With `expected`, refuses (RevisionConflictError) when the stored board's revision differs:
   * someone else wrote it since this copy was read.
   */
  save(board: Board, expected?: number): Promise<number>;
  remove(id: string): Promise<void>;
  exists(id: string): Promise<boolean>;
  /** The stored row of a board as it is, unvalidated (undefined when none): for export only. */
  raw(id: StoredKey): Promise<unknown>;
  /** Deletes a stored row as it is (a damaged one), returning it for `putRow`; null when none. */
  takeRow(key: StoredKey): Promise<TakenRow | null>;
  /** Puts back a row taken by `takeRow` (undo of a delete). */
  putRow(taken: TakenRow): Promise<void>;
  listTemplates(): Promise<{ templates: StoredTemplate[]; problems: StoredProblem[] }>;
  saveTemplate(t: { id: string; name: string; board: Board }): Promise<void>;
  removeTemplate(id: string): Promise<void>;
  /**
   * Keeps a durable copy of a board whose last gesture is not saved yet: a single write, issued
   * before this returns, so that a crash right after the gesture still finds the edit (the full
   * save reads the stored revision first and may not get that far). Never throws; the promise
   * resolves once the copy is stored, or could not be (it never rejects).
   */
  keepJournal(board: Board): Promise<void>;
  /** The copy kept by `keepJournal`, validated like any stored board; null when none. Never throws. */
  readJournal(id: string): Promise<Board | null>;
  /** Forgets the copy once the board itself is saved. Never throws. */
  clearJournal(id: string): void;
  /** A board's snapshots, newest first; damaged rows are reported and skipped; never throws. */
  listSnapshots(
    boardId: string,
  ): Promise<{ snapshots: StoredSnapshot[]; problems: StoredProblem[] }>;
  saveSnapshot(snapshot: StoredSnapshot): Promise<void>;
  removeSnapshot(id: string): Promise<void>;
  /** Stored portfolios (sets of client samples, docs/domain.md §9). */
  readonly portfolios: PortfolioStore;
}

/** Where the unsaved copy of a board waits in the key-value table. */
export function journalKey(id: string): string {
  return `unsaved:${id}`;
}

/** A stored unsaved copy as a board: it passes the one validation; a damaged copy is dropped. */
export function journalBoard(id: string, value: unknown): Board | null {
  if (value === undefined || value === null) return null;
  const parsed = validation().parseBoardFile(value);
  return parsed.ok && parsed.file.board.id === id ? parsed.file.board : null;
}

/** Small settings (e.g. whether persistent storage was already requested). */
export interface KeyValueStore {
  getValue(key: string): Promise<unknown>;
  setValue(key: string, value: unknown): Promise<void>;
}

export type StorageWriteErrorKind = 'quota' | 'unavailable' | 'unknown';

/** A failed write, classified so the app can say "disk full" apart from "storage gone". */
export class StorageWriteError extends Error {
  readonly kind: StorageWriteErrorKind;
  constructor(kind: StorageWriteErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageWriteError';
    this.kind = kind;
  }
}

const UNAVAILABLE = new Set([
  'DatabaseClosedError',
  'MissingAPIError',
  'OpenFailedError',
  'InvalidStateError',
  'VersionChangeError',
  'VersionError',
]);

/** Classifies an IndexedDB/Dexie failure; Dexie may wrap the real cause in `.inner` (AbortError). */
export function toStorageWriteError(err: unknown): StorageWriteError {
  if (err instanceof StorageWriteError) return err;
  const message = err instanceof Error ? err.message : String(err);
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError')
      return new StorageWriteError('quota', message, { cause: err });
    if (typeof name === 'string' && UNAVAILABLE.has(name)) {
      return new StorageWriteError('unavailable', message, { cause: err });
    }
    e = (e as { inner?: unknown }).inner;
  }
  return new StorageWriteError('unknown', message, { cause: err });
}

async function writing<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (err instanceof RevisionConflictError) throw err;
    throw toStorageWriteError(err);
  }
}

/** The tables are typed by string ids; IndexedDB itself takes any valid key (a damaged row's). */
const dexieKey = (key: StoredKey) => key as string;

/** The problem of a row whose key is not a string: it can be no board's row. */
function foreignKeyProblem(key: StoredKey, row: unknown): StoredProblem {
  const id = keyText(key);
  const decoded = decodeRow(id, row);
  const reason: StoredReason =
    'problem' in decoded
      ? decoded.problem.reason
      : { code: 'id-mismatch', names: decoded.board.id };
  return { id, key, reason };
}

function readFailure(err: unknown): StoredProblem {
  const detail = err instanceof Error ? err.message : String(err);
  return { id: '', reason: { code: 'read-failed', detail } };
}

/** Boards in IndexedDB through Dexie. Every board read passes `parseBoardFile`. */
export class DexieBoardRepository implements BoardRepository, KeyValueStore {
  readonly persistent = true;
  readonly portfolios: PortfolioStore;

  constructor(readonly db: CanvasDB) {
    this.portfolios = new DexiePortfolioStore(db);
  }

  /**
   * Validates every stored board, so a damaged one is listed as damaged at once, not only when
   * opened; the list shows the small meta rows of the boards that pass (or a summary made from
   * the board when its meta row is missing or damaged).
   */
  async list(): Promise<{ boards: BoardMeta[]; problems: StoredProblem[] }> {
    try {
      // Loaded before the transaction: awaiting anything else inside would end it early.
      await loadValidation();
      return await this.db.transaction('r', this.db.boards, this.db.meta, async () => {
        const [metas, ids] = await Promise.all([
          this.db.meta.toArray() as Promise<unknown[]>,
          this.db.boards.toCollection().primaryKeys(),
        ]);
        const byId = new Map<string, BoardMeta>();
        for (const m of metas) if (isMetaRow(m)) byId.set(m.id, m);
        const boards: BoardMeta[] = [];
        const problems: StoredProblem[] = [];
        for (const id of ids) {
          const row: unknown = await this.db.boards.get(id);
          if (typeof id !== 'string') {
            // A key that is no board id (a Date, a number) names no board: listed as damaged,
            // as text, keeping the key itself for export and delete.
            problems.push(foreignKeyProblem(id, row));
            continue;
          }
          const decoded = decodeRow(id, row);
          if ('board' in decoded) boards.push(byId.get(id) ?? metaOf(decoded.board));
          else problems.push(decoded.problem);
        }
        boards.sort((a, b) => compareDesc(a.updatedAt, b.updatedAt));
        return { boards, problems };
      });
    } catch (err) {
      return { boards: [], problems: [readFailure(err)] };
    }
  }

  /** The stored row as it is, unvalidated: for exporting a damaged board as found. */
  async raw(id: StoredKey): Promise<unknown> {
    return this.db.boards.get(dexieKey(id));
  }

  takeRow(key: StoredKey): Promise<TakenRow | null> {
    return writing(() =>
      this.db.transaction('rw', this.db.boards, this.db.meta, async () => {
        const row: unknown = await this.db.boards.get(dexieKey(key));
        const meta: unknown = await this.db.meta.get(dexieKey(key));
        await this.db.boards.delete(dexieKey(key));
        await this.db.meta.delete(dexieKey(key));
        if (row === undefined) return null;
        return meta === undefined ? { key, row } : { key, row, meta };
      }),
    );
  }

  putRow(taken: TakenRow): Promise<void> {
    return writing<void>(() =>
      this.db.transaction('rw', this.db.boards, this.db.meta, async () => {
        // Rows are keyed by their own `id` (an inbound key), so putting the row back restores it.
        await this.db.boards.put(taken.row as BoardRow);
        if (taken.meta !== undefined) await this.db.meta.put(taken.meta as BoardMeta);
      }),
    );
  }

  async load(id: string, known?: Loaded): Promise<Loaded | { problem: StoredProblem } | null> {
    try {
      // The row is read while the validation's code loads (on a cold open, both are on the
      // way to the first render).
      const reading: Promise<unknown> = this.db.boards.get(id);
      const [row] = await Promise.all([reading, loadValidation()]);
      if (row === undefined) return null;
      return isStill(known, id, revisionOf(row)) ? known : decodeRow(id, row);
    } catch (err) {
      return { problem: { ...readFailure(err), id } };
    }
  }

  save(board: Board, expected?: number): Promise<number> {
    return writing(() =>
      this.db.transaction('rw', this.db.boards, this.db.meta, async () => {
        const row: unknown = await this.db.boards.get(board.id);
        const revision = nextRevision(
          board.id,
          row === undefined ? null : revisionOf(row),
          expected,
        );
        await this.db.boards.put(toBoardRow(board, revision));
        await this.db.meta.put(metaOf(board));
        return revision;
      }),
    );
  }

  remove(id: string): Promise<void> {
    return writing<void>(() =>
      this.db.transaction('rw', this.db.boards, this.db.meta, async () => {
        await this.db.boards.delete(id);
        await this.db.meta.delete(id);
      }),
    );
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.boards.where('id').equals(id).count()) > 0;
  }

  listTemplates(): Promise<{ templates: StoredTemplate[]; problems: StoredProblem[] }> {
    return loadValidation()
      .then(() => readTemplates(this.db))
      .catch((err: unknown) => ({
        templates: [],
        problems: [readFailure(err)],
      }));
  }

  saveTemplate(t: { id: string; name: string; board: Board }): Promise<void> {
    return writing(() => putTemplate(this.db, t, new Date().toISOString()));
  }

  removeTemplate(id: string): Promise<void> {
    return writing(() => deleteTemplate(this.db, id));
  }

  keepJournal(board: Board): Promise<void> {
    const value = { key: journalKey(board.id), value: toBoardFile(board) };
    if (!this.db.isOpen()) {
      // Only before the first read or write: Dexie opens the database first.
      return Promise.resolve(this.db.kv.put(value)).then(
        () => undefined,
        () => undefined,
      );
    }
    try {
      // IndexedDB itself rather than Dexie: the transaction is committed explicitly, right after
      // its one request, so the commit does not wait for the page's busy main thread (the
      // re-render that follows the edit) to see the request succeed first.
      const tx = this.db.backendDB().transaction('kv', 'readwrite');
      const stored = new Promise<void>((resolve) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => resolve();
        tx.onabort = () => resolve();
      });
      tx.objectStore('kv').put(value);
      tx.commit();
      return stored;
    } catch {
      // No copy (storage closed or full): the regular save still follows.
      return Promise.resolve();
    }
  }

  async readJournal(id: string): Promise<Board | null> {
    try {
      await loadValidation();
      return journalBoard(id, (await this.db.kv.get(journalKey(id)))?.value);
    } catch {
      return null;
    }
  }

  clearJournal(id: string): void {
    try {
      this.db.kv.delete(journalKey(id)).catch(() => {});
    } catch {
      // A copy left behind is only used when it is newer than the stored board.
    }
  }

  listSnapshots(
    boardId: string,
  ): Promise<{ snapshots: StoredSnapshot[]; problems: StoredProblem[] }> {
    return loadValidation()
      .then(() => readSnapshots(this.db, boardId))
      .catch((err: unknown) => ({
        snapshots: [],
        problems: [readFailure(err)],
      }));
  }

  saveSnapshot(snapshot: StoredSnapshot): Promise<void> {
    return writing<void>(async () => void (await this.db.snapshots.put(toSnapshotRow(snapshot))));
  }

  removeSnapshot(id: string): Promise<void> {
    return writing(() => this.db.snapshots.delete(id));
  }

  async getValue(key: string): Promise<unknown> {
    return (await this.db.kv.get(key))?.value;
  }

  setValue(key: string, value: unknown): Promise<void> {
    return writing<void>(async () => void (await this.db.kv.put({ key, value })));
  }

  acquireLease(name: string, owner: string, ttlMs: number, replacing?: string): Promise<boolean> {
    return acquireInDb(this.db, name, owner, ttlMs, replacing);
  }

  releaseLease(name: string, owner: string): Promise<void> {
    return releaseInDb(this.db, name, owner);
  }
}
