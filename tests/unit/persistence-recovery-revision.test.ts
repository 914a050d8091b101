/**
 * Storage fails, an edit, back to the list, reopen, storage recovers, another edit: the edit is
 * written over the stored board, never refused as a conflict (which makes a "(conflict copy)").
 */
import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/types';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { ResilientRepository } from '../../src/persistence/resilientRepository';
import { makeBoard } from './builders';

/** Storage that refuses writes while `failing`, and checks revisions as IndexedDB does. */
class FailingStore extends MemoryBoardRepository {
  failing = false;
  override async save(board: Board, expected?: number) {
    if (this.failing) throw Object.assign(new Error('closed'), { name: 'DatabaseClosedError' });
    return super.save(board, expected);
  }
}

async function open(repo: ResilientRepository, id: string) {
  const loaded = await repo.load(id);
  if (!loaded || !('board' in loaded)) throw new Error('not loaded');
  return loaded;
}

describe('storage that fails and recovers', () => {
  it('saves the edit made after recovery over the stored board, without a conflict', async () => {
    const inner = new FailingStore();
    const repo = new ResilientRepository(inner);
    await repo.save(makeBoard({ id: 'b1', title: 'One' }));
    await repo.save(makeBoard({ id: 'b1', title: 'Two' }), 1);
    const first = await open(repo, 'b1');
    expect(first.revision).toBe(2);

    inner.failing = true;
    const edited = { ...first.board, title: 'Edited while failing' };
    await expect(repo.save(edited, first.revision)).rejects.toThrow();

    // Back to the list and reopened: the kept edit is read, at the stored copy's revision.
    const reopened = await open(repo, 'b1');
    expect(reopened.board.title).toBe('Edited while failing');
    expect(reopened.revision).toBe(first.revision);

    inner.failing = false;
    const revision = await repo.save({ ...reopened.board, title: 'After recovery' }, 2);
    expect(revision).toBe(3);
    const stored = await inner.load('b1');
    expect(stored && 'board' in stored && stored.board.title).toBe('After recovery');
    expect((await repo.list()).boards.map((b) => b.title)).toEqual(['After recovery']);
  });

  it('keeps a second failed edit at the same base revision', async () => {
    const inner = new FailingStore();
    const repo = new ResilientRepository(inner);
    await repo.save(makeBoard({ id: 'b1' }));
    inner.failing = true;
    await expect(repo.save(makeBoard({ id: 'b1', title: 'a' }), 1)).rejects.toThrow();
    await expect(repo.save(makeBoard({ id: 'b1', title: 'b' }), 1)).rejects.toThrow();
    expect((await open(repo, 'b1')).revision).toBe(1);
    inner.failing = false;
    expect(await repo.save(makeBoard({ id: 'b1', title: 'c' }), 1)).toBe(2);
  });
});
