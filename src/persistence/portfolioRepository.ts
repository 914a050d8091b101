/**
 * Stored portfolios (docs/domain.md §9): a named set of client samples kept in the `portfolios` table
 * of database version 4. A row holds only the member board ids (or 'all'), never the boards: the
 * portfolio is computed live from the stored boards, so an edit in a board shows in it at once.
 */
import { validThresholds, type Thresholds } from '../domain/types';
import { compareDesc, type CanvasDB, type PortfolioRow, type StoredPortfolio } from './db';

export type { PortfolioRow, StoredPortfolio } from './db';

/** Layout of a stored portfolio row. */
export const PORTFOLIO_ROW_VERSION = 1;

/** Longest title kept (as a board title). */
const MAX_TITLE = 200;
/** Most member ids kept (as a portfolio file's samples). */
const MAX_MEMBERS = 200;

/** Why a stored portfolio row could not be read. */
export type PortfolioRowReason =
  { code: 'newer'; version: number } | { code: 'unknown-format' } | { code: 'incomplete' };

export type DecodedPortfolio =
  { portfolio: StoredPortfolio } | { problem: { id: string; reason: PortfolioRowReason } };

/** §7's rule (validThresholds) on a value read from storage. */
export function isThresholds(value: unknown): value is Thresholds {
  if (typeof value !== 'object' || value === null) return false;
  const { partTime, split } = value as Record<string, unknown>;
  return (
    typeof partTime === 'number' &&
    typeof split === 'number' &&
    validThresholds({ partTime, split })
  );
}

const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The row stored for a portfolio. */
export function toPortfolioRow(p: StoredPortfolio): PortfolioRow {
  const row: PortfolioRow = {
    schemaVersion: PORTFOLIO_ROW_VERSION,
    id: p.id,
    title: p.title,
    boardIds: p.boardIds === 'all' ? 'all' : [...p.boardIds],
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
  if (p.thresholds) row.thresholds = { ...p.thresholds };
  return row;
}

/**
 * Reads a stored portfolio row. Rows are untrusted (another app version, a devtools edit):
 * every field is checked, duplicate member ids are dropped. Never throws.
 */
export function decodePortfolioRow(row: unknown): DecodedPortfolio {
  try {
    const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    const id = typeof r.id === 'string' ? r.id : '';
    const problem = (reason: PortfolioRowReason): DecodedPortfolio => ({ problem: { id, reason } });
    const { schemaVersion, title, thresholds, boardIds, createdAt, updatedAt } = r;
    if (typeof schemaVersion === 'number' && schemaVersion > PORTFOLIO_ROW_VERSION) {
      return problem({ code: 'newer', version: schemaVersion });
    }
    if (schemaVersion !== PORTFOLIO_ROW_VERSION) return problem({ code: 'unknown-format' });
    const members =
      boardIds === 'all'
        ? 'all'
        : Array.isArray(boardIds) &&
            boardIds.length <= MAX_MEMBERS &&
            boardIds.every((b) => typeof b === 'string' && b !== '')
          ? [...new Set(boardIds as string[])]
          : null;
    if (
      id === '' ||
      typeof title !== 'string' ||
      title.length > MAX_TITLE ||
      members === null ||
      !isDate(createdAt) ||
      !isDate(updatedAt) ||
      (thresholds !== undefined && !isThresholds(thresholds))
    ) {
      return problem({ code: 'incomplete' });
    }
    const portfolio: StoredPortfolio = { id, title, boardIds: members, createdAt, updatedAt };
    if (thresholds !== undefined) portfolio.thresholds = { ...thresholds };
    return { portfolio };
  } catch {
    return { problem: { id: '', reason: { code: 'incomplete' } } };
  }
}

/** Decodes rows into portfolios (latest change first) and problems. */
export function decodePortfolios(rows: readonly unknown[]): {
  portfolios: StoredPortfolio[];
  problems: { id: string; reason: PortfolioRowReason }[];
} {
  const portfolios: StoredPortfolio[] = [];
  const problems: { id: string; reason: PortfolioRowReason }[] = [];
  for (const row of rows) {
    const decoded = decodePortfolioRow(row);
    if ('portfolio' in decoded) portfolios.push(decoded.portfolio);
    else problems.push(decoded.problem);
  }
  portfolios.sort((a, b) => compareDesc(a.updatedAt, b.updatedAt));
  return { portfolios, problems };
}

/** Portfolios in the app's database (or in memory when IndexedDB is not there). */
export interface PortfolioStore {
  list(): Promise<ReturnType<typeof decodePortfolios>>;
  get(id: string): Promise<DecodedPortfolio | null>;
  put(p: StoredPortfolio): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Portfolios in the Dexie database; reads never throw (a failure lists nothing). */
export class DexiePortfolioStore implements PortfolioStore {
  constructor(private readonly db: CanvasDB) {}

  async list() {
    try {
      return decodePortfolios((await this.db.portfolios.toArray()) as unknown[]);
    } catch {
      return { portfolios: [], problems: [] };
    }
  }

  async get(id: string): Promise<DecodedPortfolio | null> {
    try {
      const row: unknown = await this.db.portfolios.get(id);
      return row === undefined ? null : decodePortfolioRow(row);
    } catch {
      return null;
    }
  }

  async put(p: StoredPortfolio): Promise<void> {
    await this.db.portfolios.put(toPortfolioRow(p));
  }

  async remove(id: string): Promise<void> {
    await this.db.portfolios.delete(id);
  }
}

/** Portfolios kept in this tab only: the fallback without IndexedDB, and a fake for tests. */
export class MemoryPortfolioStore implements PortfolioStore {
  private readonly rows = new Map<string, PortfolioRow>();

  async list() {
    return decodePortfolios([...this.rows.values()].map((r) => structuredClone(r)));
  }

  async get(id: string): Promise<DecodedPortfolio | null> {
    const row = this.rows.get(id);
    return row === undefined ? null : decodePortfolioRow(structuredClone(row));
  }

  async put(p: StoredPortfolio): Promise<void> {
    this.rows.set(p.id, structuredClone(toPortfolioRow(p)));
  }

  async remove(id: string): Promise<void> {
    this.rows.delete(id);
  }
}
