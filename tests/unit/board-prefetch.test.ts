import { describe, expect, it } from 'vitest';
import { prefetchBoard, takePrefetched } from '../../src/app/boardPrefetch';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { makeBoard } from './builders';

describe('the board read while the editor loads', () => {
  it('is handed over once, to the board it was read for', async () => {
    const repo = new MemoryBoardRepository();
    await repo.save(makeBoard({ id: 'b1', title: 'Early' }));
    prefetchBoard(repo, 'b1');
    const early = await takePrefetched('b1');
    expect(early).toMatchObject({ revision: 1, board: { title: 'Early' } });
    expect(await takePrefetched('b1')).toBeNull();
    // The session's own read takes it while the board is unchanged.
    expect(await repo.load('b1', early ?? undefined)).toBe(early);
  });

  it('is dropped when another board is opened first', async () => {
    const repo = new MemoryBoardRepository();
    await repo.save(makeBoard({ id: 'b1' }));
    prefetchBoard(repo, 'b1');
    expect(await takePrefetched('b2')).toBeNull();
    expect(await takePrefetched('b1')).toBeNull();
  });

  it('is nothing for a board that is missing or damaged, so the editor reads and reports it', async () => {
    const repo = new MemoryBoardRepository();
    prefetchBoard(repo, 'none');
    expect(await takePrefetched('none')).toBeNull();
    const damaged = new MemoryBoardRepository();
    await damaged.save(makeBoard({ id: 'bad' }));
    damaged.load = () =>
      Promise.resolve({ problem: { id: 'bad', reason: { code: 'not-a-board' } } });
    prefetchBoard(damaged, 'bad');
    expect(await takePrefetched('bad')).toBeNull();
    const failing = new MemoryBoardRepository();
    failing.load = () => Promise.reject(new Error('closed'));
    prefetchBoard(failing, 'x');
    expect(await takePrefetched('x')).toBeNull();
  });
});
