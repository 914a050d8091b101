/** Turns moved map items into one document edit: positions, frame members and frame membership. */
import type { Draft } from 'immer';
import { moveItems, updateStakeholder } from '../domain/commands';
import type { Board, Point, Size } from '../domain/types';

/** Size used when a node was not measured yet (stakeholder card). */
export const FALLBACK_SIZE: Size = { width: 200, height: 110 };

export interface MovePlan {
  moves: { id: string; position: Point }[];
  membership: { id: string; groupId: string | undefined }[];
}

/**
 * Plans moving items to new absolute positions: members of a moved frame move with it, and a
 * moved stakeholder whose centre lands in a frame joins it (or leaves its frame when outside all).
 */
export function planMoves(
  board: Board,
  moved: ReadonlyMap<string, Point>,
  sizeOf: (id: string) => Size | undefined = () => undefined,
): MovePlan {
  const moves = [...moved].map(([id, position]) => ({ id, position }));
  const frames = board.groups.map((g) => ({ g, pos: moved.get(g.id) ?? g.position }));
  for (const { g, pos } of frames) {
    const dx = pos.x - g.position.x;
    const dy = pos.y - g.position.y;
    if (dx === 0 && dy === 0) continue;
    for (const s of board.stakeholders) {
      if (s.groupId === g.id && !moved.has(s.id)) {
        moves.push({ id: s.id, position: { x: s.position.x + dx, y: s.position.y + dy } });
      }
    }
  }
  const membership: MovePlan['membership'] = [];
  for (const s of board.stakeholders) {
    const pos = moved.get(s.id);
    if (!pos) continue;
    const size = sizeOf(s.id) ?? FALLBACK_SIZE;
    const cx = pos.x + size.width / 2;
    const cy = pos.y + size.height / 2;
    const inside = frames.filter(
      ({ g, pos: p }) =>
        cx >= p.x && cx <= p.x + g.size.width && cy >= p.y && cy <= p.y + g.size.height,
    );
    const groupId = inside[inside.length - 1]?.g.id;
    if (groupId !== s.groupId) membership.push({ id: s.id, groupId });
  }
  return { moves, membership };
}

/** Applies a move plan to a board draft (inside one `edit`, so one undo entry). */
export function applyMovePlan(d: Draft<Board>, plan: MovePlan): void {
  moveItems(d, plan.moves);
  for (const m of plan.membership) updateStakeholder(d, m.id, { groupId: m.groupId });
}
