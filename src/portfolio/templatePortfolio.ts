/**
 * The worked example: the built-in client samples of one language as a portfolio. Each template
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
  for (const tpl of templates) {
    const id = templateBoardId(tpl.id, lang);
    if (!(await repo.exists(id))) await repo.save(copyBoard(tpl, id, tpl.title, now));
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
