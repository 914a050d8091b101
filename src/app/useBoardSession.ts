import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../domain/types';
import { createAutosaver } from '../persistence/autosave';
import type { StoredProblem } from '../persistence/boardRepository';
import { saveOrKeepBoth } from '../persistence/conflict';
import { clearUnsaved, stashUnsaved, takeUnsaved } from '../persistence/recovery';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { isLeaseStore } from '../persistence/lease';
import { commitTyping } from '../ui/useLiveText';
import { claimBoard } from './boardLock';
import { takePrefetched } from './boardPrefetch';
import { trackWrite } from './pendingWrites';
import { useSaveState } from './saveState';
import { useStorage, writeFailed } from './StorageContext';
import { useTabLock } from './tabLock';

export type BoardStatus = 'loading' | 'ready' | 'missing' | { problem: StoredProblem };

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
 * Opens a stored board into the document store and keeps it saved. One tab edits a board at a
 * time (`claimBoard`); other tabs show its newest stored state read-only. A finished gesture (a
 * drag dropped, a field left, a key released) is kept at once as a durable copy (one IndexedDB
 * write issued before the handler returns; local storage when boards live in memory) and then
 * saved; changes inside a gesture still going on (typing, a held arrow key) are
 * written after a short quiet time. Every write names the revision the board was read at, and a
 * board changed meanwhile elsewhere is never overwritten: this tab's board becomes a conflict
 * copy. Everything pending is written when the page is hidden or the editor closes.
 * `reload` shows the board as stored after it was replaced there (an import with Replace): its
 * edits not yet written are dropped, and saves go on from the stored revision.
 */
export function useBoardSession(id: string): { status: BoardStatus; reload(): Promise<void> } {
  const { repo, setWarning } = useStorage();
  const { i18n } = useTranslation();
  const [status, setStatus] = useState<BoardStatus>('loading');
  const reloadStored = useRef(async () => {});

  useEffect(() => {
    let cancelled = false;
    let base: number | undefined;
    let unsubscribe = () => {};
    /** True while a stored board is put into the store: that is no edit to write back. */
    let quiet = false;
    /** True while this tab edits the board (it holds the claim), false while it reads. */
    let editing = false;
    const storage = localStore();
    const saveState = useSaveState.getState().set;
    const doc = useDocumentStore.getState;
    saveState('saved');
    const copyTitle = (title: string) => i18n.t('app:tabs.conflictCopy', { title });
    const saver = createAutosaver({
      save: async (board) => {
        saveState('saving');
        const outcome = await saveOrKeepBoth(repo, board, base, copyTitle);
        if ('revision' in outcome) {
          base = outcome.revision;
          claim.announceSaved(outcome.revision);
          return;
        }
        const { copy } = outcome.conflict;
        setWarning({ kind: 'conflict', copyId: copy.id, title: copy.title });
        // The stale board is kept as the copy: neither it nor its safety copy may come back.
        if (storage) clearUnsaved(id, storage);
        repo.clearJournal(id);
        saver.discard();
        await show(true);
      },
      onError: (err) => {
        saveState('failed');
        setWarning(writeFailed(err));
      },
      onSaved: () => {
        if (saver.pending()) return;
        if (storage) clearUnsaved(id, storage);
        repo.clearJournal(id);
        saveState('saved');
      },
      onHide: (board) => storage && stashUnsaved(board, storage),
    });

    /** Reads the newest stored board (or a newer unsaved copy, when editing) into the store. */
    async function show(editing: boolean): Promise<boolean> {
      const found = await repo.load(id, (await takePrefetched(id)) ?? undefined);
      if (cancelled) return false;
      const stashed = editing && storage ? takeUnsaved(id, storage) : null;
      const journal = editing ? await repo.readJournal(id) : null;
      if (cancelled) return false;
      const unsaved = newest(journal, stashed);
      if (found && 'problem' in found && !unsaved) {
        setStatus({ problem: found.problem });
        return false;
      }
      const stored = found && 'board' in found ? found : null;
      const board = newest(stored?.board ?? null, unsaved);
      if (journal && board !== journal) repo.clearJournal(id);
      if (!board) {
        setStatus('missing');
        return false;
      }
      base = stored?.revision;
      doc().setReadOnly(!editing);
      if (doc().board?.id !== id) useSessionStore.getState().reset();
      quiet = true;
      // A board migrated on reading says so in its history (never undone).
      doc().open(board, board === stored?.board ? { migratedFrom: stored.migratedFrom } : {});
      quiet = false;
      // A recovered copy goes back to storage straight away.
      if (editing && board === unsaved) saver.schedule(board);
      setStatus('ready');
      return true;
    }

    function follow(): void {
      unsubscribe();
      unsubscribe = useDocumentStore.subscribe((state, prev) => {
        if (quiet || !state.board || state.board.id !== id || state.readOnly) return;
        const changed = state.board !== prev.board;
        if (changed) {
          saver.schedule(state.board);
          saveState('unsaved');
        }
        const gestureDone = state.gesture === null && (changed || prev.gesture !== null);
        if (gestureDone && saver.pending()) {
          // The durable copy is written before the save begins: a crash a moment later keeps it.
          const { markKept } = useSaveState.getState();
          if (repo.persistent) void repo.keepJournal(state.board).then(markKept);
          else if (storage) {
            stashUnsaved(state.board, storage);
            markKept();
          }
          void saver.flush();
        }
      });
    }

    const claim = claimBoard(
      id,
      {
        onEdit: async () => {
          editing = true;
          useTabLock.setState({ mode: 'editing', requestEdit: null });
          if (await show(true)) follow();
        },
        onRead: () => {
          editing = false;
          useTabLock.setState({ mode: 'reading', requestEdit: () => claim.requestEdit() });
          void show(false);
        },
        handOver: async () => {
          // Text typed a moment ago (still in its field's quiet time) goes to the board first.
          commitTyping();
          unsubscribe();
          unsubscribe = () => {};
          doc().setReadOnly(true);
          await saver.flush();
        },
        onSaved: () => void show(false),
      },
      isLeaseStore(repo) ? repo : null,
    );

    reloadStored.current = async () => {
      if (editing) {
        // The stored board replaces what this tab held: nothing of it may be written back.
        saver.discard();
        if (storage) clearUnsaved(id, storage);
        repo.clearJournal(id);
        saveState('saved');
      }
      await show(editing);
    };

    return () => {
      reloadStored.current = async () => {};
      cancelled = true;
      unsubscribe();
      trackWrite(saver.dispose().finally(() => claim.dispose()));
      useTabLock.setState({ mode: 'editing', requestEdit: null });
      doc().setReadOnly(false);
      doc().open(null);
    };
  }, [id, repo, setWarning, i18n]);

  const reload = useCallback(() => reloadStored.current(), []);
  return { status, reload };
}
