import { useTranslation } from 'react-i18next';
import { suggestionsFor, type Suggestion } from '../domain/suggest';
import type { Board } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { asLang } from '../store/useAnalysis';

const NONE: Suggestion[] = [];
// Per board object: every cell of a column asks for the same list, so compute it once.
const cache = new WeakMap<Board, Map<string, Suggestion[]>>();

function suggestionsOf(board: Board, stepId: string, lang: string): Suggestion[] {
  let perBoard = cache.get(board);
  if (!perBoard) {
    perBoard = new Map();
    cache.set(board, perBoard);
  }
  const key = `${lang}\u0000${stepId}`;
  let list = perBoard.get(key);
  if (!list) {
    list = suggestionsFor(board, stepId, asLang(lang));
    perBoard.set(key, list);
  }
  return list;
}

/** The open suggestions of one stage (not yet accepted nor dismissed), in the UI language. */
export function useSuggestions(stepId: string): Suggestion[] {
  const board = useDocumentStore((s) => s.board);
  const { i18n } = useTranslation();
  return board ? suggestionsOf(board, stepId, asLang(i18n.language)) : NONE;
}
