/**
 * Named, versioned migrations of the board file (docs/architecture.md).
 * Entry N of a registry migrates a raw file from version N to N + 1; each must have a test fixture.
 */
import { issue, showValue } from './issues';
import type { ValidationIssue } from './issues';
import { CURRENT_VERSION } from './types';

export interface Migration {
  /** Human-readable name, e.g. "split account.name into name and legalName". */
  name: string;
  /** Takes a raw file at version N and returns it at version N + 1 (version field included). */
  up(raw: unknown): unknown;
}

export type MigrationRegistry = Readonly<Record<number, Migration>>;

/**
 * 1 -> 2: boards gain sticky notes (`board.notes`, empty) and stakeholders may carry a last
 * contact date and a next action. Keys of those names were unknown in version 1 and dropped on
 * load, so the migration drops them too: a version-1 file means exactly what it meant before.
 */
export const ADD_NOTES_AND_FOLLOW_UPS: Migration = {
  name: 'add sticky notes and stakeholder follow-ups',
  up(raw) {
    const file = raw as Record<string, unknown>;
    const board = file.board;
    if (!isRecord(board)) return { ...file, version: 2 };
    const people = Array.isArray(board.stakeholders)
      ? board.stakeholders.map((s: unknown) => {
          if (!isRecord(s)) return s;
          const rest = { ...s };
          delete rest.lastContact;
          delete rest.nextAction;
          return rest;
        })
      : board.stakeholders;
    const next: Record<string, unknown> = { ...board, stakeholders: people, notes: [] };
    delete next.reviewedPath;
    return { ...file, version: 2, board: next };
  },
};

/**
 * 2 -> 3: every sales stage gains `gaps`, the lanes the team confirmed it has nothing for yet
 * ("none yet"), empty; accounts may carry a category, purchase volume and the number of accounts
 * a sample stands for. Keys of those names were unknown in version 2 and dropped on load, so the
 * migration drops them too: a version-2 file keeps every flag, its fit and its path.
 */
export const ADD_STAGE_GAPS_AND_SEGMENT: Migration = {
  name: 'add confirmed lane gaps to sales stages and the account segment',
  up(raw) {
    const file = raw as Record<string, unknown>;
    const board = file.board;
    if (!isRecord(board)) return { ...file, version: 3 };
    const next: Record<string, unknown> = { ...board };
    if (isRecord(board.account)) {
      const account = { ...board.account };
      delete account.category;
      delete account.purchaseVolume;
      delete account.similarAccounts;
      next.account = account;
    }
    if (isRecord(board.sales)) {
      // fromEntries defines own keys, so a hostile "__proto__" key stays a key for validation.
      next.sales = Object.fromEntries(
        Object.entries(board.sales).map(([key, stage]) => [
          key,
          isRecord(stage) ? { ...stage, gaps: [] } : stage,
        ]),
      );
    }
    return { ...file, version: 3, board: next };
  },
};

/** The real registry: entry N migrates a file from version N to N + 1. */
export const MIGRATIONS: MigrationRegistry = {
  1: ADD_NOTES_AND_FOLLOW_UPS,
  2: ADD_STAGE_GAPS_AND_SEGMENT,
};

export type MigrateResult =
  { ok: true; value: unknown; from: number } | { ok: false; issue: ValidationIssue };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings `raw` (a file object with a `version`) up to `target` through `registry`.
 * Refuses missing, non-integer, newer-than-target and unreachable versions; never throws.
 */
export function runMigrations(
  raw: unknown,
  registry: MigrationRegistry,
  target: number,
): MigrateResult {
  if (!isRecord(raw)) {
    return { ok: false, issue: issue('', 'not-object', 'a board file must be a JSON object') };
  }
  const version = raw.version;
  if (version === undefined) {
    return { ok: false, issue: issue('version', 'version-missing', 'is required') };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const value = showValue(version);
    const text = `${value} is not a supported version number`;
    return { ok: false, issue: issue('version', 'version-unsupported', text, { value }) };
  }
  if (version > target) {
    const text = `${version} is newer than this app understands (${target})`;
    const params = { value: version, max: target };
    return { ok: false, issue: issue('version', 'version-unsupported', text, params) };
  }
  let value: unknown = raw;
  for (let v = version; v < target; v += 1) {
    const step = registry[v];
    if (step === undefined) {
      const text = `${version} cannot be migrated: no migration from ${v} to ${v + 1}`;
      return {
        ok: false,
        issue: issue('version', 'version-unsupported', text, { value: version }),
      };
    }
    try {
      value = step.up(value);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const text = `migration "${step.name}" (${v} -> ${v + 1}) failed: ${reason}`;
      return { ok: false, issue: issue('version', 'version-unsupported', text, { value: v }) };
    }
  }
  return { ok: true, value, from: version };
}

/** Migrates a raw board file to the current version with the real registry. */
export function migrate(raw: unknown): MigrateResult {
  return runMigrations(raw, MIGRATIONS, CURRENT_VERSION);
}
