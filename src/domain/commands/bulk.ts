/** Commands that change several stakeholders at once (a workshop's bulk edit). */
import type { Board, Stakeholder } from '../types';
import { updateStakeholder } from './stakeholders';

/** The fields a bulk edit can set; `null` clears the department or the relationship owner. */
export interface BulkStakeholderPatch {
  groupId?: string | null;
  stance?: Stakeholder['stance'];
  coverage?: Stakeholder['coverage'];
  relationshipOwner?: string | null;
}

/**
 * Sets the same department, stance, coverage or relationship owner on every stakeholder of `ids`
 * (ids of other items are skipped). A department or owner the board lacks is ignored, as in
 * updateStakeholder. Run inside one edit, it is one undo entry. Returns how many changed.
 */
export function updateStakeholders(
  d: Board,
  ids: readonly string[],
  patch: BulkStakeholderPatch,
): number {
  const wanted = new Set(ids);
  let changed = 0;
  for (const s of d.stakeholders) {
    if (!wanted.has(s.id)) continue;
    const before = JSON.stringify(s);
    const one: Parameters<typeof updateStakeholder>[2] = {};
    if (patch.stance !== undefined) one.stance = patch.stance;
    if (patch.coverage !== undefined) one.coverage = patch.coverage;
    if (patch.groupId !== undefined) one.groupId = patch.groupId ?? undefined;
    if (patch.relationshipOwner !== undefined)
      one.relationshipOwner = patch.relationshipOwner ?? undefined;
    updateStakeholder(d, s.id, one);
    if (JSON.stringify(s) !== before) changed += 1;
  }
  return changed;
}
