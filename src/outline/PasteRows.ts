/**
 * Rows pasted into the outline from Excel, WPS or a WeChat message: tab- or comma-separated
 * (Chinese commas too), with or without a header row. Every pasted row becomes a person or a
 * step in one edit (one undo entry); a header row maps its columns by name, else the cells
 * follow the outline's columns.
 */
import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import { findPerson, upsertPersonRow, upsertStepRow } from '../domain/commands';
import {
  byColumn,
  PERSON_COLUMNS,
  personRowFromCells,
  STEP_COLUMNS,
  stepRowFromCells,
  type PersonColumn,
  type StepColumn,
} from '../domain/outline/rows';
import { useDocumentStore } from '../store/documentStore';
import { isHeader, peopleField, stepField } from './headers';

/** The cells of a pasted or imported table (empty lines dropped). */
export function readTable(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: ['\t', ',', '，', ';', '|'],
    skipEmptyLines: 'greedy',
  });
  return result.data.filter((row) => row.some((c) => c.trim() !== ''));
}

/** People rows (as cells by column) from a table, and whether its first line was a header. */
export function peopleCells(table: string[][]): {
  rows: Partial<Record<PersonColumn, string>>[];
  header: boolean;
} {
  const first = table[0] ?? [];
  if (!isHeader(first, peopleField, ['name', 'firstName', 'lastName'])) {
    return { rows: table.map((cells) => byColumn(PERSON_COLUMNS, cells)), header: false };
  }
  const fields = first.map(peopleField);
  const rows = table.slice(1).map((cells) => {
    const out: Partial<Record<PersonColumn, string>> = {};
    let firstName = '';
    let lastName = '';
    cells.forEach((cell, i) => {
      const f = fields[i];
      if (f === 'firstName') firstName = cell.trim();
      else if (f === 'lastName') lastName = cell.trim();
      else if (f && f !== 'reportsTo' && f !== 'recordId' && out[f] === undefined) out[f] = cell;
    });
    if (!out.name) out.name = joinName(firstName, lastName);
    return out;
  });
  return { rows, header: true };
}

/** "Jing" + "Chen" → "Jing Chen"; Chinese names are written family name first, without a space. */
export function joinName(first: string, last: string): string {
  if (first === '' || last === '') return first || last;
  const han = /\p{Script=Han}/u;
  return han.test(first) || han.test(last) ? `${last}${first}` : `${first} ${last}`;
}

export function stepCells(table: string[][]): {
  rows: Partial<Record<StepColumn, string>>[];
  header: boolean;
} {
  const first = table[0] ?? [];
  if (!isHeader(first, stepField, ['label'])) {
    return { rows: table.map((cells) => byColumn(STEP_COLUMNS, cells)), header: false };
  }
  const fields = first.map(stepField);
  const rows = table.slice(1).map((cells) => {
    const out: Partial<Record<StepColumn, string>> = {};
    cells.forEach((cell, i) => {
      const f = fields[i];
      if (f && out[f] === undefined) out[f] = cell;
    });
    return out;
  });
  return { rows, header: true };
}

type OutlineT = TFunction<['outline', 'domain']>;

export const PasteRows = {
  /** Adds (or, for a name already on the board, updates) a person per pasted row. */
  people(text: string, t: OutlineT, say: (s: string) => void): boolean {
    const { rows, header } = peopleCells(readTable(text));
    let count = 0;
    useDocumentStore.getState().edit((d) => {
      for (const cells of rows) {
        const { row } = personRowFromCells(cells);
        if (row.name === '') continue;
        upsertPersonRow(d, row, findPerson(d, row.name));
        count += 1;
      }
    });
    say(`${t('outline:pasted', { count })}${header ? ` ${t('outline:pasteHeader')}` : ''}`);
    return count > 0;
  },
  /** Adds a step per pasted row, in the pasted order, at the end of the process. */
  steps(text: string, t: OutlineT, say: (s: string) => void): boolean {
    const { rows, header } = stepCells(readTable(text));
    let count = 0;
    useDocumentStore.getState().edit((d) => {
      for (const cells of rows) {
        const { row } = stepRowFromCells(cells);
        if (row.label === '' && row.kind) row.label = t(`domain:kind.${row.kind}`);
        if (row.label === '') continue;
        upsertStepRow(d, row);
        count += 1;
      }
    });
    say(`${t('outline:pasted', { count })}${header ? ` ${t('outline:pasteHeader')}` : ''}`);
    return count > 0;
  },
};
