import { PLAN_FLAGS, computeFlags, flagMessage } from './flags';
import type { Flag, FlagCode } from './flags';
import { columnOrder } from './order';
import { readinessState, unaddressedLanes } from './planned';
import { ownStage } from './types';
import type { ReadinessState } from './planned';
import type { Lang } from './lang';
import { PATH_TEXTS } from './text/paths';
import { DEFAULT_THRESHOLDS } from './types';
import type { Board, PlanLane, Recommendation, StepKind, Thresholds } from './types';

export type { Recommendation } from './types';

/** One column of the swimlane with the codes of its stage flags. */
export interface StageResult {
  stepId: string;
  label: string;
  kind: StepKind;
  flags: FlagCode[];
  /** Open lanes (§7): neither filled nor marked "none yet", in PLAN_LANES order. */
  unaddressed: PlanLane[];
}

export interface Analysis {
  board: string;
  stages: StageResult[];
  flags: Flag[];
  blockingPoints: number;
  blockingStepIds: string[];
  /** Share of stages without plan flags; null when the board has no steps. */
  fit: number | null;
  recommendation: Recommendation | null;
  /** The thresholds actually used (the board's own, or the defaults). */
  thresholds: Thresholds;
  /** Stages with all six lanes addressed (§7), and their step ids in column order. */
  plannedStages: number;
  plannedStepIds: string[];
  /** Whether the recommendation is a verdict, provisional, or not to be shown yet (§7). */
  state: ReadinessState;
}

const PLAN: ReadonlySet<FlagCode> = new Set(PLAN_FLAGS);

/** §7: part-time when fit ≥ partTime, split when split ≤ fit < partTime, rebuild below. */
export function recommend(fit: number, t: Thresholds): Recommendation {
  if (fit >= t.partTime) return 'part-time';
  if (fit >= t.split) return 'split';
  return 'rebuild';
}

/** What a recommended path means, in the UI language (§7). */
export function pathMeaning(r: Recommendation, lang: Lang): string {
  return PATH_TEXTS[lang][r];
}

/**
 * Analyses a valid board (§5–§7): stages in column order with their flags, every flag, blocking
 * points, fit and the recommended path. Pure and deterministic; O((items + links) log steps).
 */
export function analyzeBoard(board: Board): Analysis {
  const order = columnOrder(board);
  const flags = computeFlags(board, order);
  const byStep = new Map<string, FlagCode[]>();
  for (const flag of flags) {
    if (!flag.code.startsWith('stage.') || flag.subject === null) continue;
    const list = byStep.get(flag.subject);
    if (list) list.push(flag.code);
    else byStep.set(flag.subject, [flag.code]);
  }
  const teamIds = new Set(board.team.map((m) => m.id));
  const stages: StageResult[] = order.map((step) => ({
    stepId: step.id,
    label: step.label,
    kind: step.kind,
    flags: byStep.get(step.id) ?? [],
    unaddressed: unaddressedLanes(ownStage(board.sales, step.id), teamIds),
  }));
  const blockingStepIds = stages
    .filter((s) => s.flags.some((code) => PLAN.has(code)))
    .map((s) => s.stepId);
  const thresholds = board.settings?.thresholds ?? DEFAULT_THRESHOLDS;
  // (n - b) / n rounds once, so a fit that equals a threshold compares equal to it.
  const fit = stages.length === 0 ? null : (stages.length - blockingStepIds.length) / stages.length;
  const planned = stages.filter((s) => s.unaddressed.length === 0).map((s) => s.stepId);
  return {
    board: board.id,
    stages,
    flags,
    blockingPoints: blockingStepIds.length,
    blockingStepIds,
    fit,
    recommendation: fit === null ? null : recommend(fit, thresholds),
    thresholds: { ...thresholds },
    plannedStages: planned.length,
    plannedStepIds: planned,
    state: readinessState(planned.length, stages.length),
  };
}

/** The §8 JSON shape of the `analyze` command, flag messages in `lang`. */
export function toAnalyzeOutput(a: Analysis, lang: Lang = 'en'): object {
  return {
    board: a.board,
    stages: a.stages.map((s) => ({
      stepId: s.stepId,
      label: s.label,
      flags: [...s.flags],
      unaddressed: [...s.unaddressed],
    })),
    flags: a.flags.map((f) => ({
      code: f.code,
      subject: f.subject,
      message: flagMessage(f, lang),
    })),
    blockingPoints: a.blockingPoints,
    fit: a.fit,
    recommendation: a.recommendation,
    plannedStages: a.plannedStages,
  };
}
