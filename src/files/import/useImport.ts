import { useCallback, useState } from 'react';
import { copyBoard } from '../../domain/create';
import { newId } from '../../domain/ids';
import type { ValidationIssue } from '../../domain/issues';
import type { Board } from '../../domain/types';
import type { BoardRepository } from '../../persistence/boardRepository';
import { checkImportFile, checkImportText, type ImportCheck } from './importBoard';

type Refusal = Extract<ImportCheck, { kind: 'refused' }>;

/** "Title (2)", or the next number when the title already ends in one. */
export function copyTitle(title: string): string {
  const m = / \((\d+)\)$/.exec(title);
  return m ? `${title.slice(0, m.index)} (${Number(m[1]) + 1})` : `${title} (2)`;
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'refused'; issues: ValidationIssue[]; file?: unknown; repair?: Refusal['repair'] }
  | { step: 'conflict'; board: Board };

/**
 * Import by file or pasted text: refused files change nothing; an id clash asks first. Keeps the
 * last imported board (`imported`) until `closeImported`, for the page to confirm the import.
 * `onSaveFailed` is told when storage refuses the board.
 */
export function useImport(
  repo: BoardRepository,
  onImported: (board: Board) => void,
  onSaveFailed: (err: unknown) => void,
) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [imported, setImported] = useState<Board | null>(null);

  const store = useCallback(
    async (board: Board) => {
      try {
        await repo.save(board);
      } catch (err) {
        // Not imported: the page shows why (the storage warning), never "Imported".
        setState({ step: 'idle' });
        onSaveFailed(err);
        return;
      }
      setState({ step: 'idle' });
      setImported(board);
      onImported(board);
    },
    [repo, onSaveFailed, onImported],
  );

  const handle = useCallback(
    async (check: ImportCheck) => {
      if (check.kind === 'refused') {
        const { issues, file, repair } = check;
        setState({ step: 'refused', issues, file, repair });
      } else if (check.conflict) setState({ step: 'conflict', board: check.board });
      else await store(check.board);
    },
    [store],
  );

  const importFile = useCallback(
    async (file: File) => handle(await checkImportFile(file, repo)),
    [handle, repo],
  );
  const importText = useCallback(
    async (text: string) => handle(await checkImportText(text, repo)),
    [handle, repo],
  );
  const replace = useCallback(async () => {
    if (state.step === 'conflict') await store(state.board);
  }, [state, store]);
  const keepBoth = useCallback(async () => {
    if (state.step !== 'conflict') return;
    const b = state.board;
    await store(copyBoard(b, newId('b'), copyTitle(b.title), new Date().toISOString()));
  }, [state, store]);
  const importRepaired = useCallback(async () => {
    if (state.step !== 'refused' || !state.repair) return;
    const { board, conflict } = state.repair;
    if (conflict) setState({ step: 'conflict', board });
    else await store(board);
  }, [state, store]);
  const close = useCallback(() => setState({ step: 'idle' }), []);
  const closeImported = useCallback(() => setImported(null), []);

  return {
    state,
    imported,
    importFile,
    importText,
    importRepaired,
    replace,
    keepBoth,
    close,
    closeImported,
  };
}

export type Importer = ReturnType<typeof useImport>;
