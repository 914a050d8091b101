import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/lang';
import { analyzePortfolio } from '../../src/domain/portfolio';
import { parsePortfolioFile } from '../../src/domain/portfolioFile';
import { resources } from '../../src/i18n/resources';
import { buildPortfolioDeck } from '../../src/files/export/office/portfolioDeck';
import { deckToPptx } from '../../src/files/export/office/pptx';
import { DECK_TEXT } from '../../src/files/export/office/text';
import { slideText } from './office-fixtures';
import { drawingRuns, HAN, parts } from './office-zip';

function portfolio(lang: Lang) {
  const file = path.resolve(__dirname, `../fixtures/deck/${lang}.portfolio.json`);
  const result = parsePortfolioFile(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error('the worked-example portfolio must be valid');
  const p = result.file.portfolio;
  const boards = p.samples.map((s) => s.board);
  const analysis = analyzePortfolio(
    boards,
    p.settings?.thresholds ? { thresholds: p.settings.thresholds } : {},
  );
  return { title: p.title, boards, analysis };
}

describe.each(['zh-CN', 'en'] as const)('the portfolio deck (%s)', (lang) => {
  const { title, boards, analysis } = portfolio(lang);
  const deck = buildPortfolioDeck(boards, analysis, lang, { title, date: '2026-12-06' });
  const t = DECK_TEXT[lang].portfolio;
  const d = resources[lang].domain;

  it('states the organisation’s verdict: weighted fit, path and each sample', () => {
    const verdict = deck.slides
      .filter((s) => s.title.startsWith(t.verdict))
      .map(slideText)
      .join('\n');
    expect(verdict).toContain(t.fit);
    expect(verdict).toContain(d.recommendation[analysis.recommendation!]);
    if (analysis.provisional) expect(verdict).toContain(t.provisional);
    for (const b of boards) expect(verdict).toContain(b.account.name);
  });

  it('has a heat map with a row per sample and a column per step kind of the chain', () => {
    const heat = deck.slides.filter((s) =>
      s.title.startsWith(t.heatMap.split('：')[0]!.split(':')[0]!),
    );
    expect(heat.length).toBeGreaterThan(0);
    const tables = heat.flatMap((s) => s.elements).filter((e) => e.kind === 'table');
    const kinds = new Set(
      tables.flatMap((tb) =>
        tb.kind === 'table' ? tb.rows[0]!.slice(1).map((c) => c.runs[0]!.text) : [],
      ),
    );
    expect([...kinds].sort()).toEqual(analysis.chain.map((c) => d.kind[c.kind]).sort());
    const names = new Set(
      tables.flatMap((tb) =>
        tb.kind === 'table' ? tb.rows.slice(1, -1).map((r) => r[0]!.runs[0]!.text) : [],
      ),
    );
    for (const b of boards) expect(names.has(b.account.name)).toBe(true);
    // A blocking cell is red; the sample's analysis says it blocks there.
    const table = tables[0]!;
    if (table.kind !== 'table') throw new Error('a table');
    table.rows.slice(1, -1).forEach((row, i) => {
      row.slice(1).forEach((c, k) => {
        const kind = analysis.chain[k]!.kind;
        const blocks = analysis.analyses[i]!.stages.some(
          (s) => s.kind === kind && analysis.analyses[i]!.blockingStepIds.includes(s.stepId),
        );
        expect(c.fill === 'F8B4B4', `${boards[i]!.account.name} · ${kind}`).toBe(blocks);
      });
    });
  });

  it('writes every slide’s text into the .pptx, Chinese runs tagged zh-CN', async () => {
    const slides = [
      ...(await parts(await deckToPptx(deck), /^ppt\/slides\/slide\d+\.xml$/)).values(),
    ];
    expect(slides.length).toBe(deck.slides.length);
    const runs = slides.flatMap(drawingRuns);
    for (const r of runs.filter((x) => HAN.test(x.text))) {
      expect(r.rPr).toContain('lang="zh-CN"');
      expect(r.rPr).toContain('<a:ea typeface="Microsoft YaHei"');
    }
    const text = runs.map((r) => r.text).join('');
    for (const b of boards) expect(text).toContain(b.account.name);
  });
});
