/**
 * The outline's columns, and rows read from cells of text (typed, pasted or imported): each
 * cell is parsed by its column; a word that names no role, stance, coverage or kind is reported
 * rather than guessed, and the rest of the row is still taken.
 */
import type { PersonRow, StepRow } from '../commands/outline';
import {
  parseCoverage,
  parseInfluence,
  parseKind,
  parseRoles,
  parseStance,
  splitList,
} from './vocabulary';

export const PERSON_COLUMNS = [
  'name',
  'title',
  'department',
  'roles',
  'influence',
  'stance',
  'coverage',
  'owner',
  'concerns',
] as const;
export type PersonColumn = (typeof PERSON_COLUMNS)[number];

/** The step columns a row of text fills, in order (the place in the order is the row's own). */
export const STEP_COLUMNS = [
  'label',
  'kind',
  'drives',
  'approves',
  'evaluates',
  'informed',
  'owner',
] as const;
export type StepColumn = (typeof STEP_COLUMNS)[number];

/** A cell whose word named nothing known, kept out of the row. */
export interface CellProblem {
  column: PersonColumn | StepColumn;
  value: string;
}

export interface Parsed<R> {
  row: R;
  problems: CellProblem[];
}

/**
 * A person row from cells by column. `only` lists the columns present (the rest stay absent,
 * so an edit leaves them as they are); by default every column given a cell is present.
 */
export function personRowFromCells(
  cells: Partial<Record<PersonColumn, string>>,
): Parsed<PersonRow> {
  const problems: CellProblem[] = [];
  const row: PersonRow = { name: (cells.name ?? '').trim() };
  const text = (c: PersonColumn) => cells[c]?.trim();
  const title = text('title');
  if (title !== undefined) row.title = title;
  const department = text('department');
  if (department !== undefined) row.department = department;
  const roles = text('roles');
  if (roles) {
    const parsed = parseRoles(roles);
    if (parsed.roles.length > 0) row.roles = parsed.roles;
    for (const value of parsed.unknown) problems.push({ column: 'roles', value });
  }
  const influence = text('influence');
  if (influence) {
    const value = parseInfluence(influence);
    if (value) row.influence = value;
    else problems.push({ column: 'influence', value: influence });
  }
  const stance = text('stance');
  if (stance) {
    const value = parseStance(stance);
    if (value) row.stance = value;
    else problems.push({ column: 'stance', value: stance });
  }
  const coverage = text('coverage');
  if (coverage) {
    const value = parseCoverage(coverage);
    if (value) row.coverage = value;
    else problems.push({ column: 'coverage', value: coverage });
  }
  const owner = text('owner');
  if (owner !== undefined) row.owner = owner;
  const concerns = cells.concerns;
  if (concerns !== undefined) row.concerns = splitList(concerns);
  return { row, problems };
}

/** A step row from cells by column; names in the link columns are split on / ; 、 |. */
export function stepRowFromCells(cells: Partial<Record<StepColumn, string>>): Parsed<StepRow> {
  const problems: CellProblem[] = [];
  const row: StepRow = { label: (cells.label ?? '').trim() };
  const kind = cells.kind?.trim();
  if (kind) {
    const value = parseKind(kind);
    if (value) row.kind = value;
    else problems.push({ column: 'kind', value: kind });
  }
  for (const column of ['drives', 'approves', 'evaluates', 'informed'] as const) {
    const cell = cells[column];
    if (cell !== undefined) row[column] = splitList(cell);
  }
  const owner = cells.owner?.trim();
  if (owner !== undefined) row.owner = owner;
  return { row, problems };
}

/** Cells in column order, as a record (extra cells are dropped; missing ones stay absent). */
export function byColumn<C extends string>(
  columns: readonly C[],
  cells: readonly string[],
): Partial<Record<C, string>> {
  const out: Partial<Record<C, string>> = {};
  columns.forEach((c, i) => {
    const cell = cells[i];
    if (cell !== undefined) out[c] = cell;
  });
  return out;
}

/**
 * The cells of one typed line: split on tabs when it has any, else on commas (ASCII or
 * Chinese). A line with neither is one cell.
 */
export function splitLine(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  if (/[,，]/.test(line)) return line.split(/[,，]/);
  return [line];
}
