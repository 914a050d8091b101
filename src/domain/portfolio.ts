/**
 * The portfolio (docs/domain.md §9): a set of client samples, each a whole board, from which the
 * organisation's path is decided. Weights, the weighted fit and path, the provisional state, the
 * sales chain by step kind, recurring capability gaps and the samples the path depends on.
 * Pure and deterministic; each sample is analysed exactly as `analyzeBoard` does (§5-§8).
 */
import { analyzeBoard, recommend } from './analyze';
import type { Analysis, Recommendation } from './analyze';
import { capabilityKey } from './capabilities';
import { PLAN_FLAGS } from './flagCodes';
import type { FlagCode } from './flagCodes';
import { DEFAULT_THRESHOLDS, STEP_KINDS } from './types';
import type { Board, StepKind, Thresholds } from './types';

export const PORTFOLIO_FORMAT = 'ka-buying-canvas-portfolio' as const;
export const PORTFOLIO_VERSION = 1 as const;

export type Weighting = 'volume' | 'accounts';

export interface PortfolioSample {
  board: string;
  weight: number;
  fit: number | null;
  recommendation: Recommendation | null;
  plannedStages: number;
  stages: number;
}

export interface ChainEntry {
  kind: StepKind;
  /** How many samples have a step of this kind. */
  samples: number;
  /** Their weight / W. */
  share: number;
  /** The weight of those samples where some stage of this kind blocks / their weight. */
  blockingShare: number;
  /** Per plan flag code firing on some stage of this kind: weight where it does / their weight. */
  flags: Partial<Record<FlagCode, number>>;
}

export interface CapabilityGapShare {
  capability: string;
  share: number;
}

export interface PortfolioAnalysis {
  portfolio: string | null;
  weighting: Weighting;
  samples: PortfolioSample[];
  chain: ChainEntry[];
  capabilityGaps: CapabilityGapShare[];
  fit: number | null;
  recommendation: Recommendation | null;
  provisional: boolean;
  dependsOn: string[];
  /** The thresholds used (the portfolio's own, or the defaults). */
  thresholds: Thresholds;
  /** Board ids of the samples without a purchase volume > 0 (why the weighting is by accounts). */
  lackingVolume: string[];
  /** Each sample's own analysis, in sample order (for the heat map). */
  analyses: Analysis[];
}

const PLAN: ReadonlySet<FlagCode> = new Set(PLAN_FLAGS);

/** The number of target accounts a sample stands for (§4b: integer >= 1, default 1). */
export function similarAccountsOf(board: Board): number {
  return board.account.similarAccounts ?? 1;
}

function hasVolume(board: Board): boolean {
  const v = board.account.purchaseVolume;
  return v !== undefined && v > 0;
}

/** §9 weights: volume × accounts when every sample has a volume > 0, else accounts. */
export function sampleWeights(boards: readonly Board[]): {
  weighting: Weighting;
  weights: number[];
} {
  const volume = boards.length > 0 && boards.every(hasVolume);
  const weights = boards.map((b) =>
    volume ? b.account.purchaseVolume! * similarAccountsOf(b) : similarAccountsOf(b),
  );
  return { weighting: volume ? 'volume' : 'accounts', weights };
}

/** Σ weight × fit / W over the samples with steps, skipping `skip`; null when none is left. */
function weightedFit(analyses: readonly Analysis[], weights: readonly number[], skip = -1) {
  let sum = 0;
  let total = 0;
  analyses.forEach((a, i) => {
    if (i === skip || a.fit === null) return;
    sum += weights[i]! * a.fit;
    total += weights[i]!;
  });
  return total === 0 ? null : sum / total;
}

