/**
 * Planned stages and the state of the recommendation (docs/domain.md §7). A lane of a stage is
 * addressed when it is filled (a non-blank entry; for the owner, an owner who is a team member)
 * or marked "none yet" in `gaps`. A stage is planned when all six plan lanes are addressed;
 * enablement, `notes` and `dismissed` never count. The recommendation is a verdict only when
 * every stage is planned; before that it is provisional, and with none planned there is no path.
 */
import { PLAN_LANES } from './types';
import type { PlanLane, SalesStage } from './types';

export type ReadinessState = 'no-steps' | 'unplanned' | 'provisional' | 'verdict';

/** Whether a lane of the stage holds an entry (gaps aside). */
export function isLaneFilled(
  stage: SalesStage | undefined,
  lane: PlanLane,
  teamIds: ReadonlySet<string>,
): boolean {
  if (!stage) return false;
  if (lane === 'owner') return stage.owner !== undefined && teamIds.has(stage.owner);
  if (lane === 'supporters') return stage.supporters.length > 0;
  return stage[lane].some((entry) => entry.trim() !== '');
}

/** The stage's open lanes (neither filled nor marked "none yet"), in the order of PLAN_LANES. */
export function unaddressedLanes(
  stage: SalesStage | undefined,
  teamIds: ReadonlySet<string>,
): PlanLane[] {
  const gaps = stage?.gaps ?? [];
  return PLAN_LANES.filter((lane) => !gaps.includes(lane) && !isLaneFilled(stage, lane, teamIds));
}

/** Whether one stage counts as planned, given the ids of the board's team. */
export function isStagePlanned(
  stage: SalesStage | undefined,
  teamIds: ReadonlySet<string>,
): boolean {
  return unaddressedLanes(stage, teamIds).length === 0;
}

/** no-steps without stages; unplanned with none planned; provisional until all are; then verdict. */
export function readinessState(planned: number, stages: number): ReadinessState {
  if (stages === 0) return 'no-steps';
  if (planned === 0) return 'unplanned';
  return planned < stages ? 'provisional' : 'verdict';
}
