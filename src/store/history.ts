import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';

enablePatches();

/** One undoable user gesture: the patches that made it and the ones that revert it. */
export interface HistoryEntry {
  patches: Patch[];
  inverse: Patch[];
  /** The gesture this entry belongs to; later edits of the same open gesture squash into it. */
  group?: string;
}

export const HISTORY_LIMIT = 500;

export interface Applied<T> {
  next: T;
  entry: HistoryEntry | null;
}

/** Runs a recipe on a document and returns the new document and its undo entry (null when nothing changed). */
export function applyRecipe<T extends object>(
  doc: T,
  recipe: (draft: Draft<T>) => void,
): Applied<T> {
  const [next, patches, inverse] = produceWithPatches(doc, recipe);
  if (patches.length === 0) return { next: doc, entry: null };
  return { next: next as T, entry: { patches, inverse } };
}

export function undoEntry<T extends object>(doc: T, entry: HistoryEntry): T {
  return applyPatches(doc, entry.inverse);
}

export function redoEntry<T extends object>(doc: T, entry: HistoryEntry): T {
  return applyPatches(doc, entry.patches);
}

/** Appends an entry, dropping the oldest past the limit. */
export function pushEntry(past: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const next =
    past.length >= HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT + 1) : past.slice();
  next.push(entry);
  return next;
}

/** One entry doing what `first` then `then` did: a gesture's steps squashed into one undo. */
export function squashEntries(first: HistoryEntry, then: HistoryEntry): HistoryEntry {
  return {
    patches: [...first.patches, ...then.patches],
    inverse: [...then.inverse, ...first.inverse],
    ...(first.group === undefined ? {} : { group: first.group }),
  };
}
