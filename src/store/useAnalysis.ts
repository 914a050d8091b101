import { useTranslation } from 'react-i18next';
import { analyzeBoard, type Analysis } from '../domain/analyze';
import type { Lang } from '../domain/suggest';
import type { Board } from '../domain/types';
import { useDocumentStore } from './documentStore';

/** The UI language as the domain's text tables know it. */
export function asLang(language: string | undefined): Lang {
  return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

// One entry is enough: one board is open at a time, and every view asks for the same
// (board, language) pair, so the swimlane and both panels share a single computation.
let cached: { board: Board; lang: Lang; analysis: Analysis } | null = null;

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
      sameCodes(old.flags, s.flags);
    return same ? old : s;
  });
  return { ...next, stages };
}

/**
 * The analysis of `board` in `lang`, computed once per board object (one per revision: immer
 * gives a new one per edit), with unchanged stages kept from the previous revision.
 */
export function analysisOf(board: Board, lang: Lang): Analysis {
  if (cached && cached.board === board && cached.lang === lang) return cached.analysis;
  const prev = cached?.analysis.board === board.id ? cached.analysis : undefined;
  const analysis = keepUnchangedStages(prev, analyzeBoard(board, lang));
  cached = { board, lang, analysis };
  return analysis;
}

/**
 * The open board's analysis (DOMAIN.md §5–§7) in the UI language, or null without a board.
 * Drags only write the board on drag stop, so nothing here runs while dragging.
 */
export function useAnalysis(): Analysis | null {
  const board = useDocumentStore((s) => s.board);
  const { i18n } = useTranslation();
  const lang = asLang(i18n.language);
  return board ? analysisOf(board, lang) : null;
}
