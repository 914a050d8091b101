import { loadValidation } from '../domain/validation';
import { toBoardFile } from '../domain/create';
import type { Board } from '../domain/types';
import {
  isStill,
  journalBoard,
  journalKey,
  nextRevision,
  type BoardMeta,
  type BoardRepository,
  type KeyValueStore,
  type Loaded,
  type StoredKey,
  type StoredProblem,
  type StoredTemplate,
  type TakenRow,
} from './boardRepository';
import { MemoryPortfolioStore, type PortfolioStore } from './portfolioRepository';
import { decodeSnapshots, toSnapshotRow, type StoredSnapshot } from './snapshotRepository';
import {
  compareDesc,
  decodeRow,
  metaOf,
  ROW_VERSION,
  toBoardRow,
  type BoardRow,
  type SnapshotRow,
  type TemplateRow,
} from './db';

/**
 * Boards kept in this tab only: the fallback when IndexedDB cannot be opened, and a fake for
 * tests. Rows are cloned in and validated out, as with IndexedDB, so callers cannot tell the
 * two apart except by `persistent`.
 */
export class MemoryBoardRepository implements BoardRepository, KeyValueStore {
  readonly persistent = false;
  readonly portfolios: PortfolioStore = new MemoryPortfolioStore();
  private readonly boards = new Map<string, BoardRow>();
  private readonly templates = new Map<string, TemplateRow>();
  private readonly kv = new Map<string, unknown>();
  private readonly snapshots = new Map<string, SnapshotRow>();

  async list(): Promise<{ boards: BoardMeta[]; problems: StoredProblem[] }> {
    await loadValidation();
    const boards: BoardMeta[] = [];
    const problems: StoredProblem[] = [];
    for (const [id, row] of this.boards) {
      const decoded = decodeRow(id, structuredClone(row));
      if ('board' in decoded) boards.push(metaOf(decoded.board));
      else problems.push(decoded.problem);
    }
    boards.sort((a, b) => compareDesc(a.updatedAt, b.updatedAt));
    return { boards, problems };
  }

  async load(id: string, known?: Loaded): Promise<Loaded | { problem: StoredProblem } | null> {
    await loadValidation();
    const row = this.boards.get(id);
    if (!row) return null;
    if (isStill(known, id, row.revision)) return known;
    return decodeRow(id, structuredClone(row));
  }

  async save(board: Board, expected?: number): Promise<number> {
    const row = this.boards.get(board.id);
    const revision = nextRevision(board.id, row ? row.revision : null, expected);
    this.boards.set(board.id, structuredClone(toBoardRow(board, revision)));
    return revision;
  }

  /**
   * Keeps `board` at exactly `revision`: the revision of the stored copy it was edited from, so a
   * board kept here while storage failed is written back over that copy, not seen as a conflict.
   */
  async keepAt(board: Board, revision: number): Promise<void> {
    this.boards.set(board.id, structuredClone(toBoardRow(board, revision)));
  }

  async remove(id: string): Promise<void> {
    this.boards.delete(id);
  }

  async exists(id: string): Promise<boolean> {
    return this.boards.has(id);
  }

  async raw(id: StoredKey): Promise<unknown> {
    return typeof id === 'string' ? structuredClone(this.boards.get(id)) : undefined;
  }

  async takeRow(key: StoredKey): Promise<TakenRow | null> {
    if (typeof key !== 'string') return null;
    const row = this.boards.get(key);
    this.boards.delete(key);
    return row ? { key, row } : null;
  }

  async putRow(taken: TakenRow): Promise<void> {
    if (typeof taken.key === 'string') this.boards.set(taken.key, taken.row as BoardRow);
  }

  async listTemplates(): Promise<{ templates: StoredTemplate[]; problems: StoredProblem[] }> {
    await loadValidation();
    const templates: StoredTemplate[] = [];
    const problems: StoredProblem[] = [];
    for (const [id, value] of this.templates) {
      const row = structuredClone(value);
      const decoded = decodeRow(row.file.board.id, row);
      if ('board' in decoded) {
        templates.push({ id, name: row.name, createdAt: row.createdAt, board: decoded.board });
      } else problems.push({ id, reason: decoded.problem.reason });
    }
    templates.sort((a, b) => compareDesc(a.createdAt, b.createdAt));
    return { templates, problems };
  }

  async saveTemplate(t: { id: string; name: string; board: Board }): Promise<void> {
    const existing = this.templates.get(t.id);
    const row: TemplateRow = {
      id: t.id,
      name: t.name,
      createdAt: existing?.createdAt ?? new Date().toISOString(),
      schemaVersion: ROW_VERSION,
      file: toBoardFile(t.board),
    };
    this.templates.set(t.id, structuredClone(row));
  }

  async removeTemplate(id: string): Promise<void> {
    this.templates.delete(id);
  }

  keepJournal(board: Board): Promise<void> {
    this.kv.set(journalKey(board.id), structuredClone(toBoardFile(board)));
    return Promise.resolve();
  }

  async readJournal(id: string): Promise<Board | null> {
    await loadValidation();
    return journalBoard(id, structuredClone(this.kv.get(journalKey(id))));
  }

  clearJournal(id: string): void {
    this.kv.delete(journalKey(id));
  }

  async listSnapshots(
    boardId: string,
  ): Promise<{ snapshots: StoredSnapshot[]; problems: StoredProblem[] }> {
    await loadValidation();
    const rows = [...this.snapshots.values()].filter((r) => r.boardId === boardId);
    return decodeSnapshots(rows.map((r) => structuredClone(r)));
  }

  async saveSnapshot(snapshot: StoredSnapshot): Promise<void> {
    this.snapshots.set(snapshot.id, structuredClone(toSnapshotRow(snapshot)));
  }

  async removeSnapshot(id: string): Promise<void> {
    this.snapshots.delete(id);
  }

  async getValue(key: string): Promise<unknown> {
    return structuredClone(this.kv.get(key));
  }

  async setValue(key: string, value: unknown): Promise<void> {
    this.kv.set(key, structuredClone(value));
  }
}
