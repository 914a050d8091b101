import { analyzeBoard, type Analysis } from '../domain/analyze';
import type { Lang } from '../domain/lang';
import type { Board } from '../domain/types';
import { useDocumentStore } from './documentStore';

export { asLang } from '../domain/lang';

// One entry is enough: one board is open at a time, and every view asks for the same
// (board, language) pair, so the swimlane and both panels share a single computation.
let cached: { board: Board; lang: Lang; analysis: Analysis } | null = null;

/** The analysis of `board` in `lang`, computed once per board object (immer gives a new one per edit). */
export function analysisOf(board: Board, lang: Lang): Analysis {
  if (cached && cached.board === board && cached.lang === lang) return cached.analysis;
  const analysis = analyzeBoard(board, lang);
  cached = { board, lang, analysis };
  return analysis;
}

/**
 * The open board's analysis (DOMAIN.md §5–§7) in the UI language, or null without a board.
 * Drags only write the board on drag stop, so nothing here runs while dragging.
 */
export function useAnalysis(lang: Lang): Analysis | null {
  const board = useDocumentStore((s) => s.board);
  return board ? analysisOf(board, lang) : null;
}
