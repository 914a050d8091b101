/**
 * The view model of the portfolio page (docs/domain.md §9), from the stored boards and their
 * portfolio analysis: the heat map by sample and step kind, the verdict's state, the recurring
 * gaps and the coverage of the segment grid. Pure, so it is tested without a browser.
 */
import type { Analysis, StageResult } from '../domain/analyze';
import type { FlagCode } from '../domain/flagCodes';
import { PLAN_FLAGS } from '../domain/flagCodes';
import type { ChainEntry, PortfolioAnalysis } from '../domain/portfolio';
import { PLAN_LANES, STEP_KINDS, TIERS } from '../domain/types';
import type { Board, PlanLane, StepKind, Tier } from '../domain/types';

const PLAN: ReadonlySet<FlagCode> = new Set(PLAN_FLAGS);

/**
 * One cell of the heat map: the stages of one kind in one sample. A planned stage with plan
 * flags is a confirmed blocking point and wins; else a stage with open lanes makes the cell
 * "not yet planned" (its flags mean little before the team has looked at every lane); else
 * every stage of the kind is planned and clear. `stepId` is the stage a click opens.
 */
export type HeatCell =
  | { state: 'absent' }
  | { state: 'blocking'; stepId: string; flags: FlagCode[] }
  | { state: 'unplanned'; stepId: string; lanes: PlanLane[] }
  | { state: 'clear'; stepId: string };

export interface HeatRow {
  board: string;
  title: string;
  tier: Tier;
  industry: string;
  weight: number;
  cells: HeatCell[];
}

export interface HeatMap {
  kinds: StepKind[];
  rows: HeatRow[];
}

const blocks = (s: StageResult) => s.flags.some((code) => PLAN.has(code));

/** The cell of `kind` in one sample's analysis. */
export function heatCell(analysis: Analysis, kind: StepKind): HeatCell {
  const stages = analysis.stages.filter((s) => s.kind === kind);
  if (stages.length === 0) return { state: 'absent' };
  const blocking = stages.filter((s) => s.unaddressed.length === 0 && blocks(s));
  if (blocking.length > 0) {
    const fired = new Set(blocking.flatMap((s) => s.flags));
    return {
      state: 'blocking',
      stepId: blocking[0]!.stepId,
      flags: PLAN_FLAGS.filter((code) => fired.has(code)),
    };
  }
  const open = stages.filter((s) => s.unaddressed.length > 0);
  if (open.length > 0) {
    const lanes = new Set(open.flatMap((s) => s.unaddressed));
    return {
      state: 'unplanned',
      stepId: open[0]!.stepId,
      lanes: PLAN_LANES.filter((lane) => lanes.has(lane)),
    };
  }
  return { state: 'clear', stepId: stages[0]!.stepId };
}

/** Rows in sample order; columns the step kinds present in some sample, in process order. */
export function heatMap(boards: readonly Board[], p: PortfolioAnalysis): HeatMap {
  const present = new Set(p.analyses.flatMap((a) => a.stages.map((s) => s.kind)));
  const kinds = STEP_KINDS.filter((k) => present.has(k));
  const rows = boards.map((board, i) => ({
    board: board.id,
    title: board.title,
    tier: board.account.tier,
    industry: board.account.industry?.trim() ?? '',
    weight: p.samples[i]!.weight,
    cells: kinds.map((kind) => heatCell(p.analyses[i]!, kind)),
  }));
  return { kinds, rows };
}

export interface VerdictState {
  /** Samples with steps, and those of them with every stage planned. */
  withSteps: number;
  fullyPlanned: number;
  /** Some stage of some sample is planned: only then is a path shown (§7). */
  anyPlanned: boolean;
  /** 'none' without steps; 'unplanned' with no stage planned; else provisional or verdict. */
  state: 'none' | 'unplanned' | 'provisional' | 'verdict';
}

export function verdictState(p: PortfolioAnalysis): VerdictState {
  const withSteps = p.samples.filter((s) => s.stages > 0);
  const fullyPlanned = withSteps.filter((s) => s.plannedStages === s.stages).length;
  const anyPlanned = withSteps.some((s) => s.plannedStages > 0);
  const state =
    p.fit === null ? 'none' : !anyPlanned ? 'unplanned' : p.provisional ? 'provisional' : 'verdict';
  return { withSteps: withSteps.length, fullyPlanned, anyPlanned, state };
}

export interface RecurringKind {
  kind: StepKind;
  /** The weight share of all samples in which this kind blocks: blockingShare × share. */
  share: number;
  entry: ChainEntry;
}

/** The step kinds that block, by the weight of the samples in which they do, largest first. */
export function recurringKinds(p: PortfolioAnalysis): RecurringKind[] {
  return p.chain
    .map((entry) => ({ kind: entry.kind, share: entry.blockingShare * entry.share, entry }))
    .filter((r) => r.share > 0)
    .sort((a, b) => b.share - a.share || STEP_KINDS.indexOf(a.kind) - STEP_KINDS.indexOf(b.kind));
}

export interface Coverage {
  tiers: readonly Tier[];
  /** Industries named by some sample, in first-seen order; '' for samples without one. */
  industries: string[];
  /** Sample titles per `${tier}\u0000${industry}`. */
  cells: Map<string, string[]>;
  /** Combinations of a tier and a named industry with no sample yet. */
  missing: number;
}

export const coverageKey = (tier: Tier, industry: string) => `${tier}\u0000${industry}`;

/** The tier × industry grid of the segment: which combinations have a sample, which none. */
export function coverage(boards: readonly Board[]): Coverage {
  const industries: string[] = [];
  const cells = new Map<string, string[]>();
  for (const b of boards) {
    const industry = b.account.industry?.trim() ?? '';
    if (!industries.includes(industry)) industries.push(industry);
    const key = coverageKey(b.account.tier, industry);
    cells.set(key, [...(cells.get(key) ?? []), b.title]);
  }
  const named = industries.filter((i) => i !== '');
  // Samples without an industry go last.
  const ordered = industries.includes('') ? [...named, ''] : named;
  let missing = 0;
  for (const tier of TIERS) for (const i of named) if (!cells.has(coverageKey(tier, i))) missing++;
  return { tiers: TIERS, industries: ordered, cells, missing };
}
