import type { DocumentState } from '../store/documentStore';
import { useDocumentStore } from '../store/documentStore';

/** Applies one user gesture to the open board: exactly one undo entry. */
export function commit(recipe: Parameters<DocumentState['edit']>[0]): void {
  useDocumentStore.getState().edit(recipe);
}
