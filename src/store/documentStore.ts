import type { Draft } from 'immer';
import { create } from 'zustand';
import type { Board } from '../domain/types';
import { applyRecipe, pushEntry, redoEntry, undoEntry, type HistoryEntry } from './history';

/** The document slice: the open board and its undo history (only the board is saved). */
export interface DocumentState {
  board: Board | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Bumped on every change, so savers and memoised analysis can key on it cheaply. */
  revision: number;
  /** Replaces the open board and clears the history (opening a board is not undoable). */
  open(board: Board | null): void;
  /** Applies one user gesture to the board: one undo entry, however many fields it touches. */
  edit(recipe: (draft: Draft<Board>) => void): void;
  undo(): void;
  redo(): void;
}

const now = () => new Date().toISOString();

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  board: null,
  past: [],
  future: [],
  revision: 0,
  open: (board) => set((s) => ({ board, past: [], future: [], revision: s.revision + 1 })),
  edit: (recipe) => {
    const { board, past, revision } = get();
    if (!board) return;
    const { next, entry } = applyRecipe(board, (draft) => {
      const before = draft.updatedAt;
      recipe(draft);
      // Only a real change moves the clock, so a no-op gesture leaves no undo entry.
      draft.updatedAt = before;
    });
    if (!entry) return;
    const stamped = { ...next, updatedAt: now() };
    set({ board: stamped, past: pushEntry(past, entry), future: [], revision: revision + 1 });
  },
  undo: () => {
    const { board, past, future, revision } = get();
    const entry = past[past.length - 1];
    if (!board || !entry) return;
    set({
      board: { ...undoEntry(board, entry), updatedAt: now() },
      past: past.slice(0, -1),
      future: [...future, entry],
      revision: revision + 1,
    });
  },
  redo: () => {
    const { board, past, future, revision } = get();
    const entry = future[future.length - 1];
    if (!board || !entry) return;
    set({
      board: { ...redoEntry(board, entry), updatedAt: now() },
      past: pushEntry(past, entry),
      future: future.slice(0, -1),
      revision: revision + 1,
    });
  },
}));
