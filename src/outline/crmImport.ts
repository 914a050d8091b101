/**
 * A contact list exported from a CRM (Salesforce contacts or opportunity contact roles,
 * HubSpot contacts) or typed in a spreadsheet with Chinese headers, read into a plan the user
 * checks before anything changes: who will be added, who is skipped and why, and which
 * reports-to links follow. The file is untrusted: it is decoded (UTF-8, else GBK as WPS and
 * Excel save it in China), parsed by papaparse and bounded; nothing in it can throw.
 */
import Papa from 'papaparse';
import { addLink, findPerson, upsertPersonRow } from '../domain/commands';
import { personRowFromCells, type CellProblem, type PersonColumn } from '../domain/outline/rows';
import type { PersonRow } from '../domain/commands';
import type { Board } from '../domain/types';
import { peopleField, type ImportField } from './headers';
import { joinName } from './PasteRows';

/** More rows than any account's contact list: a bigger file is cut here and said so. */
export const MAX_ROWS = 2000;

export type CrmFormat = 'salesforce' | 'hubspot' | 'chinese' | 'table';

export interface PlannedPerson {
  line: number;
  row: PersonRow;
  reportsTo?: string;
  problems: CellProblem[];
}

export type SkipReason = 'no-name' | 'duplicate' | 'exists';

export interface ImportPlan {
  format: CrmFormat;
  columns: { header: string; field?: ImportField }[];
  add: PlannedPerson[];
  skipped: { line: number; name: string; reason: SkipReason }[];
  /** Reports-to links to make: person → manager, by name. */
  links: { from: string; to: string }[];
  /** Reports-to values that name nobody in the file or on the board. */
  unlinked: { from: string; to: string }[];
  /** True when the file had more rows than MAX_ROWS. */
  cut: boolean;
}

export type ReadResult =
  { ok: true; plan: ImportPlan } | { ok: false; reason: 'empty' | 'not-text' | 'no-name-column' };

/** The text of a CSV file: UTF-8 when it is valid UTF-8 (BOM dropped), else GBK. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** True for bytes that are not text at all (an image, a spreadsheet's zip): NUL bytes early on. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

/** A CSV file's bytes read into an import plan; never throws. */
export function readCsv(board: Board, bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (looksBinary(bytes)) return { ok: false, reason: 'not-text' };
  return planImport(board, decodeCsv(bytes));
}

/** Which export a header row looks like (shown in the preview, so a wrong guess is seen). */
function formatOf(headers: string[]): CrmFormat {
  const keys = new Set(headers.map((h) => h.toLowerCase().replace(/[\s_]/g, '')));
  if (keys.has('recordid') || keys.has('buyingrole')) return 'hubspot';
  const salesforce = ['reportstoid', 'reportsto', 'contactid', 'id', 'role', 'contactrole'];
  if (
    salesforce.some((k) => keys.has(k)) ||
    headers.some((h) => /^contact\s*[.:]/i.test(h.trim()) || /^[A-Z][a-z]+[A-Z]/.test(h.trim()))
  ) {
    return 'salesforce';
  }
  if (headers.some((h) => /\p{Script=Han}/u.test(h))) return 'chinese';
  return 'table';
}

/** Reads a CSV export into an import plan against the board; never throws. */
export function planImport(board: Board, text: string): ReadResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const table = parsed.data.filter(
    (r): r is string[] => Array.isArray(r) && r.some((c) => String(c).trim() !== ''),
  );
  const headers = (table[0] ?? []).map((h) => String(h).trim());
  if (headers.length === 0) return { ok: false, reason: 'empty' };
  const fields = headers.map((h) => peopleField(h));
  if (!fields.some((f) => f === 'name' || f === 'firstName' || f === 'lastName')) {
    return { ok: false, reason: 'no-name-column' };
  }
  const body = table.slice(1, MAX_ROWS + 1);
  const plan: ImportPlan = {
    format: formatOf(headers),
    columns: headers.map((header, i) => ({ header, ...(fields[i] ? { field: fields[i] } : {}) })),
    add: [],
    skipped: [],
    links: [],
    unlinked: [],
    cut: table.length - 1 > MAX_ROWS,
  };
  const names = new Map<string, string>();
  const ids = new Map<string, string>();
  const seen = new Set<string>();
  const key = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  body.forEach((cells, i) => {
    const line = i + 2;
    const out: Partial<Record<PersonColumn, string>> = {};
    let first = '';
    let last = '';
    let reportsTo = '';
    let recordId = '';
    cells.forEach((raw, c) => {
      const cell = String(raw ?? '');
      const f = fields[c];
      if (f === 'firstName') first = cell.trim();
      else if (f === 'lastName') last = cell.trim();
      else if (f === 'reportsTo') reportsTo = cell.trim();
      else if (f === 'recordId') recordId = cell.trim();
      else if (f && out[f] === undefined) out[f] = cell;
    });
    if (!out.name?.trim()) out.name = joinName(first, last);
    const { row, problems } = personRowFromCells(out);
    if (row.name === '') {
      plan.skipped.push({ line, name: '', reason: 'no-name' });
      return;
    }
    if (seen.has(key(row.name))) {
      plan.skipped.push({ line, name: row.name, reason: 'duplicate' });
      return;
    }
    seen.add(key(row.name));
    if (recordId) ids.set(recordId, row.name);
    names.set(key(row.name), row.name);
    if (findPerson(board, row.name)) {
      plan.skipped.push({ line, name: row.name, reason: 'exists' });
      // Still a known name for reports-to links of the others.
      if (reportsTo) plan.links.push({ from: row.name, to: reportsTo });
      return;
    }
    plan.add.push({ line, row, ...(reportsTo ? { reportsTo } : {}), problems });
  });
  // A reports-to holds a record id of the file (Salesforce ReportsToId) or a name.
  const resolved: { from: string; to: string }[] = [];
  for (const p of [
    ...plan.add.map((a) => ({ from: a.row.name, to: a.reportsTo ?? '' })),
    ...plan.links,
  ]) {
    if (!p.to) continue;
    const to =
      ids.get(p.to) ??
      names.get(key(p.to)) ??
      board.stakeholders.find((s) => key(s.name) === key(p.to))?.name;
    if (to && key(to) !== key(p.from)) resolved.push({ from: p.from, to });
    else plan.unlinked.push(p);
  }
  plan.links = resolved;
  return { ok: true, plan };
}

/** Applies a plan: the people (each in their department's frame) and their reports-to links. */
export function applyImport(d: Board, plan: ImportPlan): number {
  for (const p of plan.add) upsertPersonRow(d, p.row);
  for (const l of plan.links) {
    const from = findPerson(d, l.from);
    const to = findPerson(d, l.to);
    if (from && to) addLink(d, { source: from, target: to, type: 'reports-to' });
  }
  return plan.add.length;
}
