/**
 * Planned stages and the state of the recommendation (DOMAIN.md §7): a stage is planned when it
 * has an owner who is a team member or at least one entry in a list lane or among supporters
 * (`notes` and `dismissed` do not count). The recommendation is a verdict only when every stage
 * is planned; before that it is provisional, and with none planned there is no path to show.
 */
import { STAGE_LIST_LANES, ownStage } from './types';
import type { Board, SalesStage } from './types';

export type ReadinessState = 'no-steps' | 'unplanned' | 'provisional' | 'verdict';

/** Whether one stage counts as planned, given the ids of the board's team. */
export function isStagePlanned(
  stage: SalesStage | undefined,
  teamIds: ReadonlySet<string>,
): boolean {
  if (!stage) return false;
  if (stage.owner !== undefined && teamIds.has(stage.owner)) return true;
  if (stage.supporters.length > 0) return true;
  return STAGE_LIST_LANES.some((lane) => stage[lane].length > 0);
}

/** Ids of the board's steps whose stage is planned, in the order given. */
export function plannedStepIds(board: Board, stepIds: readonly string[]): string[] {
  const teamIds = new Set(board.team.map((m) => m.id));
  return stepIds.filter((id) => isStagePlanned(ownStage(board.sales, id), teamIds));
}

/** no-steps without stages; unplanned with none planned; provisional until all are; then verdict. */
export function readinessState(planned: number, stages: number): ReadinessState {
  if (stages === 0) return 'no-steps';
  if (planned === 0) return 'unplanned';
  return planned < stages ? 'provisional' : 'verdict';
}
