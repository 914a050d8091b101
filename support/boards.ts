/** Boards for the browser tests and the bench: a map of a given size, a drawn swimlane, a file's text. */
import { toBoardFile } from '../src/domain/create';
import type { Board, StageListLane } from '../src/domain/types';
import { bigBoard } from './big-board';

/** `people` stakeholders + `steps` steps (the map's nodes) and `links` links, with a new id. */
export function mapBoard(people: number, steps: number, links: number, id: string): Board {
  return { ...bigBoard(people, steps, links), id, title: id };
}

export const LIST_LANES: readonly StageListLane[] = [
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
