/**
 * The worked example: the built-in client samples of one language as a portfolio, each with the
 * sales process drafted in `templates/portfolio/<lang>.portfolio.json` (the same client side as
 * the templates, plus a team of three and planned stages), read through the one way in for
 * portfolio files; without that file, the bare templates. Each template
 * becomes a board under a fixed id (`<template id>-<lang>`), made once and reused afterwards, so
 * opening the example again neither duplicates the boards nor undoes what the user changed in
 * them; a board deleted since is made again. The portfolio has a fixed id per language and keeps
 * a title or thresholds the user gave it.
 */
import { copyBoard } from '../domain/create';
import type { Lang } from '../domain/lang';
import type { Board } from '../domain/types';
import type { BoardRepository } from '../persistence/boardRepository';
import type { StoredPortfolio } from '../persistence/portfolioRepository';
import { parsePortfolioFile } from '../domain/portfolioFile';

const WORKED = import.meta.glob<string>('/templates/portfolio/*.portfolio.json', {
  query: '?raw',
  import: 'default',
});

/** The drafted samples of `lang`, by template id; empty when the file is missing or refused. */
async function workedSamples(lang: Lang): Promise<Map<string, Board>> {
  const load = WORKED[`/templates/portfolio/${lang}.portfolio.json`];
  if (!load) return new Map();
  let value: unknown;
  try {
    value = JSON.parse(await load());
  } catch {
    return new Map();
  }
  const parsed = parsePortfolioFile(value);
  if (!parsed.ok) return new Map();
  return new Map(parsed.file.portfolio.samples.map((s) => [s.board.id, s.board]));
}

export const templatePortfolioId = (lang: Lang) => `samples-${lang}`;
export const templateBoardId = (templateId: string, lang: Lang) => `${templateId}-${lang}`;

/** Makes (or reuses) the sample boards and the portfolio; returns the portfolio's id. */
export async function openTemplatePortfolio(
  templates: readonly Board[],
  lang: Lang,
  repo: BoardRepository,
  title: string,
): Promise<string> {
  const now = new Date().toISOString();
  const boardIds: string[] = [];
  const worked = await workedSamples(lang);
  for (const tpl of templates) {
    const id = templateBoardId(tpl.id, lang);
    const sample = worked.get(tpl.id) ?? tpl;
    if (!(await repo.exists(id))) await repo.save(copyBoard(sample, id, tpl.title, now));
    boardIds.push(id);
  }
  const id = templatePortfolioId(lang);
  const found = await repo.portfolios.get(id);
  const before = found && 'portfolio' in found ? found.portfolio : null;
  const portfolio: StoredPortfolio = {
    id,
    title: before?.title ?? title,
    boardIds,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
  if (before?.thresholds) portfolio.thresholds = before.thresholds;
  await repo.portfolios.put(portfolio);
  return id;
}
