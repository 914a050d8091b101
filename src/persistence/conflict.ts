import { copyBoard } from '../domain/create';
import { newId } from '../domain/ids';
import type { Board } from '../domain/types';
import { RevisionConflictError, type BoardRepository } from './boardRepository';

export type SaveOutcome =
  | { revision: number }
  /** The stored board was newer: it stays, and `copy` holds this tab's board under a new id. */
  | { conflict: { copy: Board; storedRevision: number } };

/**
 * Writes a board read at revision `base`. When another tab wrote the board since, nothing is
 * overwritten: the stored board stays and this board is saved as a new board titled by
 * `copyTitle` (e.g. "… (conflict copy)"). Other write failures are thrown as they are.
 */
export async function saveOrKeepBoth(
  repo: BoardRepository,
  board: Board,
  base: number | undefined,
  copyTitle: (title: string) => string,
): Promise<SaveOutcome> {
  try {
    return { revision: await repo.save(board, base) };
  } catch (err) {
    if (!(err instanceof RevisionConflictError)) throw err;
    const copy = await saveCopy(repo, board, copyTitle(board.title));
    return { conflict: { copy, storedRevision: err.stored } };
  }
}

/** Saves `board` as a new board (new id) titled `title`, so it is kept beside the original. */
export async function saveCopy(repo: BoardRepository, board: Board, title: string): Promise<Board> {
  const copy = copyBoard(board, newId('b'), title, new Date().toISOString());
  await repo.save(copy);
  return copy;
}
