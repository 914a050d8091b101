import { useCallback, useEffect, useRef, useState } from 'react';
import { copyBoard, createBoard } from '../domain/create';
import { newId } from '../domain/ids';
import type { Board } from '../domain/types';
import type { BoardMeta, StoredProblem, TakenRow } from '../persistence/boardRepository';
import type { NewBoardInput } from './NewBoardForm';
import { downloadBoardJson } from '../files/download';
import { writesSettled } from './pendingWrites';
import { useStorage, writeFailed } from './StorageContext';

/** The board list's data and its actions over the repository. */
export function useBoardList() {
  const { repo, setWarning } = useStorage();
  const [boards, setBoards] = useState<BoardMeta[] | null>(null);
  const [problems, setProblems] = useState<StoredProblem[]>([]);
  // A list read still on its way when the page closes must not update a page that is gone.
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const refresh = useCallback(async () => {
    // The editor that just closed may still be writing its last edits.
    await writesSettled();
    const result = await repo.list();
    if (!alive.current) return;
    setBoards(result.boards);
    setProblems((shown) => [
      ...result.problems,
      // A problem found on use stays listed while its board still is.
      ...shown.filter(
        (p) =>
          result.boards.some((b) => b.id === p.id) && !result.problems.some((q) => q.id === p.id),
      ),
    ]);
  }, [repo]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const write = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (err) {
        setWarning(writeFailed(err));
      }
      await refresh();
    },
    [refresh, setWarning],
  );

  /** The stored board, or null with its problem listed (a damaged row is never acted on blindly). */
  const readable = useCallback(
    async (id: string): Promise<Board | null> => {
      const found = await repo.load(id);
      if (!found) return null;
      if ('board' in found) return found.board;
      setProblems((ps) => [...ps.filter((p) => p.id !== id), found.problem]);
      return null;
    },
    [repo],
  );

  const create = useCallback(
    async (input: NewBoardInput): Promise<Board> => {
      const board = createBoard({ ...input, id: newId('b'), now: new Date().toISOString() });
      await write(() => repo.save(board));
      return board;
    },
    [repo, write],
  );

  const rename = useCallback(
    (id: string, title: string) =>
      write(async () => {
        const board = await readable(id);
        if (board) await repo.save({ ...board, title, updatedAt: new Date().toISOString() });
      }),
    [readable, repo, write],
  );

  const duplicate = useCallback(
    (id: string, titleFor: (title: string) => string) =>
      write(async () => {
        const b = await readable(id);
        if (b)
          await repo.save(copyBoard(b, newId('b'), titleFor(b.title), new Date().toISOString()));
      }),
    [readable, repo, write],
  );

  /** Removes a board and returns it, so the caller can offer undo. */
  const remove = useCallback(
    async (id: string): Promise<Board | null> => {
      const found = await repo.load(id);
      await write(() => repo.remove(id));
      return found && 'board' in found ? found.board : null;
    },
    [repo, write],
  );

  const restore = useCallback((board: Board) => write(() => repo.save(board)), [repo, write]);

  /** Deletes a damaged row as it is and returns it, so the caller can offer undo. */
  const removeDamaged = useCallback(
    async (problem: StoredProblem): Promise<TakenRow | null> => {
      let taken: TakenRow | null = null;
      await write(async () => {
        taken = await repo.takeRow(problem.key ?? problem.id);
      });
      setProblems((ps) => ps.filter((p) => p !== problem));
      return taken;
    },
    [repo, write],
  );

  const restoreRow = useCallback(
    (taken: TakenRow) => write(() => repo.putRow(taken)),
    [repo, write],
  );

  const exportJson = useCallback(
    async (id: string) => {
      const board = await readable(id);
      if (board) downloadBoardJson(board);
    },
    [readable],
  );

  return {
    boards,
    problems,
    refresh,
    create,
    rename,
    duplicate,
    remove,
    restore,
    removeDamaged,
    restoreRow,
    exportJson,
  };
}
