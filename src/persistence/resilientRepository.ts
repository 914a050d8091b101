import type { Board } from '../domain/types';
import {
  RevisionConflictError,
  toStorageWriteError,
  type Loaded,
  type BoardMeta,
  type BoardRepository,
  type KeyValueStore,
  type StoredKey,
  type StoredProblem,
  type StoredTemplate,
  type TakenRow,
} from './boardRepository';
import { compareDesc } from './db';
import type { StoredSnapshot } from './snapshotRepository';
import { isLeaseStore } from './lease';
import { MemoryBoardRepository } from './memoryRepository';

type LocalRepository = BoardRepository & KeyValueStore;

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * IndexedDB with a safety net: a write that fails (quota, a closed database) keeps the board in
 * this tab's memory and still reports the error, so the app can warn while nothing the user made
 * disappears — a new board opens, an import shows up, a restored board comes back. A later
 * successful write of the same board moves it back to IndexedDB.
 */
export class ResilientRepository implements BoardRepository, KeyValueStore {
  private readonly overlay = new MemoryBoardRepository();
  /** Boards removed in this tab whose removal IndexedDB refused. */
  private readonly removed = new Set<string>();

  constructor(readonly inner: LocalRepository) {}

  get persistent(): boolean {
    return this.inner.persistent;
  }

  get portfolios() {
    return this.inner.portfolios;
  }

  async list(): Promise<{ boards: BoardMeta[]; problems: StoredProblem[] }> {
    const [stored, kept] = await Promise.all([this.inner.list(), this.overlay.list()]);
    const merged = byId(stored.boards.filter((b) => !this.removed.has(b.id)));
    for (const meta of kept.boards) merged.set(meta.id, meta);
    const boards = [...merged.values()].sort((a, b) => compareDesc(a.updatedAt, b.updatedAt));
    return { boards, problems: [...stored.problems, ...kept.problems] };
  }

  async load(id: string, known?: Loaded): Promise<Loaded | { problem: StoredProblem } | null> {
    if (await this.overlay.exists(id)) return this.overlay.load(id);
    if (this.removed.has(id)) return null;
    return this.inner.load(id, known);
  }

  async save(board: Board, expected?: number): Promise<number> {
    this.removed.delete(board.id);
    let revision: number;
    try {
      revision = await this.inner.save(board, expected);
    } catch (err) {
      if (err instanceof RevisionConflictError) throw err;
      // Kept at the revision it was edited from (that of the stored copy), so that reopening
      // it here and saving once storage is back writes over that copy instead of conflicting.
      const kept = await this.overlay.load(board.id);
      const base = expected ?? (kept && 'board' in kept ? kept.revision : 0);
      await this.overlay.keepAt(board, base);
      throw toStorageWriteError(err);
    }
    await this.overlay.remove(board.id);
    return revision;
  }

  async remove(id: string): Promise<void> {
    await this.overlay.remove(id);
    try {
      await this.inner.remove(id);
    } catch (err) {
      this.removed.add(id);
      throw toStorageWriteError(err);
    }
  }

  async exists(id: string): Promise<boolean> {
    if (await this.overlay.exists(id)) return true;
    return !this.removed.has(id) && (await this.inner.exists(id));
  }

  async raw(id: StoredKey): Promise<unknown> {
    if (typeof id !== 'string') return this.inner.raw(id);
    if (await this.overlay.exists(id)) return this.overlay.raw(id);
    return this.removed.has(id) ? undefined : this.inner.raw(id);
  }

  async takeRow(key: StoredKey): Promise<TakenRow | null> {
    const kept = await this.overlay.takeRow(key);
    try {
      return (await this.inner.takeRow(key)) ?? kept;
    } catch (err) {
      throw toStorageWriteError(err);
    }
  }

  async putRow(taken: TakenRow): Promise<void> {
    try {
      await this.inner.putRow(taken);
    } catch (err) {
      throw toStorageWriteError(err);
    }
  }

  async listTemplates(): Promise<{ templates: StoredTemplate[]; problems: StoredProblem[] }> {
    const [stored, kept] = await Promise.all([
      this.inner.listTemplates(),
      this.overlay.listTemplates(),
    ]);
    const merged = byId(stored.templates);
    for (const t of kept.templates) merged.set(t.id, t);
    const templates = [...merged.values()].sort((a, b) => compareDesc(a.createdAt, b.createdAt));
    return { templates, problems: [...stored.problems, ...kept.problems] };
  }

  async saveTemplate(t: { id: string; name: string; board: Board }): Promise<void> {
    try {
      await this.inner.saveTemplate(t);
    } catch (err) {
      await this.overlay.saveTemplate(t);
      throw toStorageWriteError(err);
    }
  }

  async removeTemplate(id: string): Promise<void> {
    await this.overlay.removeTemplate(id);
    await this.inner.removeTemplate(id);
  }

  keepJournal(board: Board): Promise<void> {
    return this.inner.keepJournal(board);
  }

  readJournal(id: string): Promise<Board | null> {
    return this.inner.readJournal(id);
  }

  clearJournal(id: string): void {
    this.inner.clearJournal(id);
  }

  /** Snapshots kept in this tab when IndexedDB refused them are listed too, newest first. */
  async listSnapshots(
    boardId: string,
  ): Promise<{ snapshots: StoredSnapshot[]; problems: StoredProblem[] }> {
    const [stored, kept] = await Promise.all([
      this.inner.listSnapshots(boardId),
      this.overlay.listSnapshots(boardId),
    ]);
    const merged = byId(stored.snapshots);
    for (const s of kept.snapshots) merged.set(s.id, s);
    const snapshots = [...merged.values()].sort((a, b) => compareDesc(a.createdAt, b.createdAt));
    return { snapshots, problems: [...stored.problems, ...kept.problems] };
  }

  async saveSnapshot(snapshot: StoredSnapshot): Promise<void> {
    try {
      await this.inner.saveSnapshot(snapshot);
    } catch (err) {
      await this.overlay.saveSnapshot(snapshot);
      throw toStorageWriteError(err);
    }
  }

  async removeSnapshot(id: string): Promise<void> {
    await this.overlay.removeSnapshot(id);
    await this.inner.removeSnapshot(id);
  }

  /** Storage that fails cannot keep a lease: this tab then edits (revisions still guard writes). */
  async acquireLease(
    name: string,
    owner: string,
    ttlMs: number,
    replacing?: string,
  ): Promise<boolean> {
    if (!isLeaseStore(this.inner)) return true;
    try {
      return await this.inner.acquireLease(name, owner, ttlMs, replacing);
    } catch {
      return true;
    }
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    if (isLeaseStore(this.inner)) await this.inner.releaseLease(name, owner).catch(() => undefined);
  }

  getValue(key: string): Promise<unknown> {
    return this.inner.getValue(key);
  }

  setValue(key: string, value: unknown): Promise<void> {
    return this.inner.setValue(key, value);
  }
}
