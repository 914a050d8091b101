import { useEffect, useState } from 'react';
import type { Board } from '../domain/types';
import { createAutosaver } from '../persistence/autosave';
import { clearUnsaved, stashUnsaved, takeUnsaved } from '../persistence/recovery';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { trackWrite } from './pendingWrites';
import { useSaveState } from './saveState';
import { useStorage, writeFailed } from './StorageContext';

export type BoardStatus = 'loading' | 'ready' | 'missing' | { problem: string };

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored board, or the copy kept when the page closed before its last edits were written. */
function newest(stored: Board | null, unsaved: Board | null): Board | null {
  if (!unsaved) return stored;
  if (!stored) return unsaved;
  return unsaved.updatedAt > stored.updatedAt ? unsaved : stored;
}

/**
 * Opens a stored board into the document store and keeps it saved. A finished gesture (a drag
 * dropped, a field left, a key released) is copied synchronously to local storage and written
 * at once, so a crash right after it loses nothing; changes inside a gesture still going on
 * (typing, a held arrow key) are written after a short quiet time. Everything pending is
 * written when the page is hidden or the editor closes.
 */
export function useBoardSession(id: string): BoardStatus {
  const { repo, setWarning } = useStorage();
  const [status, setStatus] = useState<BoardStatus>('loading');

  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    const storage = localStore();
    const saveState = useSaveState.getState().set;
    saveState('saved');
    const saver = createAutosaver({
      save: (board) => {
        saveState('saving');
        return repo.save(board);
      },
      onError: (err) => {
        saveState('failed');
        setWarning(writeFailed(err));
      },
      onSaved: () => {
        if (saver.pending()) return;
        if (storage) clearUnsaved(id, storage);
        saveState('saved');
      },
      onHide: (board) => storage && stashUnsaved(board, storage),
    });
    setStatus('loading');
    void repo.load(id).then((found) => {
      if (cancelled) return;
      const unsaved = storage ? takeUnsaved(id, storage) : null;
      if (found && 'problem' in found && !unsaved) {
        return setStatus({ problem: found.problem.message });
      }
      const board = newest(found && 'board' in found ? found.board : null, unsaved);
      if (!board) return setStatus('missing');
      useSessionStore.getState().reset();
      useDocumentStore.getState().open(board);
      // A recovered copy goes back to storage straight away.
      if (board === unsaved) saver.schedule(board);
      unsubscribe = useDocumentStore.subscribe((state, prev) => {
        if (!state.board || state.board.id !== id) return;
        const changed = state.board !== prev.board;
        if (changed) {
          saver.schedule(state.board);
          saveState('unsaved');
        }
        const gestureDone = state.gesture === null && (changed || prev.gesture !== null);
        if (gestureDone && saver.pending()) {
          if (storage) stashUnsaved(state.board, storage);
          void saver.flush();
        }
      });
      setStatus('ready');
    });
    return () => {
      cancelled = true;
      unsubscribe();
      trackWrite(saver.dispose());
      useDocumentStore.getState().open(null);
    };
  }, [id, repo, setWarning]);

  return status;
}
