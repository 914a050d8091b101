import { useEffect, useState } from 'react';
import { createAutosaver } from '../persistence/autosave';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useStorage } from './StorageContext';

export type BoardStatus = 'loading' | 'ready' | 'missing' | { problem: string };

function reasonOf(err: unknown): string {
  if (err && typeof err === 'object' && 'kind' in err && err.kind === 'quota') return 'quota';
  return err instanceof Error ? err.message : String(err);
}

/**
 * Opens a stored board into the document store and keeps it saved: every change is written
 * after a short quiet time, and at once when the page is hidden or the editor closes.
 */
export function useBoardSession(id: string): BoardStatus {
  const { repo, setWarning } = useStorage();
  const [status, setStatus] = useState<BoardStatus>('loading');

  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    const saver = createAutosaver({
      save: (board) => repo.save(board),
      onError: (err) => setWarning({ kind: 'write-failed', reason: reasonOf(err) }),
    });
    setStatus('loading');
    void repo.load(id).then((found) => {
      if (cancelled) return;
      if (!found) return setStatus('missing');
      if ('problem' in found) return setStatus({ problem: found.problem.message });
      useSessionStore.getState().reset();
      useDocumentStore.getState().open(found.board);
      unsubscribe = useDocumentStore.subscribe((state, prev) => {
        if (state.board && state.board !== prev.board && state.board.id === id) {
          saver.schedule(state.board);
        }
      });
      setStatus('ready');
    });
    return () => {
      cancelled = true;
      unsubscribe();
      saver.dispose();
      useDocumentStore.getState().open(null);
    };
  }, [id, repo, setWarning]);

  return status;
}
