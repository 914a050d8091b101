/** The portfolio's report as a Word document: the worked-example portfolio in both languages. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/lang';
import { analyzePortfolio } from '../../src/domain/portfolio';
import { parsePortfolioFile } from '../../src/domain/portfolioFile';
import { loadValidation } from '../../src/domain/validation';
import { planToDocx } from '../../src/files/export/office/docx';
import { portfolioDocument } from '../../src/files/export/office/docxModel';
import { loadLanguage } from '../../src/i18n/bundles';
import { createI18n } from '../../src/i18n/i18n';
import { resources } from '../../src/i18n/resources';
import { portfolioMarkdown } from '../../src/portfolio/exportPortfolio';
import { HAN, parts, wordRuns } from './office-zip';

const ts: Partial<Record<Lang, TFunction>> = {};
beforeAll(async () => {
  await loadValidation();
  for (const lang of ['en', 'zh-CN'] as const) {
    await loadLanguage(lang);
    ts[lang] = createI18n(lang).t;
  }
});

function portfolio(lang: Lang) {
  const file = path.resolve(__dirname, `../fixtures/deck/${lang}.portfolio.json`);
  const result = parsePortfolioFile(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error('the worked-example portfolio must be valid');
  const p = result.file.portfolio;
  const boards = p.samples.map((s) => s.board);
  const thresholds = p.settings?.thresholds;
  const analysis = analyzePortfolio(boards, thresholds ? { thresholds } : {});
  const stored = {
    id: p.id,
    title: p.title,
    boardIds: boards.map((b) => b.id),
    createdAt: '2026-12-06T00:00:00.000Z',
    updatedAt: '2026-12-06T00:00:00.000Z',
    ...(thresholds ? { thresholds } : {}),
  };
  return { title: p.title, boards, analysis, stored };
}

const plain = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe.each(['zh-CN', 'en'] as const)('the portfolio report (%s)', (lang) => {
  const d = resources[lang].domain;
  const pf = resources[lang].portfolio;

  function build() {
    const { title, boards, analysis, stored } = portfolio(lang);
    const markdown = portfolioMarkdown(stored, boards, analysis, ts[lang]!, lang);
    return { title, boards, analysis, doc: portfolioDocument(markdown, title, lang) };
  }

  it('starts with the title and the path, then the gaps, the heat map and coverage as tables', () => {
    const { title, analysis, boards, doc } = build();
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 1, runs: [{ text: title }] });
    // The path, in bold, straight after the title.
    const path = doc.blocks[1]!;
    expect(path.kind).toBe('paragraph');
    if (path.kind !== 'paragraph') return;
    expect(path.runs[0]!.bold).toBe(true);
    expect(plain(path.runs)).toContain(d.recommendation[analysis.recommendation!]);
    expect(plain(path.runs)).toContain(pf.verdict.fit);
    const headings = doc.blocks.flatMap((b) =>
      b.kind === 'heading' && b.level === 2 ? [plain(b.runs)] : [],
    );
    expect(headings).toEqual([pf.gaps.heading, pf.markdown.heatMap, pf.coverage.heading]);
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    const heat = tables[0]!;
    if (heat.kind !== 'table') return;
    expect(heat.header.map(plain)).toEqual([
      pf.heat.sample,
      pf.heat.weight,
      ...analysis.chain.map((c) => d.kind[c.kind]),
    ]);
    expect(heat.rows.map((r) => plain(r[0]!))).toEqual(boards.map((b) => b.title));
    // A backslash that escapes nothing stays (CommonMark): "Tier \ industry".
    const grid = tables[1]!;
    if (grid.kind !== 'table') return;
    expect(plain(grid.header[0]!)).toBe(pf.coverage.tierIndustry);
  });

  it('writes a .docx with every sample, real tables and Chinese runs in Microsoft YaHei', async () => {
    const { title, boards, analysis, doc } = build();
    const bytes = await planToDocx(doc);
    const files = await parts(bytes, /^word\/(document\.xml|styles\.xml)$/);
    const xml = files.get('word/document.xml')!;
    const runs = wordRuns(xml);
    const text = runs.map((r) => r.text).join('\n');
    expect(runs[0]!.text).toBe(title);
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/);
    // Every heading is kept with the next paragraph or table.
    const headings =
      xml.match(/<w:p><w:pPr><w:pStyle w:val="(?:Title|Heading\d)"\/>.*?<\/w:pPr>/g) ?? [];
    expect(headings.length).toBe(doc.blocks.filter((b) => b.kind === 'heading').length);
    for (const h of headings) expect(h).toContain('<w:keepNext/>');
    expect(text).toContain(d.recommendation[analysis.recommendation!]);
    for (const b of boards) expect(text).toContain(b.title);
    // The heat map and the coverage grid are Word tables, the heat map a row per sample.
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    expect((tables[0]!.match(/<w:tr>/g) ?? []).length).toBe(boards.length + 1);
    const chinese = runs.filter((r) => HAN.test(r.text));
    if (lang === 'zh-CN') expect(chinese.length).toBeGreaterThan(40);
    else expect(chinese).toEqual([]);
    for (const r of chinese) {
      expect(r.rPr, r.text).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
      expect(r.rPr, r.text).toMatch(/<w:lang [^>]*w:val="zh-CN"/);
      expect(r.rPr, r.text).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    }
    if (lang === 'en') {
      for (const r of runs.filter((x) => /[A-Za-z]/.test(x.text))) {
        expect(r.rPr).toMatch(/<w:rFonts [^>]*w:ascii="Calibri"/);
        expect(r.rPr).toMatch(/<w:lang [^>]*w:val="en-US"/);
      }
    }
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(planToDocx(build().doc, {}, { signal: controller.signal })).rejects.toThrow();
  });
});
