/**
 * The one way in for portfolio files (docs/domain.md §9): format, version, id, title and thresholds,
 * then every sample validated and migrated on its own as a board file (`parseBoardFile`). A
 * sample that fails refuses the whole file, named by its position and title; two samples with
 * the same board id are refused. Never throws.
 */
import { z } from 'zod';
import { issue, showValue } from './issues';
import type { ValidationIssue } from './issues';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION } from './portfolio';
import { LIMITS, thresholdsSchema } from './schema';
import type { BoardFile, Thresholds } from './types';
import { parseBoardFile } from './validate';
import { fromZodIssue } from './zodIssues';

/** Most samples a portfolio holds: a workshop's set of client samples, not a CRM dump. */
export const MAX_PORTFOLIO_SAMPLES = 200;

export interface Portfolio {
  id: string;
  title: string;
  settings?: { thresholds?: Thresholds };
  samples: BoardFile[];
}

export interface PortfolioFile {
  format: typeof PORTFOLIO_FORMAT;
  version: typeof PORTFOLIO_VERSION;
  portfolio: Portfolio;
}

export type PortfolioParseResult =
  { ok: true; file: PortfolioFile } | { ok: false; issues: ValidationIssue[] };

const headSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  title: z.string().max(LIMITS.name),
  settings: z.object({ thresholds: thresholdsSchema.optional() }).optional(),
  samples: z.array(z.unknown()).max(MAX_PORTFOLIO_SAMPLES),
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A sample's title for messages, read defensively from raw data. */
export function rawSampleTitle(raw: unknown): string {
  const board = isRecord(raw) ? raw.board : undefined;
  const title = isRecord(board) ? board.title : undefined;
  return typeof title === 'string' ? title.slice(0, 80) : '';
}

/** "sample 2 (“Title”)": a member named by its 1-based position and title. */
export function sampleName(index: number, title: string): string {
  return title === '' ? `sample ${index + 1}` : `sample ${index + 1} (“${title}”)`;
}

/** Refuses the whole set when a member fails; else the members in order. */
export function checkSamples(
  raws: readonly unknown[],
  titleOf: (raw: unknown, index: number) => string = rawSampleTitle,
): { ok: true; samples: BoardFile[] } | { ok: false; issues: ValidationIssue[] } {
  const samples: BoardFile[] = [];
  const seen = new Map<string, number>();
  for (const [index, raw] of raws.entries()) {
    const name = sampleName(index, titleOf(raw, index));
    const parsed = parseBoardFile(raw);
    if (!parsed.ok) {
      const first = parsed.issues[0]!;
      const rest = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
      const text = `${name} is not a valid board: ${first.message}${rest}`;
      const params = { index: index + 1, title: titleOf(raw, index), detail: first.message };
      return { ok: false, issues: [issue(`portfolio.samples[${index}]`, 'sample', text, params)] };
    }
    const id = parsed.file.board.id;
    const before = seen.get(id);
    if (before !== undefined) {
      const text = `${name} has the board id ${showValue(id)} of ${sampleName(before, rawSampleTitle(raws[before]))}`;
      const params = { index: index + 1, title: titleOf(raw, index), value: id };
      return {
        ok: false,
        issues: [issue(`portfolio.samples[${index}]`, 'duplicate-id', text, params)],
      };
    }
    seen.set(id, index);
    samples.push(parsed.file);
  }
  return { ok: true, samples };
}

function parseUnsafe(input: unknown): PortfolioParseResult {
  if (!isRecord(input)) {
    const text = `a portfolio file must be a JSON object, not ${showValue(input)}`;
    return { ok: false, issues: [issue('', 'not-object', text)] };
  }
  if (input.format !== PORTFOLIO_FORMAT) {
    const value = showValue(input.format);
    const text = `${value} is not "${PORTFOLIO_FORMAT}": this is not a portfolio file`;
    const params = { value, expected: PORTFOLIO_FORMAT };
    return { ok: false, issues: [issue('format', 'format', text, params)] };
  }
  if (input.version !== PORTFOLIO_VERSION) {
    const value = showValue(input.version);
    const text = `${value} is not a supported portfolio version (${PORTFOLIO_VERSION})`;
    return { ok: false, issues: [issue('version', 'version-unsupported', text, { value })] };
  }
  const head = headSchema.safeParse(input.portfolio, { reportInput: true });
  if (!head.success) {
    return { ok: false, issues: head.error.issues.map((zi) => fromZodIssue(zi, ['portfolio'])) };
  }
  const checked = checkSamples(head.data.samples);
  if (!checked.ok) return checked;
  const { id, title, settings } = head.data;
  const portfolio: Portfolio = { id, title, samples: checked.samples };
  if (settings?.thresholds) portfolio.settings = { thresholds: settings.thresholds };
  return { ok: true, file: { format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION, portfolio } };
}

/** Validates any value as a portfolio file; never throws. */
export function parsePortfolioFile(input: unknown): PortfolioParseResult {
  try {
    return parseUnsafe(input);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const text = `the portfolio file could not be read: ${reason}`;
    return { ok: false, issues: [issue('', 'not-object', text)] };
  }
}

/** Whether a parsed JSON value claims to be a portfolio file (to pick the parser). */
export function looksLikePortfolio(value: unknown): boolean {
  return isRecord(value) && value.format === PORTFOLIO_FORMAT;
}
