/** Commands on the sales stage of a buying step (the swimlane columns). */
import { sameText } from '../capabilities';
import { LIMITS } from '../schema';
import { PLAN_LANES, STAGE_LIST_LANES, emptySalesStage } from '../types';
import type { Board, PlanLane, SalesStage, StageListLane } from '../types';
import { clip, hasTeamMember, ownStage, setOptional } from './shared';

/** The stage of an existing step, created empty when missing; undefined for an unknown step. */
function stageToEdit(d: Board, stepId: string): SalesStage | undefined {
  if (!d.steps.some((s) => s.id === stepId)) return undefined;
  return ownStage(d.sales, stepId) ?? (d.sales[stepId] = emptySalesStage());
}

/** The lane of a stage when `index` is one of its entries; undefined otherwise. */
function laneWith(
  d: Board,
  stepId: string,
  lane: StageListLane,
  index: number,
): string[] | undefined {
  const list = ownStage(d.sales, stepId)?.[lane];
  const valid = list && Number.isInteger(index) && index >= 0 && index < list.length;
  return valid ? list : undefined;
}

/** Drops a lane's "none yet" mark: the lane now has an entry (docs/domain.md §4b). */
function clearGap(stage: SalesStage, lane: string): void {
  const at = stage.gaps.indexOf(lane as PlanLane);
  if (at >= 0) stage.gaps.splice(at, 1);
}

/**
 * Marks a lane of a stage "none yet" (the team looked and has nothing for it), or removes the
 * mark when it is there. A lane that has an entry is filled and is not marked.
 */
export function toggleStageGap(d: Board, stepId: string, lane: PlanLane): void {
  if (!PLAN_LANES.includes(lane)) return;
  const stage = stageToEdit(d, stepId);
  if (!stage) return;
  const at = stage.gaps.indexOf(lane);
  if (at >= 0) stage.gaps.splice(at, 1);
  else stage.gaps.push(lane);
}

function cleanList(list: string[]): string[] {
  return list.map((t) => clip(t, LIMITS.text)).slice(0, LIMITS.array);
}

/** Adds `text` to a list unless empty or already there (case-insensitive). */
function addUnique(list: string[], raw: string): void {
  const text = clip(raw.trim(), LIMITS.text);
  if (text === '' || list.length >= LIMITS.array || list.some((t) => sameText(t, text))) return;
  list.push(text);
}

/**
 * Sets fields of a step's stage, creating the stage when missing. Owner and supporters that are
 * not team members are ignored; `owner: undefined` or `notes: undefined` clears them.
 */
export function setStageField(d: Board, stepId: string, patch: Partial<SalesStage>): void {
  const stage = stageToEdit(d, stepId);
  if (!stage) return;
  for (const lane of [...STAGE_LIST_LANES, 'dismissed'] as const) {
    const list = patch[lane];
    if (list !== undefined) stage[lane] = cleanList(list);
    if (list !== undefined && list.length > 0) clearGap(stage, lane);
  }
  if (patch.supporters !== undefined) {
    stage.supporters = [...new Set(patch.supporters)].filter((id) => hasTeamMember(d, id));
    if (stage.supporters.length > 0) clearGap(stage, 'supporters');
  }
  if ('owner' in patch) setStageOwner(d, stepId, patch.owner);
  if ('notes' in patch) setOptional(stage, 'notes', patch.notes && clip(patch.notes, LIMITS.note));
}

/** Adds an entry to a lane: trimmed, ignored when empty or already there (case-insensitive). */
export function addStageEntry(d: Board, stepId: string, lane: StageListLane, text: string): void {
  if (text.trim() === '') return;
  const stage = stageToEdit(d, stepId);
  if (!stage) return;
  addUnique(stage[lane], text);
  if (stage[lane].length > 0) clearGap(stage, lane);
}

/** Removes the entry at `index` of a lane; out-of-range indexes do nothing. */
export function removeStageEntry(
  d: Board,
  stepId: string,
  lane: StageListLane,
  index: number,
): void {
  laneWith(d, stepId, lane, index)?.splice(index, 1);
}

/**
 * Renames lane entry `index` to `raw` (trimmed; for capabilities pass the resolved code). A
 * blank name, or one another entry of the lane already has (same rule as adding), removes the
 * entry instead, so a lane never holds the same entry twice.
 */
export function renameStageEntry(
  d: Board,
  stepId: string,
  lane: StageListLane,
  index: number,
  raw: string,
): void {
  const list = laneWith(d, stepId, lane, index);
  if (!list) return;
  const text = clip(raw.trim(), LIMITS.text);
  const clash = list.some((e, i) => i !== index && sameText(e, text));
  if (text === '' || clash) list.splice(index, 1);
  else list[index] = text;
}

/** Moves a lane entry from one index to another (clamped to the list). */
export function moveStageEntry(
  d: Board,
  stepId: string,
  lane: StageListLane,
  from: number,
  to: number,
): void {
  const list = laneWith(d, stepId, lane, from);
  if (!list) return;
  const target = Math.max(0, Math.min(list.length - 1, Math.trunc(to)));
  if (target === from) return;
  const [entry] = list.splice(from, 1);
  list.splice(target, 0, entry!);
}

/** Remembers that the team rejected a suggestion for this stage. */
export function dismissSuggestion(d: Board, stepId: string, text: string): void {
  if (text.trim() === '') return;
  const stage = stageToEdit(d, stepId);
  if (stage) addUnique(stage.dismissed, text);
}

/** Forgets a dismissal (case-insensitive), so the suggestion shows again. */
export function restoreSuggestion(d: Board, stepId: string, text: string): void {
  const stage = ownStage(d.sales, stepId);
  if (!stage) return;
  const key = text.trim();
  const kept = stage.dismissed.filter((t) => !sameText(t, key));
  if (kept.length !== stage.dismissed.length) stage.dismissed = kept;
}

/** Copies a suggestion into the lane and clears any dismissal of it. */
export function acceptSuggestion(
  d: Board,
  stepId: string,
  lane: StageListLane,
  text: string,
): void {
  addStageEntry(d, stepId, lane, text);
  restoreSuggestion(d, stepId, text);
}

/** Sets the stage owner (a team member) or clears it with undefined. */
export function setStageOwner(d: Board, stepId: string, ownerId: string | undefined): void {
  if (ownerId === undefined) {
    const stage = ownStage(d.sales, stepId);
    if (stage) delete stage.owner;
    return;
  }
  if (!hasTeamMember(d, ownerId)) return;
  const stage = stageToEdit(d, stepId);
  if (!stage) return;
  stage.owner = ownerId;
  clearGap(stage, 'owner');
}

/** Adds a team member to the stage's supporters, or removes them when already there. */
export function toggleStageSupporter(d: Board, stepId: string, memberId: string): void {
  const supporters = ownStage(d.sales, stepId)?.supporters;
  const at = supporters ? supporters.indexOf(memberId) : -1;
  if (supporters && at >= 0) supporters.splice(at, 1);
  else if (hasTeamMember(d, memberId)) {
    const stage = stageToEdit(d, stepId);
    if (!stage) return;
    stage.supporters.push(memberId);
    clearGap(stage, 'supporters');
  }
}
