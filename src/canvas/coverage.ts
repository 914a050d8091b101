/**
 * Coverage lines (relationship map view): our team members as a lane of small nodes left of the
 * map, each joined to the client people they own (`relationshipOwner`). Derived from the board,
 * never saved and never selectable as links; a person nobody owns stays visibly unconnected.
 */
import type { Board } from '../domain/types';
import type { MapEdge, TeamNodeType } from './toFlow';

export type { TeamNodeType } from './toFlow';
/** A coverage line: a map edge without a link behind it. */
export type CoverageEdge = MapEdge;

/** Distance from the map's left edge to the team lane, and between two team nodes. */
export const LANE_OFFSET = 260;
export const LANE_STEP = 80;
export const COVERAGE_COLOR = '#d6336c';
export const COVERAGE_DASH = '10 5';

/** Ids of the derived items: prefixed so they never collide with a board item. */
export const teamNodeId = (memberId: string) => `cov-team:${memberId}`;
export const coverageEdgeId = (stakeholderId: string) => `cov-line:${stakeholderId}`;
export const isCoverageEdge = (edge: { id: string }) => edge.id.startsWith('cov-line:');

/** The top-left corner of what the map shows (items' stored positions). */
function topLeft(board: Board): { x: number; y: number } {
  const points = [
    ...board.stakeholders.map((s) => s.position),
    ...board.steps.map((s) => s.position),
    ...board.groups.map((g) => g.position),
  ];
  if (points.length === 0) return { x: 0, y: 0 };
  return {
    x: Math.min(...points.map((p) => p.x)),
    y: Math.min(...points.map((p) => p.y)),
  };
}

/** The team lane: one node per team member, in team order, left of every item on the map. */
export function teamNodes(board: Board, prev: ReadonlyMap<string, TeamNodeType>): TeamNodeType[] {
  const corner = topLeft(board);
  const owned = new Map<string, number>();
  for (const s of board.stakeholders) {
    if (s.relationshipOwner)
      owned.set(s.relationshipOwner, (owned.get(s.relationshipOwner) ?? 0) + 1);
  }
  return board.team.map((m, i) => {
    const id = teamNodeId(m.id);
    const position = { x: corner.x - LANE_OFFSET, y: corner.y + i * LANE_STEP };
    const count = owned.get(m.id) ?? 0;
    const old = prev.get(id);
    if (
      old &&
      old.data.item === m &&
      old.data.owned === count &&
      old.position.x === position.x &&
      old.position.y === position.y
    ) {
      return old;
    }
    return {
      id,
      type: 'team',
      position,
      data: { item: m, owned: count },
      ariaLabel: m.name,
      draggable: false,
      selectable: false,
      connectable: false,
      deletable: false,
      focusable: false,
      ...(old?.measured ? { measured: old.measured } : {}),
    };
  });
}

/** One line per owned stakeholder, from their owner's team node to the person. */
export function coverageEdges(
  board: Board,
  prev: ReadonlyMap<string, CoverageEdge>,
): CoverageEdge[] {
  const team = new Map(board.team.map((m) => [m.id, m]));
  const out: CoverageEdge[] = [];
  for (const s of board.stakeholders) {
    const owner = s.relationshipOwner ? team.get(s.relationshipOwner) : undefined;
    if (!owner) continue;
    const id = coverageEdgeId(s.id);
    const ariaLabel = `${owner.name} → ${s.name}`;
    const old = prev.get(id);
    if (old && old.source === teamNodeId(owner.id) && old.ariaLabel === ariaLabel) {
      out.push(old);
      continue;
    }
    out.push({
      id,
      source: teamNodeId(owner.id),
      target: s.id,
      sourceHandle: 'out',
      targetHandle: 'owner',
      type: 'default',
      className: 'ka-edge ka-edge-coverage',
      ariaLabel,
      selectable: false,
      focusable: false,
      deletable: false,
      reconnectable: false,
      style: { stroke: COVERAGE_COLOR, strokeWidth: 3, strokeDasharray: COVERAGE_DASH },
    });
  }
  return out;
}
