import { useCallback, useEffect, useState } from 'react';
import { copyBoard, createBoard } from '../domain/create';
import { newId } from '../domain/ids';
import type { Board } from '../domain/types';
import type { BoardMeta, StoredProblem } from '../persistence/boardRepository';
import type { NewBoardInput } from './NewBoardForm';
import { useStorage } from './StorageContext';

/** The board list's data and its actions over the repository. */
export function useBoardList() {
  const { repo, setWarning } = useStorage();
  const [boards, setBoards] = useState<BoardMeta[] | null>(null);
  const [problems, setProblems] = useState<StoredProblem[]>([]);

  const refresh = useCallback(async () => {
    const result = await repo.list();
    setBoards(result.boards);
    setProblems(result.problems);
  }, [repo]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const write = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (err) {
        setWarning({ kind: 'write-failed', reason: String((err as Error).message ?? err) });
      }
      await refresh();
    },
    [refresh, setWarning],
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
        const found = await repo.load(id);
        if (!found || !('board' in found)) return;
        await repo.save({ ...found.board, title, updatedAt: new Date().toISOString() });
      }),
    [repo, write],
  );

  const duplicate = useCallback(
    (id: string, titleFor: (title: string) => string) =>
      write(async () => {
        const found = await repo.load(id);
        if (!found || !('board' in found)) return;
        const b = found.board;
        await repo.save(copyBoard(b, newId('b'), titleFor(b.title), new Date().toISOString()));
      }),
    [repo, write],
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

  return { boards, problems, refresh, create, rename, duplicate, remove, restore };
}
