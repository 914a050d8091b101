import { analyzeBoard, type Analysis } from '../domain/analyze';
import type { Board } from '../domain/types';
import { useDocumentStore } from './documentStore';

export { asLang } from '../domain/lang';

// One entry is enough: one board is open at a time, and every view asks for the same board, so
// the swimlane, the panels and the map share a single computation (texts come later, per view).
let cached: { board: Board; analysis: Analysis } | null = null;

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * `next` with every stage that equals its counterpart in `prev` replaced by that older object,
 * so the cells of a stage an edit did not touch get the same props and `memo` skips them.
 */
function keepUnchangedStages(prev: Analysis | undefined, next: Analysis): Analysis {
  if (!prev) return next;
  const before = new Map(prev.stages.map((s) => [s.stepId, s]));
  const stages = next.stages.map((s) => {
    const old = before.get(s.stepId);
    const same =
      old !== undefined &&
      old.label === s.label &&
      old.kind === s.kind &&
      sameCodes(old.flags, s.flags) &&
      sameCodes(old.unaddressed, s.unaddressed);
    return same ? old : s;
  });
  return { ...next, stages };
}

/**
 * The analysis of `board`, computed once per board object (one per revision: immer
 * gives a new one per edit), with unchanged stages kept from the previous revision.
 */
export function analysisOf(board: Board): Analysis {
  if (cached && cached.board === board) return cached.analysis;
  const prev = cached?.analysis.board === board.id ? cached.analysis : undefined;
  const analysis = keepUnchangedStages(prev, analyzeBoard(board));
  cached = { board, analysis };
  return analysis;
}

/**
 * The open board's analysis (docs/domain.md §5–§7), or null without a board.
 * Drags only write the board on drag stop, so nothing here runs while dragging.
 */
export function useAnalysis(): Analysis | null {
  const board = useDocumentStore((s) => s.board);
  return board ? analysisOf(board) : null;
}
