/** The same content as the app's boards (support/boards.ts), as a baseline page's inline JSON. */
import type { Board } from '../src/domain/types';
import { LIST_LANES } from '../support/boards';
import type { FlowData, TableData } from './pages/data';

export { fileText, laneBoard, mapBoard } from '../support/boards';

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
