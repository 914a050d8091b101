/**
 * Snapshots: named, dated copies of a board kept beside it in IndexedDB (the `snapshots` table
 * of database version 3), to compare a later workshop with an earlier one.
 */
import { toBoardFile } from '../domain/create';
import type { Board } from '../domain/types';
import { validation } from '../domain/validation';
import { compareDesc, type CanvasDB, type SnapshotRow, type StoredReason } from './db';
import type { StoredProblem } from './db';

/** Layout of a stored snapshot row; the board file inside carries its own format version. */
export const SNAPSHOT_ROW_VERSION = 1;

export interface StoredSnapshot {
  id: string;
  boardId: string;
  name: string;
  createdAt: string;
  board: Board;
}

/** The row stored for a snapshot. */
export function toSnapshotRow(s: StoredSnapshot): SnapshotRow {
  return {
    id: s.id,
    boardId: s.boardId,
    name: s.name,
    createdAt: s.createdAt,
    schemaVersion: SNAPSHOT_ROW_VERSION,
    file: toBoardFile(s.board),
  };
}

type DecodedSnapshot = { snapshot: StoredSnapshot } | { problem: StoredProblem };

/**
 * Reads a stored snapshot row. Rows are untrusted (another app version, a devtools edit): the
 * envelope is checked here and the board passes the same validation as an imported file.
 * Never throws.
 */
export function decodeSnapshotRow(row: unknown): DecodedSnapshot {
  const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
  const id = typeof r.id === 'string' ? r.id : '';
  const problem = (reason: StoredReason): DecodedSnapshot => ({ problem: { id, reason } });
  if (id === '') return problem({ code: 'not-a-board' });
  const { boardId, name, createdAt, schemaVersion } = r;
  if (typeof schemaVersion === 'number' && schemaVersion > SNAPSHOT_ROW_VERSION) {
    return problem({ code: 'newer', version: schemaVersion });
  }
  if (schemaVersion !== SNAPSHOT_ROW_VERSION) return problem({ code: 'unknown-format' });
  if (typeof boardId !== 'string' || typeof name !== 'string' || typeof createdAt !== 'string') {
    return problem({ code: 'snapshot-incomplete' });
  }
  try {
    const parsed = validation().parseBoardFile(r.file);
    if (!parsed.ok) return problem({ code: 'invalid', issues: parsed.issues });
    const board = parsed.file.board;
    if (board.id !== boardId) return problem({ code: 'id-mismatch', names: board.id });
    return { snapshot: { id, boardId, name, createdAt, board } };
  } catch (err) {
    return problem({
      code: 'read-failed',
      detail: err instanceof Error ? err.message : String(err),
    });
  }
}

/** The snapshots of one board, newest first; damaged rows are reported and skipped. */
export async function readSnapshots(
  db: CanvasDB,
  boardId: string,
): Promise<{ snapshots: StoredSnapshot[]; problems: StoredProblem[] }> {
  const rows = (await db.snapshots.where('boardId').equals(boardId).toArray()) as unknown[];
  return decodeSnapshots(rows);
}

/** Decodes rows into snapshots (newest first) and problems. */
export function decodeSnapshots(rows: readonly unknown[]): {
  snapshots: StoredSnapshot[];
  problems: StoredProblem[];
} {
  const snapshots: StoredSnapshot[] = [];
  const problems: StoredProblem[] = [];
  for (const row of rows) {
    const decoded = decodeSnapshotRow(row);
    if ('snapshot' in decoded) snapshots.push(decoded.snapshot);
    else problems.push(decoded.problem);
  }
  snapshots.sort((a, b) => compareDesc(a.createdAt, b.createdAt));
  return { snapshots, problems };
}
