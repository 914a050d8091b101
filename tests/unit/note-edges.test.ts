import { describe, expect, it } from 'vitest';
import { noteEdgeId, syncEdges } from '../../src/canvas/toFlow';
import type { StickyNote } from '../../src/domain/types';
import { makeRichBoard } from './builders';

const note = (id: string, attachedTo?: string): StickyNote => ({
  id,
  text: 'said in the room',
  color: 'yellow',
  position: { x: 0, y: -100 },
  ...(attachedTo ? { attachedTo } : {}),
});

const NONE = new Set<string>();

describe('dotted lines from notes to their items', () => {
  it('draws one per attached note, to the right handle, never as a link', () => {
    const board = makeRichBoard();
    board.notes = [note('n1', 's1'), note('n2', 'p2'), note('n3', 'g1'), note('n4')];
    const edges = syncEdges([], board, NONE);
    const lines = edges.filter((e) => e.className === 'ka-note-link');
    expect(lines.map((e) => [e.id, e.source, e.target, e.targetHandle])).toEqual([
      [noteEdgeId('n1'), 'n1', 's1', 'in'],
      [noteEdgeId('n2'), 'n2', 'p2', 'people'],
      [noteEdgeId('n3'), 'n3', 'g1', 'attach'],
    ]);
    for (const line of lines) {
      expect(line).toMatchObject({
        sourceHandle: 'attach',
        selectable: false,
        focusable: false,
        deletable: false,
        type: 'straight',
      });
      expect(line.data?.link).toBeUndefined();
      expect(line.style?.strokeDasharray).toBeTruthy();
    }
    // The links are still one edge each, and no link edge is mistaken for a note line.
    expect(edges.filter((e) => e.data?.link)).toHaveLength(board.links.length);
    expect(board.links.some((l) => l.id.startsWith('note-link'))).toBe(false);
  });

  it('keeps an unchanged line object and follows a new attachment', () => {
    const board = makeRichBoard();
    board.notes = [note('n1', 's1')];
    const first = syncEdges([], board, NONE);
    const again = syncEdges(first, { ...board }, NONE);
    expect(again).toBe(first);
    const moved = { ...board, notes: [note('n1', 's2')] };
    const line = syncEdges(first, moved, NONE).find((e) => e.id === noteEdgeId('n1'));
    expect(line?.target).toBe('s2');
    const detached = { ...board, notes: [note('n1')] };
    expect(syncEdges(first, detached, NONE).some((e) => e.id === noteEdgeId('n1'))).toBe(false);
  });
});
