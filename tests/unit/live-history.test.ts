import { produce } from 'immer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addLink,
  addStageEntry,
  addStakeholder,
  addStep,
  removeItems,
  updateStakeholder,
} from '../../src/domain/commands';
import { createBoard } from '../../src/domain/create';
import type { Board } from '../../src/domain/types';
import { readBoard, writeBoard } from '../../src/live/boardDoc';
import { selectCanUndo, useDocumentStore } from '../../src/store/documentStore';

/**
 * This laptop's store wired to its room document as the live session wires them (the store's
 * gestures, undos and redos are written; what the room changes is read back through
 * `applyRemote`), and a colleague's document synced with it.
 */
const LOCAL = 'local';
const s = () => useDocumentStore.getState();

function read(doc: Y.Doc): Board {
  const result = readBoard(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.file.board;
}

function start(): Board {
  const board = createBoard({
    id: 'b1',
    title: 'Bank',
    accountName: 'Bank',
    tier: 'national',
    now: '2026-01-01T00:00:00.000Z',
  });
  addStakeholder(board, { id: 's1', name: 'CFO', position: { x: 0, y: 0 } });
  addStakeholder(board, { id: 's2', name: 'CIO', position: { x: 100, y: 0 } });
  addStep(board, { id: 't1', label: 'Budget', kind: 'budget', position: { x: 0, y: 200 } });
  return board;
}

let mine: Y.Doc;
let theirs: Y.Doc;
let unwire: () => void;

function wire(): () => void {
  let lastSynced: Board | null = s().board;
  let applying = false;
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin === LOCAL) return;
    const board = read(mine);
    applying = true;
    try {
      s().applyRemote(board);
    } finally {
      applying = false;
    }
    lastSynced = s().board;
  };
  mine.on('update', onUpdate);
  const unsubscribe = useDocumentStore.subscribe((state, prev) => {
    if (applying || !state.board || state.board === prev.board) return;
    if (state.lastChange !== 'edit' && state.lastChange !== 'history') return;
    writeBoard(mine, state.board, lastSynced, LOCAL);
    lastSynced = state.board;
    if (state.lastChange === 'history') onUpdate(new Uint8Array(), 'read-back');
  });
  // The two laptops' documents exchange every update at once.
  const relayAB = (u: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(theirs, u, 'relay');
  };
  const relayBA = (u: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(mine, u, 'relay');
  };
  mine.on('update', relayAB);
  theirs.on('update', relayBA);
  return () => {
    unsubscribe();
    mine.off('update', onUpdate);
    mine.off('update', relayAB);
    theirs.off('update', relayBA);
  };
}

/** The colleague's gesture, written to their document on the board they see. */
function colleague(recipe: (d: Board) => void): void {
  const seen = read(theirs);
  writeBoard(theirs, produce(seen, recipe), seen, 'colleague');
}

beforeEach(() => {
  const board = start();
  mine = new Y.Doc();
  writeBoard(mine, board, null, LOCAL);
  theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  s().open(board);
  unwire = wire();
});

afterEach(() => unwire());

describe('undo in a live room, through the one history', () => {
  it("a colleague's change is recorded as remote and not undone by this user's undo", () => {
    colleague((d) => updateStakeholder(d, 's1', { name: 'Theirs' }));
    expect(s().board!.stakeholders[0]!.name).toBe('Theirs');
    expect(s().past.map((e) => e.source)).toEqual(['remote']);
    expect(selectCanUndo(s())).toBe(false);
    s().undo();
    for (const doc of [mine, theirs]) expect(read(doc).stakeholders[0]!.name).toBe('Theirs');
    // A gesture of this user after it leaves the colleague's change on record.
    s().edit((d) => updateStakeholder(d, 's2', { name: 'Mine' }));
    expect(s().past.map((e) => e.source)).toEqual(['remote', 'user']);
  });

  it("undo takes back this user's gesture on both laptops and keeps the colleague's later one", () => {
    s().edit((d) => updateStakeholder(d, 's2', { name: 'Mine' }));
    expect(read(theirs).stakeholders[1]!.name).toBe('Mine');
    colleague((d) => updateStakeholder(d, 's1', { name: 'Theirs' }));
    s().undo();
    for (const doc of [mine, theirs]) {
      expect(read(doc).stakeholders.map((x) => x.name)).toEqual(['Theirs', 'CIO']);
    }
    s().redo();
    for (const doc of [mine, theirs]) {
      expect(read(doc).stakeholders.map((x) => x.name)).toEqual(['Theirs', 'Mine']);
    }
  });

  it('undoing a stage entry keeps the entry a colleague added to the same list since', () => {
    s().edit((d) => addStageEntry(d, 't1', 'actions', 'Mine'));
    colleague((d) => addStageEntry(d, 't1', 'actions', 'Theirs'));
    expect(s().board!.sales.t1?.actions).toEqual(['Mine', 'Theirs']);
    s().undo();
    for (const doc of [mine, theirs]) expect(read(doc).sales.t1?.actions).toEqual(['Theirs']);
    expect(s().board!.sales.t1?.actions).toEqual(['Theirs']);
  });

  it('an undo that would bring back a link to an item a colleague deleted leaves it out', () => {
    s().edit((d) => addLink(d, { id: 'l1', source: 's1', target: 's2', type: 'reports-to' }));
    s().edit((d) => removeItems(d, ['l1']));
    colleague((d) => removeItems(d, ['s2']));
    s().undo();
    for (const doc of [mine, theirs]) expect(read(doc).links).toEqual([]);
    expect(s().board!.links).toEqual([]);
    expect(s().board!.stakeholders.map((x) => x.id)).toEqual(['s1']);
  });
});
