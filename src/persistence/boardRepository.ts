import type { Board, Tier } from '../domain/types';
import type { StoredReason } from './db';

import {
  compareDesc,
  decodeRow,
  isMetaRow,
  metaOf,
  revisionOf,
  toBoardRow,
  type CanvasDB,
} from './db';
import { deleteTemplate, putTemplate, readTemplates } from './templateRepository';

export interface BoardMeta {
  id: string;
  title: string;
  accountName: string;
  tier: Tier;
  updatedAt: string;
  stakeholderCount: number;
  stepCount: number;
}

/** A stored board and the revision it was read at. */
export interface Loaded {
  board: Board;
  revision: number;
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

/** A stored row that could not be read and was skipped. `id` is '' when the whole store failed. */
export interface StoredProblem {
  id: string;
  reason: StoredReason;
}

export interface StoredTemplate {
  id: string;
  name: string;
  board: Board;
  createdAt: string;
}

export interface BoardRepository {
  /** False for the in-memory fallback: boards are gone when the tab closes. */
  readonly persistent: boolean;
  /** Newest first; corrupt rows are reported and skipped; never throws. */
  list(): Promise<{ boards: BoardMeta[]; problems: StoredProblem[] }>;
  load(id: string): Promise<Loaded | { problem: StoredProblem } | null>;
  /**
   * Writes the board and its list summary in one transaction and returns the new revision.
   * With `expected`, refuses (RevisionConflictError) when the stored board's revision differs:
   * someone else wrote it since this copy was read.
   */
  save(board: Board, expected?: number): Promise<number>;
  remove(id: string): Promise<void>;
  exists(id: string): Promise<boolean>;
  /** The stored row of a board as it is, unvalidated (undefined when none): for export only. */
  raw(id: string): Promise<unknown>;
  listTemplates(): Promise<{ templates: StoredTemplate[]; problems: StoredProblem[] }>;
  saveTemplate(t: { id: string; name: string; board: Board }): Promise<void>;
  removeTemplate(id: string): Promise<void>;
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

function readFailure(err: unknown): StoredProblem {
  const detail = err instanceof Error ? err.message : String(err);
  return { id: '', reason: { code: 'read-failed', detail } };
}

/** Boards in IndexedDB through Dexie. Every board read passes `parseBoardFile`. */
export class DexieBoardRepository implements BoardRepository, KeyValueStore {
  readonly persistent = true;

  constructor(readonly db: CanvasDB) {}

  /**
   * Validates every stored board, so a damaged one is listed as damaged at once, not only when
   * opened; the list shows the small meta rows of the boards that pass (or a summary made from
   * the board when its meta row is missing or damaged).
   */
  async list(): Promise<{ boards: BoardMeta[]; problems: StoredProblem[] }> {
    try {
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
          const decoded = decodeRow(id, await this.db.boards.get(id));
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
  async raw(id: string): Promise<unknown> {
    return this.db.boards.get(id);
  }

  async load(id: string): Promise<Loaded | { problem: StoredProblem } | null> {
    try {
      const row: unknown = await this.db.boards.get(id);
      return row === undefined ? null : decodeRow(id, row);
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
    return readTemplates(this.db).catch((err: unknown) => ({
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

  async getValue(key: string): Promise<unknown> {
    return (await this.db.kv.get(key))?.value;
  }

  setValue(key: string, value: unknown): Promise<void> {
    return writing<void>(async () => void (await this.db.kv.put({ key, value })));
  }
}
