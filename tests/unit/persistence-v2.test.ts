import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DexieBoardRepository } from '../../src/persistence/boardRepository';
import { CanvasDB } from '../../src/persistence/db';
import { exampleJson } from './builders';

describe('stored rows move to the current board format version', () => {
  it('upgrades version-1 rows written by the previous schema and keeps them loadable', async () => {
    const indexedDB = new IDBFactory();
    // The database as the previous release left it: schema version 1, a version-1 board file.
    const old = new Dexie('test', { indexedDB, IDBKeyRange });
    old
      .version(1)
      .stores({ boards: 'id', meta: 'id, updatedAt', templates: 'id, createdAt', kv: 'key' });
    const file = exampleJson('crm-group-sales-management.board.json');
    const broken = { format: 'ka-buying-canvas', version: 1, board: { id: 'bad' } };
    await old.table('boards').bulkPut([
      { id: file.board.id, schemaVersion: 1, file },
      { id: 'bad', schemaVersion: 1, file: broken },
    ]);
    await old
      .table('templates')
      .put({ id: 'tp', name: 'T', createdAt: file.board.createdAt, schemaVersion: 1, file });
    old.close();

    const db = new CanvasDB({ indexedDB, IDBKeyRange, name: 'test' });
    const row = await db.boards.get(file.board.id);
    expect(row?.file.version).toBe(3);
    expect(row?.file.board.notes).toEqual([]);
    expect((await db.templates.get('tp'))?.file.version).toBe(3);
    // A row the validation refuses is kept (and still reported as damaged), not dropped.
    expect((await db.boards.get('bad'))?.file).toBeDefined();
    expect(await db.snapshots.count()).toBe(0);
    const loaded = await new DexieBoardRepository(db).load(file.board.id);
    expect(loaded && 'board' in loaded ? loaded.board.stakeholders.length : 0).toBe(
      file.board.stakeholders.length,
    );
    db.close();
  });
});
