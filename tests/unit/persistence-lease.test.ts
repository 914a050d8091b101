/** The lease that keeps one editor per board when the browser has no Web Locks. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DexieBoardRepository } from '../../src/persistence/boardRepository';
import { CanvasDB } from '../../src/persistence/db';

function repo() {
  const db = new CanvasDB({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'lease' });
  return new DexieBoardRepository(db);
}

afterEach(() => vi.useRealTimers());

describe('board leases in IndexedDB', () => {
  it('one owner at a time; renewed by its owner; free again once released', async () => {
    const r = repo();
    expect(await r.acquireLease('b1', 'tab-a', 8000)).toBe(true);
    expect(await r.acquireLease('b1', 'tab-b', 8000)).toBe(false);
    expect(await r.acquireLease('b1', 'tab-a', 8000)).toBe(true);
    expect(await r.acquireLease('b2', 'tab-b', 8000)).toBe(true);
    await r.releaseLease('b1', 'tab-b'); // not B's: nothing happens
    expect(await r.acquireLease('b1', 'tab-b', 8000)).toBe(false);
    await r.releaseLease('b1', 'tab-a');
    expect(await r.acquireLease('b1', 'tab-b', 8000)).toBe(true);
  });

  it('an expired lease is free; a tab that said it gave up can be replaced', async () => {
    const r = repo();
    expect(await r.acquireLease('b1', 'tab-a', 1)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await r.acquireLease('b1', 'tab-b', 8000)).toBe(true);
    expect(await r.acquireLease('b1', 'tab-c', 8000, 'tab-a')).toBe(false);
    expect(await r.acquireLease('b1', 'tab-c', 8000, 'tab-b')).toBe(true);
  });

  it('two tabs asking at once: exactly one gets it', async () => {
    const r = repo();
    const got = await Promise.all(
      ['a', 'b', 'c', 'd'].map((tab) => r.acquireLease('b1', tab, 8000)),
    );
    expect(got.filter(Boolean)).toHaveLength(1);
  });
});
