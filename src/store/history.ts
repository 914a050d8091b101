/**
 * The one history of the open board, in the solo editor and in a live room alike.
 *
 * Every change of the board is recorded as an entry with its `source`: a local user's gesture
 * (`user`), a colleague's change read from a live room (`remote`) or a migration of an older
 * board file (`migration`). Entries carry immer patches both ways. Entries of one gesture share
 * a `mark` (a held arrow key, typing in a field): a gesture runs from one mark to the next, and
 * undo and redo take a whole gesture at a time.
 *
 * Undo and redo only ever take back the local user's gestures. Remote and migration entries are
 * recorded, never undone. When nothing but this user's own gestures happened since an entry was
 * applied, its patches are applied as they are; when a remote change came in since, the gesture
 * is rebased onto the board as it is now (`rebase`), item by item and field by field, so that a
 * colleague's later change of the same field stays and array positions that moved do not matter.
 *
 * The functions here are pure: they take a history and a document and return new ones.
 */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';

enablePatches();

/** What made a change: this user's gesture, a colleague in a live room, or a migration. */
export type ChangeSource = 'user' | 'remote' | 'migration';

export interface HistoryEntry<T = unknown> {
  source: ChangeSource;
  /** The patches that made the change, and the ones that revert it. */
  patches: Patch[];
  inverse: Patch[];
  /**
   * The gesture this entry belongs to: entries with one mark are undone and redone together;
   * later edits of the same open gesture squash into the entry.
   */
  mark?: string;
  /** The document right after this entry was (last) applied: the base to rebase it from. */
  after?: T;
  /** How many remote entries the history had recorded when this entry was (last) applied. */
  seen?: number;
  /** A migration's versions. */
  from?: number;
  to?: number;
}

export interface History<T = unknown> {
  /** Every recorded change, oldest first, whatever its source. */
  past: HistoryEntry<T>[];
  /** The user's undone gestures, the next one to redo last. */
  future: HistoryEntry<T>[];
  /** How many remote entries were recorded so far (squashed ones included). */
  remote: number;
}

/** At most this many of the user's entries are kept (the oldest go first). */
export const HISTORY_LIMIT = 500;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], remote: 0 };
}

export interface Applied<T> {
  next: T;
  entry: HistoryEntry<T> | null;
}

/**
 * Runs a recipe on a document and returns the new document and its `user` entry (null when
 * nothing changed).
 */
export function applyRecipe<T extends object>(
  doc: T,
  recipe: (draft: Draft<T>) => void,
): Applied<T> {
  const [next, patches, inverse] = produceWithPatches(doc, recipe);
  if (patches.length === 0) return { next: doc, entry: null };
  return { next: next as T, entry: { source: 'user', patches, inverse } };
}

const isEntryOf = (source: ChangeSource) => (e: HistoryEntry<unknown>) => e.source === source;
const isUser = isEntryOf('user');

export function canUndo(history: History<unknown>): boolean {
  return history.past.some(isUser);
}

export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}

/**
 * Records a change. A `user` entry clears what could be redone and squashes into the last
 * entry when that one is the same gesture's (same mark) with nothing in between; a `remote`
 * entry squashes into a remote entry just before it (a run of a colleague's changes between
 * two gestures of this user is one entry) and leaves the redo stack alone; a `migration`
 * entry is kept as it is.
 */
export function record<T>(history: History<T>, entry: HistoryEntry<T>): History<T> {
  const { past, future } = history;
  const last = past[past.length - 1];
  if (entry.source === 'remote') {
    const remote = history.remote + 1;
    if (last?.source === 'remote') {
      return { past: [...past.slice(0, -1), squash(last, entry)], future, remote };
    }
    return { past: [...past, entry], future, remote };
  }
  if (entry.source === 'migration') return { ...history, past: [...past, entry] };
  const stamped: HistoryEntry<T> = { ...entry, seen: history.remote };
  const joins = last?.source === 'user' && entry.mark !== undefined && last.mark === entry.mark;
  const next = joins ? [...past.slice(0, -1), squash(last, stamped)] : capped([...past, stamped]);
  return { past: next, future: [], remote: history.remote };
}

/** Drops the oldest entries while more than `HISTORY_LIMIT` user entries are kept. */
function capped<T>(past: HistoryEntry<T>[]): HistoryEntry<T>[] {
  let users = past.filter(isUser).length;
  let start = 0;
  while (users > HISTORY_LIMIT && start < past.length) {
    if (past[start]!.source === 'user') users--;
    start++;
  }
  // Once trimmed, remote entries before the oldest user entry rebase nothing any more.
  while (start > 0 && start < past.length && past[start]!.source === 'remote') start++;
  return start === 0 ? past : past.slice(start);
}

/** One entry doing what `first` then `then` did: a gesture's steps squashed into one. */
export function squash<T>(first: HistoryEntry<T>, then: HistoryEntry<T>): HistoryEntry<T> {
  return {
    ...first,
    patches: [...first.patches, ...then.patches],
    inverse: [...then.inverse, ...first.inverse],
    ...(then.after === undefined ? {} : { after: then.after }),
    ...(then.seen === undefined ? {} : { seen: then.seen }),
  };
}

/** Merges `ours` (what the gesture wants) into `theirs` (the document now), from `base`. */
export type Rebase<T> = (base: T, ours: T, theirs: T) => T;

export interface Replayed<T> {
  history: History<T>;
  doc: T;
}

