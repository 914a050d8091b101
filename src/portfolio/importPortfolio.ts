/**
 * Imports a portfolio file (docs/domain.md §9) through `parsePortfolioFile`, the one way in: a file
 * that fails changes nothing and says which member is broken (position and title). Each sample
 * becomes a stored board: under its own id when no board has it; reused when the stored board
 * with that id is the very same board; else as a copy under a new id, so that neither the board
 * already here nor the file's sample is lost. The portfolio is stored under a new id when its id
 * is taken by a different portfolio, and not again when the same one is already here.
 */
import type { TFunction } from 'i18next';
import { describeIssue } from '../files/import/describeIssue';
import { newId } from '../domain/ids';
import { parsePortfolioFile } from '../domain/portfolioFile';
import type { Board } from '../domain/types';
import { parseBoardFile } from '../domain/validate';
import type { BoardRepository } from '../persistence/boardRepository';
import type { StoredPortfolio } from '../persistence/portfolioRepository';

export type PortfolioImport =
  | { ok: true; portfolio: StoredPortfolio; samples: number; copies: number }
  | { ok: false; message: string };

const same = (a: Board, b: Board) => JSON.stringify(a) === JSON.stringify(b);

/** Same title, thresholds and members: a stored portfolio the file adds nothing to. */
function samePortfolio(a: StoredPortfolio, b: StoredPortfolio): boolean {
  return (
    a.title === b.title &&
    JSON.stringify(a.thresholds ?? null) === JSON.stringify(b.thresholds ?? null) &&
    JSON.stringify(a.boardIds) === JSON.stringify(b.boardIds)
  );
}

/** Why the file was refused, in the UI language, naming a broken member by position and title. */
function refusal(raw: unknown, t: TFunction, lang: string): string {
  const parsed = parsePortfolioFile(raw);
  if (parsed.ok) return '';
  const first = parsed.issues[0]!;
  const params = first.params as { index?: number; title?: string; value?: string };
  let reason: string;
  if (first.code === 'sample' && params.index !== undefined) {
    const samples = (raw as { portfolio: { samples: unknown[] } }).portfolio.samples;
    const member = samples[params.index - 1];
    const inner = parseBoardFile(member);
    const detail = inner.ok ? '' : describeIssue(inner.issues[0]!, t, lang, member);
    reason = t(params.title ? 'portfolio:import.sample' : 'portfolio:import.sampleUntitled', {
      index: params.index,
      title: params.title,
      detail,
    });
  } else if (first.code === 'duplicate-id') {
    reason = t('portfolio:import.duplicate', { ...params });
  } else {
    reason = describeIssue(first, t, lang);
  }
  return t('portfolio:import.refused', { reason });
}

/** Reads, checks and stores a portfolio file's text; never throws on bad input. */
export async function importPortfolioText(
  text: string,
  repo: BoardRepository,
  t: TFunction,
  lang: string,
): Promise<PortfolioImport> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, message: t('portfolio:import.notJson', { reason }) };
  }
  const parsed = parsePortfolioFile(raw);
  if (!parsed.ok) return { ok: false, message: refusal(raw, t, lang) };
  const { portfolio } = parsed.file;
  const now = new Date().toISOString();
  const boardIds: string[] = [];
  let copies = 0;
  for (const sample of portfolio.samples) {
    const board = sample.board;
    const stored = await repo.load(board.id);
    if (stored === null) {
      await repo.save(board);
      boardIds.push(board.id);
    } else if (!('problem' in stored) && same(stored.board, board)) {
      boardIds.push(board.id);
    } else {
      // The same sample under a new id, its dates kept.
      const copy = { ...board, id: newId('b') };
      await repo.save(copy);
      boardIds.push(copy.id);
      copies++;
    }
  }
  const stored: StoredPortfolio = {
    id: portfolio.id,
    title: portfolio.title,
    boardIds,
    createdAt: now,
    updatedAt: now,
  };
  if (portfolio.settings?.thresholds) stored.thresholds = { ...portfolio.settings.thresholds };
  const found = await repo.portfolios.get(portfolio.id);
  if (found && 'portfolio' in found && samePortfolio(found.portfolio, stored)) {
    // The very portfolio already here (its own file imported again): nothing to add.
    return { ok: true, portfolio: found.portfolio, samples: boardIds.length, copies };
  }
  if (found !== null) stored.id = newId('pf');
  await repo.portfolios.put(stored);
  return { ok: true, portfolio: stored, samples: boardIds.length, copies };
}
