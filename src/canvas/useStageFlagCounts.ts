import type { Analysis } from '../domain/analyze';
import type { Board } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { analysisOf } from '../store/useAnalysis';

/** Flag counts per analysis object, so the step nodes share one map per board change. */
const cache = new WeakMap<Analysis, ReadonlyMap<string, number>>();

/**
 * Number of flags on each step's sales stage. Read from the analysis the panels use (same board), so an edit runs the analysis once, never during a drag.
 */
export function stageFlagCounts(board: Board): ReadonlyMap<string, number> {
  const analysis = analysisOf(board);
  let counts = cache.get(analysis);
  if (!counts) {
    counts = new Map(analysis.stages.map((s) => [s.stepId, s.flags.length]));
    cache.set(analysis, counts);
  }
  return counts;
}

/** Flag counts of every step of the open board. */
export function useStageFlagCounts(): ReadonlyMap<string, number> {
  return useDocumentStore((s) => (s.board ? stageFlagCounts(s.board) : EMPTY));
}

/** Flag count of one step: a number, so the step node re-renders only when it changes. */
export function useStageFlagCount(stepId: string): number {
  return useDocumentStore((s) => (s.board ? (stageFlagCounts(s.board).get(stepId) ?? 0) : 0));
}

const EMPTY: ReadonlyMap<string, number> = new Map();
