import { describe, expect, it } from 'vitest';
import { coverageCount } from '../../src/domain/ownership';
import {
  coverageEdges,
  LANE_OFFSET,
  LANE_STEP,
  teamNodeId,
  teamNodes,
} from '../../src/canvas/coverage';
import { makeBoard, makeGroup, makeStakeholder, makeTeamMember } from './builders';

const board = makeBoard({
  groups: [makeGroup({ id: 'g1', position: { x: 40, y: -100 } })],
  team: [
    makeTeamMember({ id: 't1', name: 'Wang' }),
    makeTeamMember({ id: 't2', name: 'Li', role: 'presales' }),
    makeTeamMember({ id: 't3', name: 'Zhao', role: 'legal' }),
  ],
  stakeholders: [
    makeStakeholder({ id: 's1', name: 'CFO', relationshipOwner: 't1', position: { x: 100, y: 0 } }),
    makeStakeholder({ id: 's2', name: 'CIO', relationshipOwner: 't1', position: { x: 300, y: 0 } }),
    makeStakeholder({
      id: 's3',
      name: 'Buyer',
      relationshipOwner: 't2',
      position: { x: 500, y: 0 },
    }),
    makeStakeholder({ id: 's4', name: 'VP', position: { x: 700, y: 0 } }),
  ],
});

describe('coverage lines', () => {
  it('draw one line per owned person, from the owner to the person; nobody owns the VP', () => {
    const edges = coverageEdges(board, new Map());
    expect(edges.map((e) => [e.source, e.target])).toEqual([
      [teamNodeId('t1'), 's1'],
      [teamNodeId('t1'), 's2'],
      [teamNodeId('t2'), 's3'],
    ]);
    expect(edges.some((e) => e.target === 's4')).toBe(false);
    // Derived, not links: no link data, never selectable, deletable or focusable.
    for (const e of edges) {
      expect(e.data).toBeUndefined();
      expect([e.selectable, e.deletable, e.focusable]).toEqual([false, false, false]);
      expect(board.links.some((l) => l.id === e.id)).toBe(false);
    }
    expect(edges[0]!.ariaLabel).toBe('Wang → CFO');
  });

  it('put every team member in a lane left of the map, with how many people they own', () => {
    const nodes = teamNodes(board, new Map());
    expect(nodes.map((n) => [n.id, n.data.owned])).toEqual([
      [teamNodeId('t1'), 2],
      [teamNodeId('t2'), 1],
      [teamNodeId('t3'), 0],
    ]);
    // Left of the leftmost item (the group at x 40), from the topmost one (y -100) down.
    expect(nodes.map((n) => n.position)).toEqual([
      { x: 40 - LANE_OFFSET, y: -100 },
      { x: 40 - LANE_OFFSET, y: -100 + LANE_STEP },
      { x: 40 - LANE_OFFSET, y: -100 + 2 * LANE_STEP },
    ]);
    expect(nodes.every((n) => n.draggable === false && n.selectable === false)).toBe(true);
  });

  it('reuse unchanged node and edge objects, so React Flow skips them', () => {
    const nodes = teamNodes(board, new Map());
    const edges = coverageEdges(board, new Map());
    const again = teamNodes(board, new Map(nodes.map((n) => [n.id, n])));
    expect(again.every((n, i) => n === nodes[i])).toBe(true);
    const lines = coverageEdges(board, new Map(edges.map((e) => [e.id, e])));
    expect(lines.every((e, i) => e === edges[i])).toBe(true);
  });

  it('ignore an owner who is not on the team and count who is covered', () => {
    const odd = makeBoard({
      ...board,
      stakeholders: [
        ...board.stakeholders,
        makeStakeholder({ id: 's5', relationshipOwner: 'gone' }),
      ],
    });
    expect(coverageEdges(odd, new Map())).toHaveLength(3);
    expect(coverageCount(odd)).toEqual({ owned: 3, total: 5 });
  });
});
