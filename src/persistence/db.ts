import { Dexie, type Table } from 'dexie';
import { TIERS, type Board, type BoardFile, type Thresholds, type Tier } from '../domain/types';
import { toBoardFile } from '../domain/create';
import { migrate } from '../domain/migrations';
import type { ValidationIssue } from '../domain/issues';
import { validation } from '../domain/validation';

// The stored shapes the repositories share; here, below them all, so none imports another's.

export interface BoardMeta {
  id: string;
  title: string;
  accountName: string;
  tier: Tier;
  updatedAt: string;
  stakeholderCount: number;
  stepCount: number;
}

/** The key of a stored row: a board id, or anything IndexedDB takes as a key (a damaged row). */
export type StoredKey = IDBValidKey;

/**
 * A stored row that could not be read and was skipped. `id` is '' when the whole store failed;
 * for a row whose key is not a string (a Date, a number), `id` is that key as text and `key` the
 * key itself, which export and delete use.
 */
export interface StoredProblem {
  id: string;
  reason: StoredReason;
  key?: StoredKey;
}

/** A board kept as a template. */
export interface StoredTemplate {
  id: string;
  name: string;
  board: Board;
  createdAt: string;
}

export interface StoredPortfolio {
  id: string;
  title: string;
  thresholds?: Thresholds;
  /** The member boards in sample order, or every stored board. */
  boardIds: string[] | 'all';
  createdAt: string;
  updatedAt: string;
}

/** The row stored for a portfolio. */
export interface PortfolioRow extends StoredPortfolio {
  schemaVersion: number;
}

/** Name of the app's IndexedDB database. */
const DEFAULT_DB_NAME = 'ka-buying-canvas';

/**
 * Layout of a stored row (envelope around the board file). The board file inside carries its
 * own format version, which `parseBoardFile` migrates; this one changes only with the row shape.
 */
export const ROW_VERSION = 1;

/**
 * Layout of a stored board row. 2 added `revision`, the count of writes of the board, compared
 * before every write so that no tab writes over a newer board; a row of version 1 reads as
 * revision 0 (`migrateRow`). Template rows stay at `ROW_VERSION`.
 */
export const BOARD_ROW_VERSION = 2;

/** A board as stored: the export envelope, so a row is readable by the same validation as a file. */
export interface BoardRow {
  id: string;
  schemaVersion: number;
  /** Bumped by every write of this board. */
  revision: number;
  file: BoardFile;
}

/** The small per-board summary the board list reads instead of whole boards. */
export type MetaRow = BoardMeta;

/** A user's own template: a board file plus the name shown in the gallery. */
export interface TemplateRow {
  id: string;
  name: string;
  createdAt: string;
  schemaVersion: number;
  file: BoardFile;
}

/** A named, dated copy of a board taken at the end of a workshop (kept beside the board). */
export interface SnapshotRow {
  id: string;
  boardId: string;
  name: string;
  createdAt: string;
  schemaVersion: number;
  file: BoardFile;
}

export interface KvRow {
  key: string;
  value: unknown;
}

export interface CanvasDBOptions {
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Called after another tab asked to upgrade or delete the database and this one closed. */
  onVersionChange?: () => void;
}

/** The app's Dexie database. Schema changes add a new `version(n)` with a named upgrade. */
export class CanvasDB extends Dexie {
  boards!: Table<BoardRow, string>;
  meta!: Table<MetaRow, string>;
  templates!: Table<TemplateRow, string>;
  kv!: Table<KvRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  portfolios!: Table<PortfolioRow, string>;

  constructor(options: CanvasDBOptions = {}) {
    const deps: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
    if (options.indexedDB) deps.indexedDB = options.indexedDB;
    if (options.IDBKeyRange) deps.IDBKeyRange = options.IDBKeyRange;
    super(options.name ?? DEFAULT_DB_NAME, deps);
    this.version(1).stores({
      boards: 'id',
      meta: 'id, updatedAt',
      templates: 'id, createdAt',
      kv: 'key',
    });
    // Version 3 (2 is left to the row-revision change): board files move to format version 2
    // in place, and snapshots get their own table.
    this.version(3)
      .stores({ snapshots: 'id, boardId, createdAt' })
      .upgrade(async (tx) => {
        for (const name of ['boards', 'templates']) {
          await tx
            .table(name)
            .toCollection()
            .modify((row: { file?: unknown }) => {
              upgradeRowFile(row);
            });
        }
      });
    // Version 4: portfolios (sets of client samples, docs/domain.md §9) get their own table. Nothing
    // else changes, so there is no upgrade step.
    this.version(4).stores({ portfolios: 'id, updatedAt' });
    // An open connection blocks another tab's upgrade: close, and for good. Returning false
    // skips Dexie's default handler, which would reopen on the next query with a stale schema.
    // The app then tells the user to reload.
    this.on('versionchange', () => {
      this.close();
      options.onVersionChange?.();
      return false;
    });
  }
}

