import { describe, expect, it } from 'vitest';
import { syncEdges, syncNodes } from '../../src/canvas/toFlow';
import type { StickyNote } from '../../src/domain/types';
import { makeRichBoard } from './builders';

const note: StickyNote = {
  id: 'n1',
  text: 'said in the room',
  color: 'yellow',
  position: { x: 0, y: -100 },
  attachedTo: 's1',
};

describe('cards and links out of the tab order by themselves', () => {
  // The map is one tab stop (useRovingFocus gives one card `focusable: true`). Each item says
  // `focusable: false` itself: React Flow's nodesFocusable/edgesFocusable props are applied after
  // its first render and then drew every card and link of a big board a second time on open.
  it('gives every node and edge of a board focusable: false', () => {
    const board = makeRichBoard();
    board.notes = [note];
    const nodes = syncNodes([], board, new Set());
    const edges = syncEdges([], board, new Set());
    expect(new Set(nodes.map((n) => n.type))).toEqual(
      new Set(['department', 'step', 'stakeholder', 'note']),
    );
    expect(edges.length).toBe(board.links.length + 1);
    for (const n of nodes) expect([n.id, n.focusable]).toEqual([n.id, false]);
    for (const e of edges) expect([e.id, e.focusable]).toEqual([e.id, false]);
  });

  it('keeps it on items rebuilt after an edit or a selection', () => {
    const board = makeRichBoard();
    const before = syncNodes([], board, new Set());
    const moved = {
      ...board,
      steps: board.steps.map((s, i) => (i === 0 ? { ...s, label: 'Renamed' } : s)),
    };
    const after = syncNodes(before, moved, new Set([board.stakeholders[0]!.id]));
    expect(after).not.toBe(before);
    for (const n of after) expect(n.focusable).toBe(false);
    const edges = syncEdges([], board, new Set([board.links[0]!.id]));
    for (const e of edges) expect(e.focusable).toBe(false);
  });
});
