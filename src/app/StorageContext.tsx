import { createContext, useCallback, useContext } from 'react';
import { toStorageWriteError, type BoardRepository } from '../persistence/boardRepository';

export type StorageWarning =
  | { kind: 'unavailable' }
  | { kind: 'closed-by-other-tab' }
  | { kind: 'write-failed'; reason: string }
  /** Another tab had changed the board: its version stayed, this tab's was saved as a copy. */
  | { kind: 'conflict'; copyId: string; title: string };

/** The warning for a failed write; a full disk is named as such, in the UI language. */
export function writeFailed(err: unknown): StorageWarning {
  const error = toStorageWriteError(err);
  return { kind: 'write-failed', reason: error.kind === 'quota' ? 'quota' : error.message };
}

export interface StorageContextValue {
  repo: BoardRepository;
  warning: StorageWarning | null;
  setWarning(warning: StorageWarning | null): void;
}

export const StorageContext = createContext<StorageContextValue | null>(null);

export function useStorage(): StorageContextValue {
  const value = useContext(StorageContext);
  if (!value) throw new Error('useStorage needs a StorageContext provider');
  return value;
}

/** Shows a failed write as the storage warning (for the file import, which has no storage). */
export function useWriteFailed(): (err: unknown) => void {
  const { setWarning } = useStorage();
  return useCallback((err: unknown) => setWarning(writeFailed(err)), [setWarning]);
}
