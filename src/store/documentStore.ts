import type { Draft } from 'immer';
import { create } from 'zustand';
import { CURRENT_VERSION, type Board } from '../domain/types';
import {
  applyRecipe,
  bailToMark,
  canRedo,
  canUndo,
  diffEntry,
  emptyHistory,
  record,
  redo as redoHistory,
  undo as undoHistory,
  type History,
  type HistoryEntry,
  type Rebase,
  type Replayed,
} from './history';
import { rebaseBoard } from './rebase';

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
 * The document slice: the open board and its one history (only the board is saved). The same
 * history serves the solo editor and a live room: a colleague's change comes in through
 * `applyRemote` and is recorded with its source, and undo and redo take back only this user's
 * gestures (src/store/history.ts).
 */
export interface DocumentState {
  board: Board | null;
  /** Every recorded change of the open board, oldest first, with its source. */
  past: HistoryEntry<Board>[];
  /** This user's undone gestures, the next to redo last. */
  future: HistoryEntry<Board>[];
  /** How many remote changes the history recorded (see `History.remote`). */
  remoteChanges: number;
  /** Bumped on every change, so savers and memoised analysis can key on it cheaply. */
  revision: number;
  /** The group of the gesture still in progress, or null when the last change was complete. */
  gesture: string | null;
  /** The mark of the gesture still in progress: its later edits join its history entry. */
  gestureMark: string | null;
  /**
   * What made the last change of the board: a user's `edit`, `history` (local undo or redo),
   * `open` (a board loaded from storage or a file) or `remote` (from a live room). A live room
   * writes only this user's edits and undos to the room, never a board that was just opened.
   */
  lastChange: 'edit' | 'history' | 'open' | 'remote';
  /**
   * Puts a board that came from elsewhere (a colleague in a live room) in place: recorded in
   * the history with source `remote` (or `migration` when the room held an older board file),
   * never undone; the gesture in progress stays open. A board equal to the open one is ignored.
   */
  applyRemote(board: Board, options?: { migratedFrom?: number }): void;
  /**
   * Forgets what can be undone and redone, keeping the board and the migrations it went through
   * (joining a live room: the room's board is where undo starts).
   */
  clearHistory(): void;
  /** True while another tab edits this board: edits, undo and redo do nothing here. */
  readOnly: boolean;
  setReadOnly(readOnly: boolean): void;
  /**
   * Replaces the open board and clears the history (opening a board is not undoable). With
   * `migratedFrom`, the board was migrated from that file version: recorded as a `migration`.
   */
  open(board: Board | null, options?: { migratedFrom?: number }): void;
  /** Applies one user gesture to the board: one undo entry, however many fields it touches. */
  edit(recipe: (draft: Draft<Board>) => void, options?: EditOptions): void;
  /** Closes a grouped gesture (key released, field left); the next edit starts a new entry. */
  endGesture(group: string): void;
  /**
   * Takes back the open gesture `group` as if it never happened (a field edit cancelled with
   * Escape): its edits leave no undo entry and nothing to redo. Closes the gesture.
   */
  bailGesture(group: string): void;
  undo(): void;
  redo(): void;
}

/** True when the user has a gesture to undo. */
export const selectCanUndo = (s: DocumentState): boolean => canUndo(historyOf(s));
/** True when the user has an undone gesture to redo. */
export const selectCanRedo = (s: DocumentState): boolean => canRedo(historyOf(s));

function historyOf(s: DocumentState) {
  return { past: s.past, future: s.future, remote: s.remoteChanges };
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

/** The entry a migration leaves: recorded, never undone (its patches revert nothing). */
function migrationEntry(from: number | undefined): HistoryEntry<Board>[] {
  if (from === undefined || from === CURRENT_VERSION) return [];
  return [{ source: 'migration', patches: [], inverse: [], from, to: CURRENT_VERSION }];
}

let marks = 0;

export const useDocumentStore = create<DocumentState>()((set, get) => {
  /** Undo or redo through the one history, rebasing over a colleague's changes if need be. */
  const replay = (
    step: (h: History<Board>, board: Board, rebase: Rebase<Board>) => Replayed<Board> | null,
  ) => {
    const s = get();
    if (!s.board || s.readOnly) return;
    const done = step(historyOf(s), s.board, rebaseBoard);
    if (!done) return;
    set({
      board: { ...done.doc, updatedAt: now() },
      past: done.history.past,
      future: done.history.future,
      revision: s.revision + 1,
      gesture: null,
      gestureMark: null,
      lastChange: 'history',
    });
  };
  return {
    board: null,
    past: [],
    future: [],
    remoteChanges: 0,
    revision: 0,
    gesture: null,
    gestureMark: null,
    readOnly: false,
    lastChange: 'open',
    applyRemote: (board, options) => {
      const s = get();
      if (!s.board || board === s.board) return;
      const change = diffEntry(s.board, board);
      if (change.patches.length === 0) return;
      // A room holding an older board file is migrated on every read until someone writes it.
      const known = s.past.some((e) => e.source === 'migration');
      const migrated = known ? [] : migrationEntry(options?.migratedFrom);
      const history = record(historyOf(s), { source: 'remote', ...change, after: board });
      set({
        board,
        past: [...history.past, ...migrated],
        remoteChanges: history.remote,
        revision: s.revision + 1,
        lastChange: 'remote',
      });
    },
    clearHistory: () =>
      set((s) => ({
        ...emptyHistoryState(),
        past: s.past.filter((e) => e.source === 'migration'),
        gestureMark: null,
      })),
    setReadOnly: (readOnly) => set({ readOnly }),
    open: (board, options) =>
      set((s) => ({
        board,
        ...emptyHistoryState(),
        past: migrationEntry(board ? options?.migratedFrom : undefined),
        revision: s.revision + 1,
        gesture: null,
        gestureMark: null,
        lastChange: 'open',
      })),
    edit: (recipe, options) => {
      const s = get();
      const { board, revision, gesture, readOnly } = s;
      if (!board || readOnly) return;
      const group = options?.group ?? ambient;
      const { next, entry } = applyRecipe(board, (draft) => {
        const before = draft.updatedAt;
        recipe(draft);
        // Only a real change moves the clock, so a no-op gesture leaves no undo entry.
        draft.updatedAt = before;
      });
      if (!entry) {
        if (gesture !== null && gesture !== group) set({ gesture: null, gestureMark: null });
        return;
      }
      const joins = group !== undefined && gesture === group && s.gestureMark !== null;
      const mark = joins ? s.gestureMark! : `gesture-${++marks}`;
      const stamped = { ...next, updatedAt: now() };
      const history = record(historyOf(s), { ...entry, mark, after: stamped });
      set({
        board: stamped,
        lastChange: 'edit',
        past: history.past,
        future: history.future,
        revision: revision + 1,
        gesture: group ?? null,
        gestureMark: group === undefined ? null : mark,
      });
    },
    endGesture: (group) => {
      if (get().gesture === group) set({ gesture: null, gestureMark: null });
    },
    bailGesture: (group) => {
      const { gesture, gestureMark } = get();
      if (gesture !== group) return;
      set({ gesture: null, gestureMark: null });
      if (gestureMark !== null) replay((h, b, r) => bailToMark(h, b, gestureMark, r));
    },
    undo: () => replay(undoHistory),
    redo: () => replay(redoHistory),
  };
});

function emptyHistoryState() {
  const { past, future, remote } = emptyHistory<Board>();
  return { past, future, remoteChanges: remote };
}
