/** The boards the browser figures use, and the same content as a baseline page's inline JSON. */
import { toBoardFile } from '../src/domain/create';
import type { Board, StageListLane } from '../src/domain/types';
import type { FlowData, TableData } from './pages/data';
import { bigBoard } from './bigBoard';

/** `people` stakeholders + `steps` steps (the map's nodes) and `links` links, with a new id. */
export function mapBoard(people: number, steps: number, links: number, id: string): Board {
  return { ...bigBoard(people, steps, links), id, title: id };
}

const LIST_LANES: readonly StageListLane[] = [
  'actions',
  'information',
  'systems',
  'capabilities',
  'enablement',
];

/** A board with `steps` steps whose every stage has an owner, supporters and a few entries. */
export function laneBoard(steps: number): Board {
  const board = mapBoard(100, steps, steps * 3, 'bench-swimlane');
  board.team = [
    { id: 't1', name: 'Ann', role: 'sales', capabilities: ['org-mapping'] },
    { id: 't2', name: 'Bo', role: 'presales', capabilities: ['technical-presales'] },
    { id: 't3', name: 'Cy', role: 'delivery', capabilities: [] },
  ];
  board.sales = {};
  for (const [i, step] of board.steps.entries()) {
    board.sales[step.id] = {
      owner: `t${(i % 3) + 1}`,
      supporters: i % 2 ? ['t2'] : [],
      actions: [`Call ${i}`, `Demo ${i}`],
      information: [`Budget ${i}`],
      systems: ['CRM'],
      capabilities: i % 4 ? ['org-mapping'] : [],
      enablement: [`Deck ${i}`],
      dismissed: [],
      gaps: [],
    };
  }
  return board;
}

export function fileText(board: Board): string {
  return JSON.stringify(toBoardFile(board));
}

/** The map's nodes and edges for the bare React Flow page: same ids, positions and links. */
export function flowData(board: Board): FlowData {
  return {
    nodes: [
      ...board.steps.map((s) => ({ id: s.id, x: s.position.x, y: s.position.y, label: s.label })),
      ...board.stakeholders.map((s) => ({
        id: s.id,
        x: s.position.x,
        y: s.position.y,
        label: s.name,
      })),
    ],
    edges: board.links.map((l) => ({ id: l.id, source: l.source, target: l.target })),
  };
}

/** The swimlane's content for the plain React table. */
export function tableData(board: Board): TableData {
  return {
    team: board.team.map((m) => ({ id: m.id, name: m.name })),
    lanes: ['owner', ...LIST_LANES.slice(0, 4), 'supporters', 'enablement'],
    stages: board.steps.map((s) => {
      const stage = board.sales[s.id];
      const lists: Record<string, string[]> = {};
      for (const lane of LIST_LANES) lists[lane] = [...(stage?.[lane] ?? [])];
      return {
        id: s.id,
        label: s.label,
        owner: stage?.owner ?? '',
        supporters: [...(stage?.supporters ?? [])],
        lists,
        notes: stage?.notes ?? '',
      };
    }),
  };
}
