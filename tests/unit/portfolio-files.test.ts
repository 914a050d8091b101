/** Portfolio files in and out of the app: import (reuse, copies, refusals), export, Markdown. */
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePortfolio } from '../../src/domain/portfolio';
import { parsePortfolioFile } from '../../src/domain/portfolioFile';
import { loadValidation } from '../../src/domain/validation';
import { loadLanguage } from '../../src/i18n/bundles';
import { createI18n } from '../../src/i18n/i18n';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { portfolioMarkdown, toPortfolioFile } from '../../src/portfolio/exportPortfolio';
import { importPortfolioText } from '../../src/portfolio/importPortfolio';
import { openTemplatePortfolio } from '../../src/portfolio/templatePortfolio';
import { exampleJson, exampleText, makeRichBoard } from './builders';

const ts: Partial<Record<'en' | 'zh-CN', TFunction>> = {};
beforeAll(async () => {
  await loadValidation();
  for (const lang of ['en', 'zh-CN'] as const) {
    await loadLanguage(lang);
    ts[lang] = createI18n(lang).t;
  }
});

const rich = (id: string, title: string) => ({ ...makeRichBoard(), id, title });
const stored = {
  id: 'pf-1',
  title: 'Spring review',
  thresholds: { partTime: 0.8, split: 0.3 },
  boardIds: ['a', 'b'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('portfolio files', () => {
  it('export as a valid portfolio file that imports into an empty browser whole', async () => {
    const boards = [rich('a', 'Alpha'), rich('b', 'Beta')];
    const file = toPortfolioFile(stored, boards);
    const parsed = parsePortfolioFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(true);
    const repo = new MemoryBoardRepository();
    const result = await importPortfolioText(JSON.stringify(file), repo, ts.en!, 'en');
    expect(result).toMatchObject({ ok: true, samples: 2, copies: 0 });
    if (!result.ok) return;
    expect(result.portfolio).toMatchObject({
      id: 'pf-1',
      title: 'Spring review',
      boardIds: ['a', 'b'],
      thresholds: { partTime: 0.8, split: 0.3 },
    });
    const loaded = await repo.load('b');
    expect(loaded && 'board' in loaded && loaded.board).toEqual(boards[1]);
  });

  it('reuse a board that is the same, copy one that differs, and keep both portfolios', async () => {
    const repo = new MemoryBoardRepository();
    const file = JSON.stringify(toPortfolioFile(stored, [rich('a', 'Alpha'), rich('b', 'Beta')]));
    await importPortfolioText(file, repo, ts.en!, 'en');
    const same = await importPortfolioText(file, repo, ts.en!, 'en');
    expect(same).toMatchObject({ ok: true, copies: 0, portfolio: { id: 'pf-1' } });
    expect((await repo.portfolios.list()).portfolios).toHaveLength(1);
    await repo.save(rich('b', 'Beta, edited here'));
    const again = await importPortfolioText(file, repo, ts.en!, 'en');
    expect(again).toMatchObject({ ok: true, samples: 2, copies: 1 });
    if (!again.ok) return;
    expect(again.portfolio.id).not.toBe('pf-1');
    const [a, copy] = again.portfolio.boardIds as string[];
    expect(a).toBe('a');
    expect(copy).not.toBe('b');
    const kept = await repo.load('b');
    expect(kept && 'board' in kept && kept.board.title).toBe('Beta, edited here');
    const copied = await repo.load(copy!);
    expect(copied && 'board' in copied && copied.board.title).toBe('Beta');
    expect((await repo.portfolios.list()).portfolios).toHaveLength(2);
  });

  it('refuse a broken member by position and title in both languages, storing nothing', async () => {
    const file = toPortfolioFile(stored, [rich('a', 'Alpha'), rich('b', 'Beta')]);
    const raw = JSON.parse(JSON.stringify(file));
    raw.portfolio.samples[1].board.stakeholders = 'none';
    const repo = new MemoryBoardRepository();
    const en = await importPortfolioText(JSON.stringify(raw), repo, ts.en!, 'en');
    expect(en.ok === false && en.message).toMatch(
      /^The portfolio file was not imported; nothing was changed\. Sample 2 \(“Beta”\) is not a valid board: /,
    );
    const zh = await importPortfolioText(JSON.stringify(raw), repo, ts['zh-CN']!, 'zh-CN');
    expect(zh.ok === false && zh.message).toContain('第 2 个样本（“Beta”）不是有效的画布');
    raw.portfolio.samples[1] = raw.portfolio.samples[0];
    const dup = await importPortfolioText(JSON.stringify(raw), repo, ts.en!, 'en');
    expect(dup.ok === false && dup.message).toContain('Sample 2 (“Alpha”) has the same board id');
    const notJson = await importPortfolioText('{', repo, ts.en!, 'en');
    expect(notJson.ok === false && notJson.message).toMatch(/^The file is not JSON text/);
    const board = await importPortfolioText(
      JSON.stringify(exampleJson('minimal.board.json')),
      repo,
      ts.en!,
      'en',
    );
    expect(board.ok).toBe(false);
    expect((await repo.list()).boards).toHaveLength(0);
    expect((await repo.portfolios.list()).portfolios).toHaveLength(0);
  });
});

describe('the built-in samples as a portfolio', () => {
  it('make the boards once, per language, and keep a title the user gave', async () => {
    const repo = new MemoryBoardRepository();
    const templates = [rich('tpl-x', 'X'), rich('tpl-y', 'Y')];
    const id = await openTemplatePortfolio(templates, 'en', repo, 'Built-in client samples');
    expect(id).toBe('samples-en');
    const first = await repo.portfolios.get(id);
    expect(first && 'portfolio' in first && first.portfolio.boardIds).toEqual([
      'tpl-x-en',
      'tpl-y-en',
    ]);
    await repo.save(rich('tpl-x-en', 'X, edited'));
    if (first && 'portfolio' in first)
      await repo.portfolios.put({ ...first.portfolio, title: 'Mine' });
    await openTemplatePortfolio(templates, 'en', repo, 'Built-in client samples');
    const x = await repo.load('tpl-x-en');
    expect(x && 'board' in x && x.board.title).toBe('X, edited');
    const again = await repo.portfolios.get(id);
    expect(again && 'portfolio' in again && again.portfolio.title).toBe('Mine');
    await openTemplatePortfolio(templates, 'zh-CN', repo, '内置客户样本');
    expect((await repo.list()).boards).toHaveLength(4);
  });
});

describe('the Markdown summary', () => {
  it('puts the path first and lists the heat map, gaps and coverage', () => {
    const parsed = parsePortfolioFile(JSON.parse(exampleText('portfolio.portfolio.json')));
    if (!parsed.ok) throw new Error('the example portfolio does not load');
    const boards = parsed.file.portfolio.samples.map((s) => s.board);
    const p = analyzePortfolio(boards);
    const md = portfolioMarkdown({ ...stored, title: 'CRM | samples' }, boards, p, ts.en!, 'en');
    const lines = md.split('\n');
    expect(lines[0]).toBe('# CRM \\| samples');
    expect(lines[2]).toMatch(
      /^\*\*Path: (Part-time|Split|Rebuild)\*\* \(Provisional\) · Weighted fit: \d+%$/,
    );
    const order = ['**Path', '## Recurring gaps', '## Heat map', '## Coverage of the segment grid'];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The heat-map row of a sample: its title, its weight, one cell per kind present.
    const row = lines.find((l) => l.startsWith('| Blank sheet | '));
    expect(row?.split(' | ').length).toBe(2 + p.chain.length);
  });
});
