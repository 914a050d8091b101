import { moveItems, updateGroup, updateStakeholder } from '../../domain/commands';
import type { Board, Stakeholder } from '../../domain/types';
import { slotInFrame, spotOutside } from '../placement';

/**
 * Files a stakeholder in department `groupId` (or none) and moves it there, so the map shows
 * what the field says: into a free slot of the frame (grown when full), or just outside it.
 */
export function refile(d: Board, item: Stakeholder, groupId: string | undefined): void {
  const target = d.groups.find((g) => g.id === groupId);
  const left = d.groups.find((g) => g.id === item.groupId);
  if (target) {
    const slot = slotInFrame(d, item.id, target);
    if (slot.size) updateGroup(d, target.id, { size: slot.size });
    moveItems(d, [{ id: item.id, position: slot.position }]);
  } else if (left) {
    moveItems(d, [{ id: item.id, position: spotOutside(d, item.id, left) }]);
  }
  updateStakeholder(d, item.id, { groupId: target?.id });
}
