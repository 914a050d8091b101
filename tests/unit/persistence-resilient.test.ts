import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/types';
import { StorageWriteError } from '../../src/persistence/boardRepository';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { ResilientRepository } from '../../src/persistence/resilientRepository';
import { makeBoard } from './builders';

/** Storage that starts refusing writes, as IndexedDB does when the disk is full. */
class FailingStore extends MemoryBoardRepository {
  failing = false;
  private fail(): void {
    if (!this.failing) return;
    const inner = new DOMException('disk full', 'QuotaExceededError');
    throw Object.assign(new Error('AbortError'), { name: 'AbortError', inner });
  }
  override async save(board: Board) {
    this.fail();
    return super.save(board);
  }
  override async remove(id: string) {
    this.fail();
    return super.remove(id);
  }
  override async saveTemplate(t: { id: string; name: string; board: Board }) {
    this.fail();
    return super.saveTemplate(t);
  }
}

function setup() {
  const inner = new FailingStore();
  return { inner, repo: new ResilientRepository(inner) };
}

describe('ResilientRepository', () => {
  it('passes a board read before to storage, and never to a board kept in memory', async () => {
    const { inner, repo } = setup();
    await repo.save(makeBoard({ id: 'b1', title: 'Stored' }));
    const early = await repo.load('b1');
    if (!early || !('board' in early)) throw new Error('not loaded');
    expect(await repo.load('b1', early)).toBe(early);
    // A write that failed keeps the board in memory: that one is read, not the early copy.
    inner.failing = true;
    await repo.save(makeBoard({ id: 'b1', title: 'Kept' }), 1).catch(() => undefined);
    const now = await repo.load('b1', early);
    expect(now).not.toBe(early);
    expect(now && 'board' in now && now.board.title).toBe('Kept');
  });

  it('keeps a board whose write failed in this tab and reports the failure as quota', async () => {
    const { inner, repo } = setup();
    inner.failing = true;
    const error = await repo.save(makeBoard({ id: 'b1', title: 'Kept' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as StorageWriteError).kind).toBe('quota');
    expect(await inner.exists('b1')).toBe(false);
    expect(await repo.exists('b1')).toBe(true);
    const loaded = await repo.load('b1');
    expect(loaded && 'board' in loaded && loaded.board.title).toBe('Kept');
    expect((await repo.list()).boards.map((b) => b.id)).toEqual(['b1']);
  });

  it('moves the board back to storage once a write succeeds', async () => {
    const { inner, repo } = setup();
    inner.failing = true;
    await repo.save(makeBoard({ id: 'b1', title: 'First' })).catch(() => undefined);
    inner.failing = false;
    await repo.save(makeBoard({ id: 'b1', title: 'Second' }));
    const stored = await inner.load('b1');
    expect(stored && 'board' in stored && stored.board.title).toBe('Second');
    expect((await repo.list()).boards).toHaveLength(1);
  });

  it('prefers the newer board kept in memory over the stored one', async () => {
    const { inner, repo } = setup();
    await repo.save(
      makeBoard({ id: 'b1', title: 'Stored', updatedAt: '2026-01-01T00:00:00.000Z' }),
    );
    inner.failing = true;
    await repo
      .save(makeBoard({ id: 'b1', title: 'Edited', updatedAt: '2026-02-01T00:00:00.000Z' }))
      .catch(() => undefined);
    const loaded = await repo.load('b1');
    expect(loaded && 'board' in loaded && loaded.board.title).toBe('Edited');
    expect((await repo.list()).boards.map((b) => b.title)).toEqual(['Edited']);
  });

  it('hides a board whose removal storage refused', async () => {
    const { inner, repo } = setup();
    await repo.save(makeBoard({ id: 'b1' }));
    inner.failing = true;
    await expect(repo.remove('b1')).rejects.toBeInstanceOf(StorageWriteError);
    expect(await repo.exists('b1')).toBe(false);
    expect(await repo.load('b1')).toBeNull();
    expect((await repo.list()).boards).toHaveLength(0);
  });

  it('keeps a template whose write failed', async () => {
    const { inner, repo } = setup();
    inner.failing = true;
    await expect(
      repo.saveTemplate({ id: 't1', name: 'Mine', board: makeBoard({ id: 'b9' }) }),
    ).rejects.toBeInstanceOf(StorageWriteError);
    expect((await repo.listTemplates()).templates.map((t) => t.name)).toEqual(['Mine']);
  });
});
