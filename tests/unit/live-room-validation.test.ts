import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStakeholder, updateBoardHeader, updateStakeholder } from '../../src/domain/commands';
import { createBoard } from '../../src/domain/create';
import type { Board } from '../../src/domain/types';
import { CURRENT_VERSION } from '../../src/domain/types';
import {
  isNewerRoom,
  readBoard,
  readBoardTolerant,
  restoreValidParts,
  writeBoard,
} from '../../src/live/boardDoc';

function start(): Board {
  const blank = createBoard({
    id: 'b1',
    title: 'Bank',
    accountName: 'Bank',
    tier: 'national',
    now: '2026-01-01T00:00:00.000Z',
  });
  return produce(blank, (d) => {
    addStakeholder(d, { id: 's1', name: 'CFO', position: { x: 0, y: 0 } });
    addStakeholder(d, { id: 's2', name: 'CIO', position: { x: 100, y: 0 } });
  });
}

/** Two laptops holding one room: `me` and Li, who share every update at once. */
function room(board: Board) {
  const me = new Y.Doc();
  const li = new Y.Doc();
  me.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(li, u, 'remote');
  });
  li.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(me, u, 'remote');
  });
  writeBoard(me, board, null, 'local');
  return { me, li };
}

/** What a hostile or broken client writes: a field straight into the room's map. */
function setField(doc: Y.Doc, collection: string, id: string, field: string, value: unknown) {
  const item = doc.getMap(collection).get(id) as Y.Map<unknown>;
  item.set(field, value);
}

describe('a room with one invalid field', () => {
  it('sets the field aside, names who wrote it, and keeps syncing every other edit', () => {
    const board = start();
    const { me, li } = room(board);
    setField(li, 'stakeholders', 's1', 'influence', 99);
    // A valid edit made after the bad one.
    writeBoard(
      li,
      produce(board, (d) => updateStakeholder(d, 's2', { name: 'CTO' })),
      board,
      'x',
    );

    expect(readBoard(me).ok).toBe(false); // the whole-board check alone would freeze the room
    const read = readBoardTolerant(me, board);
    if (!read.ok) throw new Error('not read');
    expect(read.board.stakeholders.find((s) => s.id === 's1')?.influence).toBe(3);
    expect(read.board.stakeholders.find((s) => s.id === 's2')?.name).toBe('CTO');
    expect(read.setAside).toHaveLength(1);
    expect(read.setAside[0]!.author).toBe(li.clientID);
    expect(read.setAside[0]!.issue).toMatchObject({ code: 'range', params: { value: '99' } });
  });

  it('joins without knowing the room before: an invalid item it never knew is left out', () => {
    const board = start();
    const { me, li } = room(board);
    setField(li, 'stakeholders', 's1', 'influence', 99);
    const read = readBoardTolerant(me, null);
    if (!read.ok) throw new Error('not read');
    expect(read.board.stakeholders.map((s) => s.id)).toEqual(['s2']);
  });

  it('repairs by merging: only the invalid field is restored, a colleague’s rename stays', () => {
    const board = start();
    const { me, li } = room(board);
    setField(li, 'stakeholders', 's1', 'influence', 99);
    // Li renames the other person meanwhile, and the board's title.
    const renamed = produce(board, (d) => {
      updateStakeholder(d, 's2', { name: 'Chief information officer' });
      updateBoardHeader(d, { title: 'Bank of Li' });
    });
    writeBoard(li, renamed, board, 'x');

    // I restore with my last valid board, which has neither of Li's renames.
    restoreValidParts(me, board, 'local');
    for (const doc of [me, li]) {
      const read = readBoard(doc);
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const people = read.file.board.stakeholders;
      expect(people.find((s) => s.id === 's1')?.influence).toBe(3);
      expect(people.find((s) => s.id === 's2')?.name).toBe('Chief information officer');
      expect(read.file.board.title).toBe('Bank of Li');
    }
  });
});

describe('a room whose version is unknown', () => {
  it('is read as newer, and restoring it keeps a colleague’s edit made meanwhile', () => {
    const board = start();
    const { me, li } = room(board);
    li.getMap('room').set('version', 99);
    // A colleague's edit made meanwhile, written as the newer app would (a field, no version).
    setField(li, 'stakeholders', 's2', 'name', 'CTO');
    expect(isNewerRoom(me)).toBe(true);
    expect(readBoardTolerant(me, board).ok).toBe(false);

    restoreValidParts(me, board, 'local');
    expect(isNewerRoom(li)).toBe(false);
    expect(li.getMap('room').get('version')).toBe(CURRENT_VERSION);
    const read = readBoard(li);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.file.board.stakeholders.find((s) => s.id === 's2')?.name).toBe('CTO');
  });
});
