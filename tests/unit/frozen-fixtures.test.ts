/**
 * Frozen fixtures: every board file version and every stored row layout the app ever wrote,
 * kept byte for byte under tests/fixtures/frozen. They must always load. A new file version
 * or row layout needs a frozen fixture of the new shape added here (the guards below fail
 * until it is), and the old ones stay.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOARD_ROW_VERSION, decodeRow, ROW_VERSION } from '../../src/persistence/db';
import { parseBoardFile } from '../../src/domain/validate';
import { decodeSnapshotRow, SNAPSHOT_ROW_VERSION } from '../../src/persistence/snapshotRepository';
import {
  decodePortfolioRow,
  PORTFOLIO_ROW_VERSION,
} from '../../src/persistence/portfolioRepository';
import { CURRENT_VERSION } from '../../src/domain/types';
import { loadValidation } from '../../src/domain/validation';

// Stored rows are decoded by the validation the app loads on first use.
beforeAll(() => loadValidation());

const DIR = path.resolve(__dirname, '../fixtures/frozen');
const NAMES = readdirSync(DIR).filter((n) => n.endsWith('.json'));
const read = (name: string) => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as unknown;
const versionOf = (name: string) => Number(/\.v(\d+)\./.exec(name)?.[1]);

const files = NAMES.filter((n) => n.startsWith('file.'));
const snapshotRows = NAMES.filter((n) => n.startsWith('row.snapshot.'));
const portfolioRows = NAMES.filter((n) => n.startsWith('row.portfolio.'));
const rows = NAMES.filter(
  (n) => n.startsWith('row.') && !snapshotRows.includes(n) && !portfolioRows.includes(n),
);

describe('frozen board files', () => {
  it('cover every file version up to the current one', () => {
    const versions = new Set(files.map(versionOf));
    for (let v = 1; v <= CURRENT_VERSION; v++) expect(versions, `file version ${v}`).toContain(v);
  });

  it.each(files)('%s loads', (name) => {
    const result = parseBoardFile(read(name));
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    expect(result.file.version).toBe(CURRENT_VERSION);
    const raw = read(name) as { board: { id: string; stakeholders: unknown[] } };
    expect(result.file.board.id).toBe(raw.board.id);
    expect(result.file.board.stakeholders).toHaveLength(raw.board.stakeholders.length);
  });
});

describe('frozen stored rows', () => {
  it('cover every row layout, for boards and templates', () => {
    // Board rows gained a revision (layout 2); template rows stay at layout 1.
    const latest = { board: BOARD_ROW_VERSION, template: ROW_VERSION };
    for (const kind of ['board', 'template'] as const) {
      const versions = new Set(rows.filter((n) => n.startsWith(`row.${kind}.`)).map(versionOf));
      for (let v = 1; v <= latest[kind]; v++) expect(versions, `${kind} row ${v}`).toContain(v);
    }
  });

  it.each(rows)('%s loads', (name) => {
    const row = read(name) as { id: string; file: { board: { id: string } } };
    // A board row is stored under its board's id; a template row under its own.
    const id = name.startsWith('row.board.') ? row.id : row.file.board.id;
    const decoded = decodeRow(id, row);
    if ('problem' in decoded) throw new Error(JSON.stringify(decoded.problem.reason));
    expect(decoded.board.id).toBe(row.file.board.id);
  });
});

describe('frozen snapshot rows', () => {
  it('cover every snapshot row layout', () => {
    const versions = new Set(snapshotRows.map(versionOf));
    for (let v = 1; v <= SNAPSHOT_ROW_VERSION; v++)
      expect(versions, `snapshot row ${v}`).toContain(v);
  });

  it.each(snapshotRows)('%s loads', (name) => {
    const row = read(name) as { id: string; boardId: string; name: string };
    const decoded = decodeSnapshotRow(row);
    if ('problem' in decoded) throw new Error(JSON.stringify(decoded.problem.reason));
    expect(decoded.snapshot).toMatchObject({ id: row.id, boardId: row.boardId, name: row.name });
    expect(decoded.snapshot.board.id).toBe(row.boardId);
  });
});

describe('frozen portfolio rows', () => {
  it('cover every portfolio row layout', () => {
    const versions = new Set(portfolioRows.map(versionOf));
    for (let v = 1; v <= PORTFOLIO_ROW_VERSION; v++)
      expect(versions, `portfolio row ${v}`).toContain(v);
  });

  it.each(portfolioRows)('%s loads', (name) => {
    const row = read(name) as { id: string; boardIds: unknown };
    const decoded = decodePortfolioRow(row);
    if ('problem' in decoded) throw new Error(JSON.stringify(decoded.problem.reason));
    expect(decoded.portfolio.id).toBe(row.id);
    expect(decoded.portfolio.boardIds).toEqual(row.boardIds);
  });
});
