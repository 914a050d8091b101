import { slotInFrame, spotOutside } from '../placement';
import type { Board } from '../types';
import { updateGroup } from './groups';
import { moveItems } from './selection';
import { updateStakeholder } from './stakeholders';

/**
 * Files stakeholder `id` in department `groupId` (or in none) and moves the card there, so the
 * map shows what the field says: into a free slot of the frame (the frame grows when full), or
 * just outside the frame it leaves. Nothing happens for an unknown stakeholder or department,
 * or when the person is already filed there.
 */
export function refileStakeholder(d: Board, id: string, groupId: string | undefined): void {
  const item = d.stakeholders.find((s) => s.id === id);
  if (!item || item.groupId === groupId) return;
  const target = groupId === undefined ? undefined : d.groups.find((g) => g.id === groupId);
  if (groupId !== undefined && !target) return;
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
