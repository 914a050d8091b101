import type { Draft } from 'immer';
import { create } from 'zustand';
import type { Board } from '../domain/types';
import {
  applyRecipe,
  pushEntry,
  redoEntry,
  squashEntries,
  undoEntry,
  type HistoryEntry,
} from './history';

/** Options of one edit. */
export interface EditOptions {
  /**
   * Names a gesture that is still going on (a held arrow key, typing in a field): every edit
   * with the same group while it stays open squashes into one undo entry, and savers wait for
   * `endGesture` before writing at once.
   */
  group?: string;
}

/**
 * A history kept elsewhere: in a live room, undo and redo revert only this user's gestures,
 * which only the room's document can tell apart from a colleague's.
 */
export interface ExternalHistory {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

/** The document slice: the open board and its undo history (only the board is saved). */
export interface DocumentState {
  board: Board | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Bumped on every change, so savers and memoised analysis can key on it cheaply. */
  revision: number;
  /** The group of the gesture still in progress, or null when the last change was complete. */
  gesture: string | null;
  /** Counts the undo entries started (not squashed): a new gesture bumps it. */
  entries: number;
  /**
   * What made the last change of the board: a user's `edit`, `history` (local undo or redo),
   * `open` (a board loaded from storage or a file) or `remote` (from a live room). A live room
   * writes only this user's edits and undos to the room, never a board that was just opened.
   */
  lastChange: 'edit' | 'history' | 'open' | 'remote';
  /** Set while a live room keeps the undo history; undo and redo then go to it. */
  externalHistory: ExternalHistory | null;
  setExternalHistory(history: ExternalHistory | null): void;
  /**
   * Puts a board that came from elsewhere (a colleague in a live room, a live undo) in place:
   * no undo entry of its own, and the gesture in progress stays open.
   */
  applyRemote(board: Board): void;
  /** True while another tab edits this board: edits, undo and redo do nothing here. */
  readOnly: boolean;
  setReadOnly(readOnly: boolean): void;
  /** Replaces the open board and clears the history (opening a board is not undoable). */
  open(board: Board | null): void;
  /** Applies one user gesture to the board: one undo entry, however many fields it touches. */
  edit(recipe: (draft: Draft<Board>) => void, options?: EditOptions): void;
  /** Closes a grouped gesture (key released, field left); the next edit starts a new entry. */
  endGesture(group: string): void;
  undo(): void;
  redo(): void;
}

const now = () => new Date().toISOString();

/** The gesture that edits made inside `inGesture` belong to. */
let ambient: string | undefined;

/**
 * Runs `run` so that every edit it makes without a group of its own joins `group`: a text
 * field names its typing gesture without its callers knowing about undo grouping.
 */
export function inGesture(group: string, run: () => void): void {
  const outer = ambient;
  ambient = group;
  try {
    run();
  } finally {
    ambient = outer;
  }
}

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  board: null,
  past: [],
  future: [],
  revision: 0,
  gesture: null,
  readOnly: false,
  entries: 0,
  lastChange: 'open',
  externalHistory: null,
  setExternalHistory: (externalHistory) => set({ externalHistory }),
  applyRemote: (board) => {
    if (!get().board) return;
    set((s) => ({ board, revision: s.revision + 1, lastChange: 'remote' }));
  },
  setReadOnly: (readOnly) => set({ readOnly }),
  open: (board) =>
    set((s) => ({
      board,
      past: [],
      future: [],
      revision: s.revision + 1,
      gesture: null,
      lastChange: 'open',
    })),
  edit: (recipe, options) => {
    const { board, past, revision, gesture, readOnly } = get();
    if (!board || readOnly) return;
    const group = options?.group ?? ambient;
    const { next, entry } = applyRecipe(board, (draft) => {
      const before = draft.updatedAt;
      recipe(draft);
      // Only a real change moves the clock, so a no-op gesture leaves no undo entry.
      draft.updatedAt = before;
    });
    if (!entry) {
      if (gesture !== null && gesture !== group) set({ gesture: null });
      return;
    }
    const last = past[past.length - 1];
    const grouped = group !== undefined ? { ...entry, group } : entry;
    const joins = group !== undefined && gesture === group && last?.group === group;
    const history = joins
      ? [...past.slice(0, -1), squashEntries(last, grouped)]
      : pushEntry(past, grouped);
    const stamped = { ...next, updatedAt: now() };
    set({
      board: stamped,
      entries: joins ? get().entries : get().entries + 1,
      lastChange: 'edit',
      past: history,
      future: [],
      revision: revision + 1,
      gesture: group ?? null,
    });
  },
  endGesture: (group) => {
    if (get().gesture === group) set({ gesture: null });
  },
  undo: () => {
    const { board, past, future, revision, readOnly, externalHistory } = get();
    if (externalHistory) {
      if (!readOnly) externalHistory.undo();
      return;
    }
    const entry = past[past.length - 1];
    if (!board || !entry || readOnly) return;
    set({
      board: { ...undoEntry(board, entry), updatedAt: now() },
      past: past.slice(0, -1),
      future: [...future, entry],
      revision: revision + 1,
      gesture: null,
      lastChange: 'history',
    });
  },
  redo: () => {
    const { board, past, future, revision, readOnly, externalHistory } = get();
    if (externalHistory) {
      if (!readOnly) externalHistory.redo();
      return;
    }
    const entry = future[future.length - 1];
    if (!board || !entry || readOnly) return;
    set({
      board: { ...redoEntry(board, entry), updatedAt: now() },
      past: pushEntry(past, entry),
      future: future.slice(0, -1),
      revision: revision + 1,
      gesture: null,
      lastChange: 'history',
    });
  },
}));