/**
 * Undoes the user's last gesture (every entry of its mark, newest first, passing over the
 * remote entries in between). Null when there is nothing to undo.
 */
export function undo<T extends object>(
  history: History<T>,
  doc: T,
  rebase: Rebase<T>,
): Replayed<T> | null {
  const last = history.past[findLastIndex(history.past, isUser)];
  return last ? takeBack(history, doc, rebase, last.mark, true) : null;
}

/**
 * Takes back the gesture of `mark` as if it never happened (a field edit cancelled with
 * Escape): like undo, but nothing to redo. Null unless the last user gesture has that mark.
 */
export function bailToMark<T extends object>(
  history: History<T>,
  doc: T,
  mark: string,
  rebase: Rebase<T>,
): Replayed<T> | null {
  const last = history.past[findLastIndex(history.past, isUser)];
  return last?.mark === mark ? takeBack(history, doc, rebase, mark, false) : null;
}

function takeBack<T extends object>(
  history: History<T>,
  doc: T,
  rebase: Rebase<T>,
  mark: string | undefined,
  redoable: boolean,
): Replayed<T> {
  const past = history.past.slice();
  let index = findLastIndex(past, isUser);
  const undone: HistoryEntry<T>[] = [];
  let current = doc;
  while (index >= 0) {
    const entry = past[index]!;
    const { next, replayed } = replay(entry, current, history.remote, rebase, true);
    current = next;
    undone.push(replayed);
    past.splice(index, 1);
    if (mark === undefined) break;
    index = findLastIndex(past, isUser);
    if (index >= 0 && past[index]!.mark !== mark) break;
  }
  // The oldest entry of the gesture is redone first: it goes on top of the redo stack last.
  const future = redoable ? [...history.future, ...undone] : history.future;
  return { history: { ...history, past, future }, doc: current };
}

/** Redoes the last undone gesture. Null when there is nothing to redo. */
export function redo<T extends object>(
  history: History<T>,
  doc: T,
  rebase: Rebase<T>,
): Replayed<T> | null {
  const future = history.future.slice();
  const top = future[future.length - 1];
  if (!top) return null;
  const mark = top.mark;
  const past = history.past.slice();
  let current = doc;
  while (future.length > 0) {
    const entry = future[future.length - 1]!;
    if (entry !== top && (mark === undefined || entry.mark !== mark)) break;
    future.pop();
    const { next, replayed } = replay(entry, current, history.remote, rebase, false);
    current = next;
    past.push(replayed);
  }
  return { history: { ...history, past: capped(past), future }, doc: current };
}

/**
 * Reverts one entry (`undo`) or applies it again. Applied since to nothing but what undo and redo
 * did exactly, its patches are exact; otherwise the gesture is rebased onto the document as it
 * is. The `after` of an entry is the document it left: its result when done, its base when undone.
 */
function replay<T extends object>(
  entry: HistoryEntry<T>,
  doc: T,
  remote: number,
  rebase: Rebase<T>,
  undo: boolean,
): { next: T; replayed: HistoryEntry<T> } {
  const patches = undo ? entry.inverse : entry.patches;
  if (entry.seen === remote || entry.after === undefined) {
    const next = applyPatches(doc, patches);
    return { next, replayed: { ...entry, after: next, seen: remote } };
  }
  const target = applyPatches(entry.after, patches);
  const next = rebase(entry.after, target, doc);
  // The entry keeps pointing forward: from the gesture's base to its result.
  const patched = undo ? diffEntry(next, doc) : diffEntry(doc, next);
  return { next, replayed: { ...entry, ...patched, after: next, seen: remote } };
}

/**
 * Patches that turn `from` into `to` and back, for a change that was not made by a recipe (a
 * board read from a live room, a rebased undo). Objects are compared by reference first, so
 * only what changed is walked; arrays of a different length are replaced whole.
 */
export function diffEntry(from: unknown, to: unknown): { patches: Patch[]; inverse: Patch[] } {
  const patches: Patch[] = [];
  const inverse: Patch[] = [];
  diffInto(from, to, [], patches, inverse);
  return { patches, inverse: inverse.reverse() };
}

function diffInto(
  a: unknown,
  b: unknown,
  path: (string | number)[],
  patches: Patch[],
  inverse: Patch[],
): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) diffInto(a[i], b[i], [...path, i], patches, inverse);
    return;
  }
  if (!isPlainRecord(a) || !isPlainRecord(b)) {
    patches.push({ op: 'replace', path, value: b });
    inverse.push({ op: 'replace', path, value: a });
    return;
  }
  // An own key holding `undefined` counts as absent, as it does in a saved or shared board.
  for (const key of Object.keys(a)) {
    const va = a[key];
    const vb = Object.hasOwn(b, key) ? b[key] : undefined;
    if (va === undefined) continue;
    if (vb === undefined) {
      patches.push({ op: 'remove', path: [...path, key] });
      inverse.push({ op: 'add', path: [...path, key], value: va });
    } else {
      diffInto(va, vb, [...path, key], patches, inverse);
    }
  }
  for (const key of Object.keys(b)) {
    const va = Object.hasOwn(a, key) ? a[key] : undefined;
    if (va !== undefined || b[key] === undefined) continue;
    patches.push({ op: 'add', path: [...path, key], value: b[key] });
    inverse.push({ op: 'remove', path: [...path, key] });
  }
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