/**
 * Named upgrade "board files to format version 2": migrates a stored row's file in place. A row
 * that cannot be migrated is left as it is, so the app reports it as damaged instead of losing it.
 */
export function upgradeRowFile(row: { file?: unknown }): void {
  const migrated = migrate(row.file);
  if (migrated.ok) row.file = migrated.value as BoardFile;
}

/** Wraps a board in the stored envelope. */
export function toBoardRow(board: Board, revision: number): BoardRow {
  return { id: board.id, schemaVersion: BOARD_ROW_VERSION, revision, file: toBoardFile(board) };
}

/**
 * Brings a stored row's envelope to the current layout: version 1 (no revision) becomes
 * version 2 at revision 0. Returns null for a layout it does not know.
 */
export function migrateRow(row: {
  schemaVersion?: unknown;
  revision?: unknown;
}): { revision: number } | null {
  if (row.schemaVersion === ROW_VERSION) return { revision: 0 };
  if (row.schemaVersion !== BOARD_ROW_VERSION) return null;
  const r = row.revision;
  return typeof r === 'number' && Number.isSafeInteger(r) && r >= 0 ? { revision: r } : null;
}

/** The revision of a stored row, 0 for a row without one; never throws. */
export function revisionOf(row: unknown): number {
  if (typeof row !== 'object' || row === null) return 0;
  return migrateRow(row as { schemaVersion?: unknown })?.revision ?? 0;
}

/** The list summary of a board. */
export function metaOf(board: Board): MetaRow {
  return {
    id: board.id,
    title: board.title,
    accountName: board.account.name,
    tier: board.account.tier,
    updatedAt: board.updatedAt,
    stakeholderCount: board.stakeholders.length,
    stepCount: board.steps.length,
  };
}

/** Whether a stored meta row has the expected shape (rows are untrusted). */
export function isMetaRow(row: unknown): row is MetaRow {
  const r = row as Partial<Record<keyof MetaRow, unknown>> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    typeof r.title === 'string' &&
    typeof r.accountName === 'string' &&
    (TIERS as readonly unknown[]).includes(r.tier) &&
    typeof r.updatedAt === 'string' &&
    typeof r.stakeholderCount === 'number' &&
    typeof r.stepCount === 'number'
  );
}

/** String order, newest (largest ISO timestamp) first. */
export function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Why a stored row could not be read: a code and its values; the UI words it. */
export type StoredReason =
  | { code: 'not-a-board' }
  | { code: 'newer'; version: number }
  | { code: 'unknown-format' }
  | { code: 'template-incomplete' }
  | { code: 'snapshot-incomplete' }
  | { code: 'invalid'; issues: ValidationIssue[] }
  | { code: 'id-mismatch'; names: string }
  /** The browser refused the read; `detail` is its own (untranslated) message. */
  | { code: 'read-failed'; detail: string };

export type Decoded =
  | { board: Board; revision: number; migratedFrom?: number }
  | { problem: { id: string; reason: StoredReason } };

/**
 * Reads a stored row (board or template) back into a board. Rows are untrusted: another app
 * version, a devtools edit or a bug may have written them, so they pass the same validation
 * as an imported file. Never throws.
 */
export function decodeRow(id: string, row: unknown): Decoded {
  const problem = (reason: StoredReason): Decoded => ({ problem: { id, reason } });
  if (typeof row !== 'object' || row === null) return problem({ code: 'not-a-board' });
  const { schemaVersion, file } = row as { schemaVersion?: unknown; file?: unknown };
  if (typeof schemaVersion === 'number' && schemaVersion > BOARD_ROW_VERSION) {
    return problem({ code: 'newer', version: schemaVersion });
  }
  const envelope = migrateRow(row as { schemaVersion?: unknown });
  if (!envelope) return problem({ code: 'unknown-format' });
  const parsed = validation().parseBoardFile(file);
  if (!parsed.ok) return problem({ code: 'invalid', issues: parsed.issues });
  if (parsed.file.board.id !== id)
    return problem({ code: 'id-mismatch', names: parsed.file.board.id });
  const { migratedFrom } = parsed;
  return {
    board: parsed.file.board,
    revision: envelope.revision,
    ...(migratedFrom === undefined ? {} : { migratedFrom }),
  };
}
