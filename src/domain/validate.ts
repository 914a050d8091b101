/**
 * The one way in for untrusted board data (import, IndexedDB rows, templates, `analyze`):
 * checks format and version, migrates, fills defaults, drops unknown keys, checks references.
 */
import { fastBoard } from './fastShape';
import { checkLimits } from './limits';
import { migrate } from './migrations';
import { issue, showValue } from './issues';
import type { ValidationIssue } from './issues';
import { checkReferences, reservedSalesKeys } from './references';
import { boardSchema } from './schema';
import { BOARD_FORMAT, CURRENT_VERSION } from './types';
import type { Board, BoardFile } from './types';
import { fromZodIssue } from './zodIssues';

export type { IssueCode, ValidationIssue } from './issues';
export { formatIssues } from './issues';

export type ParseResult =
  { ok: true; file: BoardFile; migratedFrom?: number } | { ok: false; issues: ValidationIssue[] };

/** Longest board text accepted before JSON.parse, so a hostile file cannot exhaust memory. */
const MAX_TEXT_LENGTH = 50_000_000;

function fail(...issues: ValidationIssue[]): ParseResult {
  return { ok: false, issues };
}

function parseUnsafe(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const what = Array.isArray(input) ? 'an array' : showValue(input);
    return fail(issue('', 'not-object', `a board file must be a JSON object, not ${what}`));
  }
  const format = (input as Record<string, unknown>).format;
  if (format !== BOARD_FORMAT) {
    const value = showValue(format);
    const text = `${value} is not "${BOARD_FORMAT}": this is not a board file`;
    return fail(issue('format', 'format', text, { value, expected: BOARD_FORMAT }));
  }
  const migrated = migrate(input);
  if (!migrated.ok) return fail(migrated.issue);
  const raw = migrated.value as Record<string, unknown>;
  const overLimits = checkLimits(raw.board);
  if (overLimits.length > 0) return fail(...overLimits);
  const reserved = reservedSalesKeys(raw.board);
  // A plain valid board takes the hand-written path (same result); zod decides everything else.
  let board: Board | undefined = reserved.length === 0 ? fastBoard(raw.board) : undefined;
  if (board === undefined) {
    const shape = boardSchema.safeParse(raw.board, { reportInput: true });
    if (!shape.success) {
      return fail(...reserved, ...shape.error.issues.map((zi) => fromZodIssue(zi, ['board'])));
    }
    board = shape.data;
  }
  const refIssues = [...reserved, ...checkReferences(board)];
  if (refIssues.length > 0) return fail(...refIssues);
  const file: BoardFile = { format: BOARD_FORMAT, version: CURRENT_VERSION, board };
  return migrated.from === CURRENT_VERSION
    ? { ok: true, file }
    : { ok: true, file, migratedFrom: migrated.from };
}

/** Validates any value as a board file; never throws, whatever the input. */
export function parseBoardFile(input: unknown): ParseResult {
  try {
    return parseUnsafe(input);
  } catch (err) {
    // Exotic inputs (throwing getters, proxies, revoked objects) end here instead of crashing.
    const reason = err instanceof Error ? err.message : String(err);
    return fail(issue('', 'not-object', `the board file could not be read: ${reason}`));
  }
}

/** Text decoded from an image, PDF or zip: NUL or replacement characters, or a known signature. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 1024);
  const SIGNATURES = ['\u0089PNG', 'GIF8', '%PDF', 'PK\u0003\u0004', '\u00FF\u00D8\u00FF'];
  return (
    head.includes('\u0000') || head.includes('\uFFFD') || SIGNATURES.some((s) => head.startsWith(s))
  );
}

/**
 * Parses JSON text (guarded) and validates it as a board file; never throws. A leading UTF-8
 * byte order mark (as editors on Windows write) is dropped, so every way in reads such a file.
 */
export function parseBoardText(input: string): ParseResult {
  if (typeof input !== 'string') return parseBoardFile(input);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_TEXT_LENGTH) {
    const params = { max: MAX_TEXT_LENGTH };
    return fail(
      issue('', 'too-large', `the file is larger than ${MAX_TEXT_LENGTH} characters`, params),
    );
  }
  // An image, a spreadsheet or a PDF picked by mistake is named as such, never shown as the
  // parser's complaint about its bytes.
  if (looksBinary(text)) {
    return fail(issue('', 'binary', 'this is an image or another binary file, not a board file'));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (!/^\s*[[{]/.test(text)) {
      return fail(
        issue('', 'not-json', 'this file is not JSON text, so not a board file', { reason }),
      );
    }
    return fail(
      issue('', 'json-syntax', 'not valid JSON: the text breaks off or has a typo', { reason }),
    );
  }
  return parseBoardFile(value);
}
