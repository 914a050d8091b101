import { analyzeBoard } from '../domain/analyze';
import type { Board } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';

/** Flag counts per step id, computed once per board object (boards are immutable snapshots). */
const cache = new WeakMap<Board, ReadonlyMap<string, number>>();

/** Number of flags on each step's sales stage; memoised on the board, never redone during a drag. */
export function stageFlagCounts(board: Board): ReadonlyMap<string, number> {
  let counts = cache.get(board);
  if (!counts) {
    // Flag codes do not depend on the language; the messages are not used here.
    const analysis = analyzeBoard(board, 'en');
    counts = new Map(analysis.stages.map((s) => [s.stepId, s.flags.length]));
    cache.set(board, counts);
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
