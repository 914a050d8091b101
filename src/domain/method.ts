/**
 * The article's four-step method (docs/domain.md §1) as progress computed from the board: which steps
 * are done and the next concrete thing to do. Pure.
 */
import type { Analysis } from './analyze';
import { PARTICIPATION_LINKS } from './types';
import type { Board, PlanLane } from './types';

export type MethodStepId = 'objective' | 'map' | 'swimlane' | 'decide';

/** The next concrete thing to do; `id` names the item to go to, when there is one. */
export type NextThing =
  | { kind: 'set-objective' }
  | { kind: 'add-steps' }
  | { kind: 'add-decision-maker'; id?: string }
  | { kind: 'link-step'; id: string }
  | { kind: 'add-team' }
  | { kind: 'plan-stage'; id: string; lane: PlanLane }
  | { kind: 'review' };

export interface MethodStep {
  id: MethodStepId;
  done: boolean;
  /** null when the step is done. */
  next: NextThing | null;
}

const PARTICIPATION: ReadonlySet<string> = new Set(PARTICIPATION_LINKS);

function mapNext(board: Board, analysis: Analysis): NextThing | null {
  if (board.steps.length === 0) return { kind: 'add-steps' };
  if (!board.stakeholders.some((s) => s.roles.includes('decision-maker'))) {
    const first = board.stakeholders[0];
    return first ? { kind: 'add-decision-maker', id: first.id } : { kind: 'add-decision-maker' };
  }
  const linked = new Set(board.links.filter((l) => PARTICIPATION.has(l.type)).map((l) => l.target));
  const unlinked = analysis.stages.find((s) => !linked.has(s.stepId));
  return unlinked ? { kind: 'link-step', id: unlinked.stepId } : null;
}

function swimlaneNext(board: Board, analysis: Analysis): NextThing | null {
  if (analysis.stages.length === 0) return { kind: 'add-steps' };
  const team = new Set(board.team.map((m) => m.id));
  if (team.size === 0) return { kind: 'add-team' };
  const open = analysis.stages.find((s) => s.unaddressed.length > 0);
  return open ? { kind: 'plan-stage', id: open.stepId, lane: open.unaddressed[0]! } : null;
}

/**
 * The four steps: (a) objective set; (b) the client sample mapped: 1+ step, a decision maker,
 * every step linked to a stakeholder; (c) the swimlane drawn: every stage planned (§7: its six
 * lanes filled or marked "none yet"), the next thing being the first open lane in column order; (d) the path decided: the recommendation is a verdict and the team marked it reviewed.
 * `analysis` must be the analysis of `board`.
 */
export function methodProgress(board: Board, analysis: Analysis): MethodStep[] {
  const step = (id: MethodStepId, next: NextThing | null): MethodStep => ({
    id,
    done: next === null,
    next,
  });
  const reviewed =
    analysis.state === 'verdict' &&
    analysis.recommendation !== null &&
    board.reviewedPath === analysis.recommendation;
  return [
    step('objective', board.objective === undefined ? { kind: 'set-objective' } : null),
    step('map', mapNext(board, analysis)),
    step('swimlane', swimlaneNext(board, analysis)),
    step('decide', reviewed ? null : { kind: 'review' }),
  ];
}
