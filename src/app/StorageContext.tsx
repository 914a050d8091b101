import { createContext, useContext } from 'react';
import type { BoardRepository } from '../persistence/boardRepository';

export type StorageWarning = { kind: 'unavailable' } | { kind: 'write-failed'; reason: string };

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