function chainOf(
  analyses: readonly Analysis[],
  weights: readonly number[],
  total: number,
): ChainEntry[] {
  const out: ChainEntry[] = [];
  for (const kind of STEP_KINDS) {
    let count = 0;
    let kindWeight = 0;
    let blockingWeight = 0;
    const flagWeight = new Map<FlagCode, number>();
    analyses.forEach((a, i) => {
      const stages = a.stages.filter((s) => s.kind === kind);
      if (stages.length === 0) return;
      const w = weights[i]!;
      count++;
      kindWeight += w;
      if (stages.some((s) => s.flags.some((code) => PLAN.has(code)))) blockingWeight += w;
      for (const code of PLAN_FLAGS) {
        if (stages.some((s) => s.flags.includes(code))) {
          flagWeight.set(code, (flagWeight.get(code) ?? 0) + w);
        }
      }
    });
    if (count === 0) continue;
    const flags: Partial<Record<FlagCode, number>> = {};
    for (const code of PLAN_FLAGS) {
      const w = flagWeight.get(code);
      if (w !== undefined) flags[code] = w / kindWeight;
    }
    out.push({
      kind,
      samples: count,
      share: kindWeight / total,
      blockingShare: blockingWeight / kindWeight,
      flags,
    });
  }
  return out;
}

function capabilityGapsOf(
  analyses: readonly Analysis[],
  weights: readonly number[],
  total: number,
) {
  const weightOf = new Map<string, number>();
  analyses.forEach((a, i) => {
    const missing = new Set<string>();
    for (const flag of a.flags) {
      if (flag.code !== 'stage.capability-gap') continue;
      for (const entry of flag.missing ?? []) {
        const key = capabilityKey(entry);
        if (key !== '') missing.add(key);
      }
    }
    for (const key of missing) weightOf.set(key, (weightOf.get(key) ?? 0) + weights[i]!);
  });
  const gaps = [...weightOf].map(([capability, w]) => ({ capability, share: w / total }));
  return gaps.sort(
    (a, b) =>
      b.share - a.share || (a.capability < b.capability ? -1 : a.capability > b.capability ? 1 : 0),
  );
}

/**
 * Analyses valid boards as a portfolio (§9). `id` is the portfolio's id (null for loose board
 * files); `thresholds` the portfolio's own, defaults otherwise.
 */
export function analyzePortfolio(
  boards: readonly Board[],
  opts: { id?: string | null; thresholds?: Thresholds } = {},
): PortfolioAnalysis {
  const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const analyses = boards.map((b) => analyzeBoard(b));
  const { weighting, weights } = sampleWeights(boards);
  const withSteps = analyses.map((a, i) => (a.fit === null ? -1 : i)).filter((i) => i >= 0);
  const total = withSteps.reduce((sum, i) => sum + weights[i]!, 0);
  const fit = weightedFit(analyses, weights);
  const recommendation = fit === null ? null : recommend(fit, thresholds);
  const dependsOn: string[] = [];
  if (withSteps.length >= 2) {
    for (const i of withSteps) {
      const without = weightedFit(analyses, weights, i);
      const path = without === null ? null : recommend(without, thresholds);
      if (path !== recommendation) dependsOn.push(boards[i]!.id);
    }
  }
  return {
    portfolio: opts.id ?? null,
    weighting,
    samples: analyses.map((a, i) => ({
      board: a.board,
      weight: weights[i]!,
      fit: a.fit,
      recommendation: a.recommendation,
      plannedStages: a.plannedStages,
      stages: a.stages.length,
    })),
    chain: total === 0 ? [] : chainOf(analyses, weights, total),
    capabilityGaps: total === 0 ? [] : capabilityGapsOf(analyses, weights, total),
    fit,
    recommendation,
    provisional: analyses.some((a) => a.fit !== null && a.plannedStages < a.stages.length),
    dependsOn,
    thresholds: { ...thresholds },
    lackingVolume: boards.filter((b) => !hasVolume(b)).map((b) => b.id),
    analyses,
  };
}

/** The §9 JSON shape of `analyze` for a portfolio. */
export function toPortfolioOutput(p: PortfolioAnalysis): object {
  return {
    portfolio: p.portfolio,
    weighting: p.weighting,
    samples: p.samples.map((s) => ({ ...s })),
    chain: p.chain.map((c) => ({ ...c, flags: { ...c.flags } })),
    capabilityGaps: p.capabilityGaps.map((g) => ({ ...g })),
    fit: p.fit,
    recommendation: p.recommendation,
    provisional: p.provisional,
    dependsOn: [...p.dependsOn],
  };
}
