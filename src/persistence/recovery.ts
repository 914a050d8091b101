import { toBoardFile } from '../domain/create';
import type { Board } from '../domain/types';
import { parseBoardText } from '../domain/validate';

type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'ka-canvas.unsaved.';

/**
 * A synchronous copy of a board whose last edits had not reached IndexedDB when the page was
 * hidden or closed. Never throws: storage may be full or blocked, and then there is no copy.
 */
export function stashUnsaved(board: Board, storage: SyncStorage): void {
  try {
    storage.setItem(PREFIX + board.id, JSON.stringify(toBoardFile(board)));
  } catch {
    // Nothing more can be done while the page is going away.
  }
}

export function clearUnsaved(id: string, storage: SyncStorage): void {
  try {
    storage.removeItem(PREFIX + id);
  } catch {
    // A copy that cannot be removed is only ever used when it is newer than the stored board.
  }
}

/**
 * Takes (reads and removes) the copy of a board kept by `stashUnsaved`. It passes the same
 * validation as every other way in; a copy that fails it, or names another board, is dropped.
 */
export function takeUnsaved(id: string, storage: SyncStorage): Board | null {
  let text: string | null;
  try {
    text = storage.getItem(PREFIX + id);
  } catch {
    return null;
  }
  if (text === null) return null;
  clearUnsaved(id, storage);
  const result = parseBoardText(text);
  return result.ok && result.file.board.id === id ? result.file.board : null;
}
