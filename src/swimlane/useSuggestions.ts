import { suggestionsFor, type Lang, type Suggestion } from '../domain/suggest';
import type { Board } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';

const NONE: Suggestion[] = [];
// Per board object: every cell of a column asks for the same list, so compute it once.
const cache = new WeakMap<Board, Map<string, Suggestion[]>>();
// The list last handed out per language and step: kept while its content is unchanged, so an
// edit elsewhere on the board leaves this stage's cells with the same array and `memo` skips them.
const last = new Map<string, Suggestion[]>();

function same(a: readonly Suggestion[], b: readonly Suggestion[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const o = b[i]!;
      return (
        s.lane === o.lane &&
        s.text === o.text &&
        s.source === o.source &&
        s.stakeholderId === o.stakeholderId
      );
    })
  );
}

/** The open suggestions of `stepId` on `board`: computed once per board revision, stable while equal. */
export function suggestionsOf(board: Board, stepId: string, lang: Lang): Suggestion[] {
  let perBoard = cache.get(board);
  if (!perBoard) {
    perBoard = new Map();
    cache.set(board, perBoard);
  }
  const key = `${lang}\u0000${stepId}`;
  let list = perBoard.get(key);
  if (!list) {
    const fresh = suggestionsFor(board, stepId, lang);
    const prev = last.get(key);
    list = prev && same(prev, fresh) ? prev : fresh;
    last.set(key, list);
    perBoard.set(key, list);
  }
  return list;
}

/**
 * The open suggestions of one stage (not yet accepted nor dismissed) in `lang`. Selects only
 * that list, so the cell re-renders when its own suggestions change, not on every edit.
 */
export function useSuggestions(stepId: string, lang: Lang): Suggestion[] {
  return useDocumentStore((s) => (s.board ? suggestionsOf(s.board, stepId, lang) : NONE));
}
