import { decodeBoardBytes } from '../../domain/decodeText';
import type { ValidationIssue } from '../../domain/issues';
import type { Board } from '../../domain/types';
import { MAX_IMPORT_BYTES, MAX_IMPORT_TEXT, megabytes } from '../../domain/limits';
import { loadValidation } from '../../domain/validation';
import type { BoardRepository } from '../../persistence/boardRepository';
import { repairLinks, type LinkRepair } from './repairLinks';

export type ImportCheck =
  | {
      kind: 'refused';
      issues: ValidationIssue[];
      /** The parsed file, so messages can name its items. */
      file?: unknown;
      /** The board without its broken links, when those are its only problems. */
      repair?: LinkRepair & { conflict: boolean };
    }
  | { kind: 'ready'; board: Board; conflict: boolean };

function tooLarge(bytes: number): ValidationIssue {
  return {
    path: '',
    code: 'too-large',
    params: { max: MAX_IMPORT_BYTES, value: bytes },
    message: `the file is ${megabytes(bytes)}; the limit is ${MAX_IMPORT_TEXT}`,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Validates board JSON (the one way in) and tells whether its id is already taken. */
export async function checkImportText(text: string, repo: BoardRepository): Promise<ImportCheck> {
  if (text.length > MAX_IMPORT_BYTES) return { kind: 'refused', issues: [tooLarge(text.length)] };
  const { parseBoardText } = await loadValidation();
  const result = parseBoardText(text);
  if (!result.ok) {
    const file = parseJson(text);
    const repair = file === undefined ? null : repairLinks(file, result.issues);
    if (!repair) return { kind: 'refused', issues: result.issues, file };
    const conflict = await repo.exists(repair.board.id);
    return { kind: 'refused', issues: result.issues, file, repair: { ...repair, conflict } };
  }
  const board = result.file.board;
  return { kind: 'ready', board, conflict: await repo.exists(board.id) };
}

/**
 * Checks the size first, so a huge file is never read into memory; decodes the bytes by the
 * rule the `analyze` command uses too (a byte order mark names UTF-8 or UTF-16, else UTF-8).
 */
export async function checkImportFile(file: File, repo: BoardRepository): Promise<ImportCheck> {
  if (file.size > MAX_IMPORT_BYTES) return { kind: 'refused', issues: [tooLarge(file.size)] };
  const text = decodeBoardBytes(new Uint8Array(await file.arrayBuffer()));
  return checkImportText(text, repo);
}
