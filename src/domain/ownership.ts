import type { Board } from './types';

/**
 * Stakeholders whose relationship owner is a member of our team, and all stakeholders: the
 * coverage summary the map's coverage lines show beside their toggle.
 */
export function coverageCount(board: Board): { owned: number; total: number } {
  const team = new Set(board.team.map((m) => m.id));
  const owned = board.stakeholders.filter(
    (s) => s.relationshipOwner !== undefined && team.has(s.relationshipOwner),
  ).length;
  return { owned, total: board.stakeholders.length };
}
