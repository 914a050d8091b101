import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DexieBoardRepository } from '../../src/persistence/boardRepository';
import { CanvasDB } from '../../src/persistence/db';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import {
  decodePortfolioRow,
  toPortfolioRow,
  type StoredPortfolio,
} from '../../src/persistence/portfolioRepository';
import { ResilientRepository } from '../../src/persistence/resilientRepository';

const open: Dexie[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const sample: StoredPortfolio = {
  id: 'pf-1',
  title: 'Spring review',
  thresholds: { partTime: 0.8, split: 0.5 },
  boardIds: ['b-1', 'b-2'],
  createdAt: '2026-03-04T05:06:07.000Z',
  updatedAt: '2026-03-05T05:06:07.000Z',
};

describe('portfolio rows', () => {
  it('round-trip through the stored row', () => {
    expect(decodePortfolioRow(toPortfolioRow(sample))).toEqual({ portfolio: sample });
    const all = { ...sample, boardIds: 'all' as const };
    delete (all as Partial<StoredPortfolio>).thresholds;
    expect(decodePortfolioRow(toPortfolioRow(all))).toEqual({ portfolio: all });
  });

  it('drop repeated member ids, keeping the first place', () => {
    const row = { ...toPortfolioRow(sample), boardIds: ['b-2', 'b-1', 'b-2'] };
    const decoded = decodePortfolioRow(row);
    expect('portfolio' in decoded && decoded.portfolio.boardIds).toEqual(['b-2', 'b-1']);
  });

  it('report a newer layout, an unknown one and broken fields, never throwing', () => {
    const row = toPortfolioRow(sample);
    expect(decodePortfolioRow({ ...row, schemaVersion: 2 })).toEqual({
      problem: { id: 'pf-1', reason: { code: 'newer', version: 2 } },
    });
    expect(decodePortfolioRow({ ...row, schemaVersion: undefined })).toEqual({
      problem: { id: 'pf-1', reason: { code: 'unknown-format' } },
    });
    const broken: unknown[] = [
      { ...row, title: 3 },
      { ...row, boardIds: 'some' },
      { ...row, boardIds: ['b-1', 7] },
      { ...row, thresholds: { partTime: 0.4, split: 0.6 } },
      { ...row, thresholds: { partTime: 1.5, split: 0.6 } },
      { ...row, createdAt: 'yesterday' },
      { ...row, id: '' },
    ];
    for (const r of broken) expect(decodePortfolioRow(r)).toHaveProperty('problem.reason.code');
    for (const r of [null, 5, 'x', [], Object.create(null)]) {
      expect(decodePortfolioRow(r)).toHaveProperty('problem');
    }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(decodePortfolioRow(hostile)).toHaveProperty('problem');
  });
});

describe('the portfolios table', () => {
  it('keeps portfolios across a reopen, latest change first, and skips damaged rows', async () => {
    const factory = new IDBFactory();
    const db = new CanvasDB({ indexedDB: factory, IDBKeyRange, name: 'pf' });
    open.push(db);
    const repo = new ResilientRepository(new DexieBoardRepository(db));
    await repo.portfolios.put(sample);
    await repo.portfolios.put({ ...sample, id: 'pf-2', updatedAt: '2026-03-06T00:00:00.000Z' });
    await db.portfolios.put({ id: 'pf-bad', schemaVersion: 1 } as never);
    db.close();
    const again = new CanvasDB({ indexedDB: factory, IDBKeyRange, name: 'pf' });
    open.push(again);
    const store = new DexieBoardRepository(again).portfolios;
    const listed = await store.list();
    expect(listed.portfolios.map((p) => p.id)).toEqual(['pf-2', 'pf-1']);
    expect(listed.problems).toEqual([{ id: 'pf-bad', reason: { code: 'incomplete' } }]);
    expect(await store.get('pf-1')).toEqual({ portfolio: sample });
    expect(await store.get('nope')).toBeNull();
    await store.remove('pf-1');
    expect((await store.list()).portfolios.map((p) => p.id)).toEqual(['pf-2']);
  });

  it('is added by database version 4 to a version 3 database, keeping its boards', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('up', { indexedDB: factory, IDBKeyRange });
    old
      .version(1)
      .stores({ boards: 'id', meta: 'id, updatedAt', templates: 'id, createdAt', kv: 'key' });
    old.version(3).stores({ snapshots: 'id, boardId, createdAt' });
    open.push(old);
    await old.table('kv').put({ key: 'k', value: 1 });
    old.close();
    const db = new CanvasDB({ indexedDB: factory, IDBKeyRange, name: 'up' });
    open.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.kv.get('k')).toEqual({ key: 'k', value: 1 });
    await db.portfolios.put(toPortfolioRow(sample));
    expect(await db.portfolios.count()).toBe(1);
  });

  it('lives in memory for the in-memory repository', async () => {
    const repo = new MemoryBoardRepository();
    await repo.portfolios.put(sample);
    expect(await repo.portfolios.get('pf-1')).toEqual({ portfolio: sample });
  });
});
