import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addGroup,
  addLink,
  addNote,
  addStageEntry,
  addStakeholder,
  addStep,
  addTeamMember,
  moveItems,
  removeItems,
  removeStageEntry,
  setStageOwner,
  updateBoardHeader,
  updateNote,
  updateStakeholder,
  updateStep,
} from '../../src/domain/commands';
import { createBoard } from '../../src/domain/create';
import type { Board } from '../../src/domain/types';
import { isEmptyDoc, isNewerRoom, readBoard, writeBoard } from '../../src/live/boardDoc';
import { exampleText } from './builders';
import { parseBoardText } from '../../src/domain/validate';

function example(name: string): Board {
  const parsed = parseBoardText(exampleText(name));
  if (!parsed.ok) throw new Error(name);
  return parsed.file.board;
}

const EPOCH = '2026-01-01T00:00:00.000Z';

function blank(): Board {
  return createBoard({
    id: 'b1',
    title: 'Bank',
    accountName: 'Bank',
    tier: 'national',
    now: EPOCH,
  });
}

function read(doc: Y.Doc): Board {
  const result = readBoard(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.file.board;
}

/** Two documents that start from one state and then diverge (both offline). */
function forked(board: Board): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  writeBoard(a, board, null, 'local');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function merge(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('board ↔ Y.Doc', () => {
  it('round-trips the example boards unchanged', () => {
    for (const name of ['crm-group-sales-management.board.json', 'minimal.board.json']) {
      const board = example(name);
      const doc = new Y.Doc();
      expect(isEmptyDoc(doc)).toBe(true);
      writeBoard(doc, board, null, 'local');
      expect(isEmptyDoc(doc)).toBe(false);
      expect(read(doc)).toEqual(board);
      // And through an encoded update, as another client receives it.
      const other = new Y.Doc();
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
      expect(read(other)).toEqual(board);
    }
  });

  it('writes only what an edit changed', () => {
    const board = example('crm-group-sales-management.board.json');
    const doc = new Y.Doc();
    writeBoard(doc, board, null, 'local');
    const target = board.stakeholders[0]!;
    const stance = target.stance === 'blocker' ? 'supporter' : 'blocker';
    const next = produce(board, (d) => updateStakeholder(d, target.id, { stance }));
    let bytes = 0;
    doc.on('update', (u: Uint8Array) => (bytes += u.length));
    writeBoard(doc, next, board, 'local');
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(200);
    expect(read(doc).stakeholders[0]!.stance).toBe(stance);
    // Writing the same board again changes nothing.
    const before = bytes;
    writeBoard(doc, next, null, 'local');
    expect(bytes).toBe(before);
  });

  it('keeps both edits when two people change different items at once', () => {
    const start = produce(blank(), (d) => {
      addStakeholder(d, { id: 's1', name: 'CFO', position: { x: 0, y: 0 } });
      addStep(d, { id: 't1', label: 'Budget', kind: 'budget', position: { x: 0, y: 0 } });
    });
    const [a, b] = forked(start);
    const left = produce(start, (d) =>
      updateStakeholder(d, 's1', { name: 'Chief financial officer' }),
    );
    writeBoard(a, left, start, 'local');
    const right = produce(start, (d) => {
      updateStep(d, 't1', { label: 'Budget approval' });
      addStakeholder(d, { id: 's2', name: 'IT', position: { x: 5, y: 5 } });
    });
    writeBoard(b, right, start, 'local');
    merge(a, b);
    for (const doc of [a, b]) {
      const board = read(doc);
      expect(board.stakeholders.map((s) => s.name)).toEqual(['Chief financial officer', 'IT']);
      expect(board.steps[0]!.label).toBe('Budget approval');
    }
  });

  it('keeps both edits to different fields of one stakeholder, and both added concerns', () => {
    const start = produce(blank(), (d) => {
      addStakeholder(d, { id: 's1', name: 'CFO', concerns: ['ROI'], position: { x: 0, y: 0 } });
    });
    const [a, b] = forked(start);
    writeBoard(
      a,
      produce(start, (d) =>
        updateStakeholder(d, 's1', { stance: 'skeptic', concerns: ['ROI', 'Cost'] }),
      ),
      start,
      'local',
    );
    writeBoard(
      b,
      produce(start, (d) =>
        updateStakeholder(d, 's1', { canVeto: true, concerns: ['ROI', 'Risk'] }),
      ),
      start,
      'local',
    );
    merge(a, b);
    const [fromA, fromB] = [read(a), read(b)];
    expect(fromA).toEqual(fromB);
    const s = fromA.stakeholders[0]!;
    expect(s.stance).toBe('skeptic');
    expect(s.canVeto).toBe(true);
    expect([...s.concerns].sort()).toEqual(['Cost', 'ROI', 'Risk']);
  });

  it('converges when both ends edit the same field, and both sales actions of one stage stay', () => {
    const start = produce(blank(), (d) => {
      addStep(d, { id: 't1', label: 'Budget', kind: 'budget', position: { x: 0, y: 0 } });
    });
    const [a, b] = forked(start);
    writeBoard(
      a,
      produce(start, (d) => {
        updateStep(d, 't1', { label: 'From A' });
        addStageEntry(d, 't1', 'actions', 'ROI workshop');
      }),
      start,
      'local',
    );
    writeBoard(
      b,
      produce(start, (d) => {
        updateStep(d, 't1', { label: 'From B' });
        addStageEntry(d, 't1', 'actions', 'Reference visit');
      }),
      start,
      'local',
    );
    merge(a, b);
    const [fromA, fromB] = [read(a), read(b)];
    expect(fromA).toEqual(fromB);
    expect(['From A', 'From B']).toContain(fromA.steps[0]!.label);
    expect([...fromA.sales.t1!.actions].sort()).toEqual(['ROI workshop', 'Reference visit']);
  });

  it('reads an order with duplicates and missing ids as a valid board', () => {
    const start = produce(blank(), (d) => {
      addStakeholder(d, { id: 's1', name: 'A', position: { x: 0, y: 0 } });
      addStakeholder(d, { id: 's2', name: 'B', position: { x: 0, y: 0 } });
    });
    const doc = new Y.Doc();
    writeBoard(doc, start, null, 'local');
    const order = doc.getArray('order:stakeholders');
    order.insert(0, ['s2', 'ghost', 7]);
    expect(read(doc).stakeholders.map((s) => s.id)).toEqual(['s2', 's1']);
    order.delete(0, order.length);
    expect(read(doc).stakeholders.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('drops references left dangling when one person deletes what another attaches to', () => {
    const start = produce(blank(), (d) => {
      addStakeholder(d, { id: 's1', name: 'CFO', position: { x: 0, y: 0 } });
      addStep(d, { id: 't1', label: 'Budget', kind: 'budget', position: { x: 0, y: 0 } });
      addGroup(d, { id: 'g1', label: 'Finance', position: { x: 0, y: 0 } });
      addTeamMember(d, { id: 'm1', name: 'Ann', role: 'sales', capabilities: [] });
    });
    const [a, b] = forked(start);
    // A deletes the step, the group and the team member…
    writeBoard(
      a,
      produce(start, (d) => removeItems(d, ['t1', 'g1', 'm1'])),
      start,
      'local',
    );
    // …while B links the CFO to the step, files the CFO in the group, gives the CFO and the
    // stage an owner, and attaches a note to the group.
    const right = produce(start, (d) => {
      addLink(d, { id: 'l1', source: 's1', target: 't1', type: 'approves' });
      updateStakeholder(d, 's1', { groupId: 'g1', relationshipOwner: 'm1', name: 'Finance head' });
      setStageOwner(d, 't1', 'm1');
      addNote(d, {
        id: 'n1',
        text: 'Ask about budget',
        position: { x: 1, y: 1 },
        attachedTo: 'g1',
      });
    });
    writeBoard(b, right, start, 'local');
    merge(a, b);
    for (const doc of [a, b]) {
      const board = read(doc);
      expect(board.steps).toEqual([]);
      expect(board.groups).toEqual([]);
      expect(board.team).toEqual([]);
      expect(board.links).toEqual([]);
      expect(board.sales).toEqual({});
      const cfo = board.stakeholders[0]!;
      expect(cfo.name).toBe('Finance head');
      expect(cfo.groupId).toBeUndefined();
      expect(cfo.relationshipOwner).toBeUndefined();
      expect(board.notes.map((n) => [n.id, n.attachedTo])).toEqual([['n1', undefined]]);
    }
  });

  it('never removes an item or a stage a colleague added that this client has not seen yet', () => {
    const start = produce(blank(), (d) => {
      addStakeholder(d, { id: 's1', name: 'CFO', position: { x: 0, y: 0 } });
    });
    const doc = new Y.Doc();
    writeBoard(doc, start, null, 'local');
    // A colleague's step with its stage and a stakeholder arrive…
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const theirs = produce(start, (d) => {
      addStakeholder(d, { id: 's2', name: 'IT', position: { x: 0, y: 0 } });
      addStep(d, { id: 't1', label: 'Budget', kind: 'budget', position: { x: 0, y: 0 } });
      addStageEntry(d, 't1', 'actions', 'ROI workshop');
      updateBoardHeader(d, { title: 'Their title' });
    });
    writeBoard(other, theirs, start, 'remote');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    // …and this client writes a gesture made on the board it had before they were read.
    writeBoard(
      doc,
      produce(start, (d) => updateStakeholder(d, 's1', { name: 'Finance' })),
      start,
      'local',
    );
    const board = read(doc);
    expect(board.stakeholders.map((s) => s.name).sort()).toEqual(['Finance', 'IT']);
    expect(board.sales.t1?.actions).toEqual(['ROI workshop']);
    expect(board.title).toBe('Their title');
  });

  it('undoing the gesture that created a stage keeps what a colleague added to it since', () => {
    const start = produce(blank(), (d) => {
      addStep(d, { id: 't1', label: 'Budget', kind: 'budget', position: { x: 0, y: 0 } });
    });
    const [a, b] = forked(start);
    const undo = new Y.UndoManager([a.getMap('sales'), a.getMap('steps'), a.getMap('board')], {
      trackedOrigins: new Set(['local']),
    });
    const mine = produce(start, (d) => addStageEntry(d, 't1', 'actions', 'Mine'));
    writeBoard(a, mine, start, 'local');
    merge(a, b);
    const seen = read(b);
    writeBoard(
      b,
      produce(seen, (d) => addStageEntry(d, 't1', 'actions', 'Theirs')),
      seen,
      'b',
    );
    merge(a, b);
    undo.undo();
    merge(a, b);
    for (const doc of [a, b]) expect(read(doc).sales.t1?.actions).toEqual(['Theirs']);
    // Without the colleague's entry, the undo leaves no stage at all, as before the gesture.
    const [c] = forked(start);
    const undoC = new Y.UndoManager([c.getMap('sales')], { trackedOrigins: new Set(['local']) });
    writeBoard(c, mine, start, 'local');
    undoC.undo();
    expect(read(c).sales).toEqual({});
  });

  it('tells a document written by a newer app apart, and drops a stage keyed `__proto__` safely', () => {
    const doc = new Y.Doc();
    writeBoard(doc, blank(), null, 'local');
    expect(isNewerRoom(doc)).toBe(false);
    doc.getMap('room').set('version', 99);
    expect(isNewerRoom(doc)).toBe(true);
    doc.getMap('room').set('version', 2);
    doc.getMap('room').set('layout', 2);
    expect(isNewerRoom(doc)).toBe(true);

    const hostile = new Y.Doc();
    writeBoard(
      hostile,
      produce(blank(), (d) => {
        addStep(d, { id: 't1', label: 'Budget', kind: 'budget', position: { x: 0, y: 0 } });
      }),
      null,
      'local',
    );
    const stage = new Y.Map<unknown>();
    stage.set('present', true);
    stage.set('actions', Y.Array.from(['x']));
    hostile.getMap('sales').set('__proto__', stage);
    // No step has that id, so the stage is dropped like any stage of a missing step.
    const board = read(hostile);
    expect(Object.keys(board.sales)).toEqual([]);
    expect(board.steps.map((s) => s.id)).toEqual(['t1']);
    expect(Object.getPrototypeOf(board.sales)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).actions).toBeUndefined();
  });

  it('refuses a document that does not hold a valid board', () => {
    const doc = new Y.Doc();
    writeBoard(doc, blank(), null, 'local');
    doc.getMap('stakeholders').set('x', { id: 'x', name: 42 });
    const result = readBoard(doc);
    expect(result.ok).toBe(false);
    const hostile = new Y.Doc();
    hostile.getMap('board').set('title', '<img src=x onerror=alert(1)>');
    expect(readBoard(hostile).ok).toBe(false);
    expect(readBoard(new Y.Doc()).ok).toBe(false);
  });

  it('any sequence of commands through the mapping gives the board applied directly', () => {
    type Cmd = (d: Board) => void;
    const names = fc.constantFrom('CFO', 'IT 主管', '', 'Legal', 'x'.repeat(40));
    const pos = fc.record({
      x: fc.integer({ min: -500, max: 500 }),
      y: fc.integer({ min: 0, max: 300 }),
    });
    const idx = fc.nat(6);
    const pickId = (list: { id: string }[], i: number) =>
      list.length > 0 ? list[i % list.length]!.id : undefined;
    const cmd: fc.Arbitrary<Cmd> = fc.oneof(
      fc.record({ name: names, p: pos }).map(({ name, p }) => (d: Board) => {
        addStakeholder(d, { name, position: p });
      }),
      fc.record({ name: names, p: pos }).map(({ name, p }) => (d: Board) => {
        addStep(d, { label: name, kind: 'evaluation', position: p });
      }),
      fc
        .record({ i: idx, name: names, c: fc.array(names, { maxLength: 3 }) })
        .map(({ i, name, c }) => (d: Board) => {
          const id = pickId(d.stakeholders, i);
          if (id) updateStakeholder(d, id, { name, concerns: c, stance: 'neutral' });
        }),
      fc.record({ i: idx, p: pos }).map(({ i, p }) => (d: Board) => {
        const id = pickId(d.steps, i) ?? pickId(d.stakeholders, i);
        if (id) moveItems(d, [{ id, position: p }]);
      }),
      fc.record({ i: idx, j: idx }).map(({ i, j }) => (d: Board) => {
        const source = pickId(d.stakeholders, i);
        const target = pickId(d.steps, j);
        if (source && target) addLink(d, { source, target, type: 'evaluates' });
      }),
      fc.record({ i: idx, text: names }).map(({ i, text }) => (d: Board) => {
        const id = pickId(d.steps, i);
        if (id) addStageEntry(d, id, 'actions', text || 'demo');
      }),
      fc.record({ i: idx }).map(({ i }) => (d: Board) => {
        const id = pickId(d.steps, i);
        if (id && (d.sales[id]?.actions.length ?? 0) > 0) removeStageEntry(d, id, 'actions', 0);
      }),
      fc.record({ name: names }).map(({ name }) => (d: Board) => {
        const member = addTeamMember(d, { name: name || 'Ann', role: 'sales', capabilities: [] });
        const step = d.steps[0];
        if (step) setStageOwner(d, step.id, member);
      }),
      fc.record({ text: names, p: pos, i: idx }).map(({ text, p, i }) => (d: Board) => {
        const id = addNote(d, { text, position: p, attachedTo: pickId(d.stakeholders, i) });
        updateNote(d, id, { color: 'pink' });
      }),
      fc.record({ i: idx }).map(({ i }) => (d: Board) => {
        const id = pickId(d.stakeholders, i) ?? pickId(d.steps, i);
        if (id) removeItems(d, [id]);
      }),
      names.map((title) => (d: Board) => {
        updateBoardHeader(d, { title: title || 'Board', offering: title || undefined });
      }),
    );
    fc.assert(
      fc.property(fc.array(cmd, { maxLength: 25 }), fc.boolean(), (cmds, readBack) => {
        let direct = blank();
        const doc = new Y.Doc();
        const peer = new Y.Doc();
        doc.on('update', (u: Uint8Array) => Y.applyUpdate(peer, u));
        writeBoard(doc, direct, null, 'local');
        let last = direct;
        for (const run of cmds) {
          const next = produce(direct, run);
          writeBoard(doc, next, last, 'local');
          direct = next;
          // The binding compares with the board it last read when a remote change came in.
          last = readBack ? read(doc) : next;
        }
        expect(read(doc)).toEqual(direct);
        expect(read(peer)).toEqual(direct);
      }),
      { numRuns: 150 },
    );
  });
});
