/** The worked-example portfolio (templates/portfolio): the eight samples with a drafted plan. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePortfolio } from '../../src/domain/portfolio';
import { parsePortfolioFile } from '../../src/domain/portfolioFile';
import { parseBoardText } from '../../src/domain/validate';
import index from '../../templates/index.json';

const ROOT = path.resolve(__dirname, '../..');
const load = (lang: string) => {
  const text = readFileSync(path.join(ROOT, `templates/portfolio/${lang}.portfolio.json`), 'utf8');
  const parsed = parsePortfolioFile(JSON.parse(text));
  if (!parsed.ok) throw new Error(parsed.issues[0]!.message);
  return parsed.file.portfolio;
};

describe('the worked-example portfolio', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`${lang}: holds every template's client side unchanged, in gallery order`, () => {
      const portfolio = load(lang);
      const files = [...index.templates].sort((a, b) => a.order - b.order).map((t) => t.file);
      expect(portfolio.samples).toHaveLength(files.length);
      portfolio.samples.forEach((sample, i) => {
        const parsed = parseBoardText(
          readFileSync(path.join(ROOT, `templates/${lang}/${files[i]}`), 'utf8'),
        );
        if (!parsed.ok) throw new Error(files[i]);
        const clientSide = (b: typeof sample.board) => ({ ...b, team: [], sales: {} });
        expect(clientSide(sample.board)).toEqual(clientSide(parsed.file.board));
        expect(sample.board.team.length).toBeGreaterThan(0);
      });
    });
  }

  it('gives the same verdict in both languages, provisional, with recurring gaps', () => {
    const [zh, en] = ['zh-CN', 'en'].map((lang) => {
      const p = load(lang);
      return analyzePortfolio(
        p.samples.map((s) => s.board),
        { id: p.id },
      );
    });
    expect(en!.fit).toBe(zh!.fit);
    expect(en!.recommendation).toBe(zh!.recommendation);
    expect(en!.capabilityGaps).toEqual(zh!.capabilityGaps);
    expect(zh!.provisional).toBe(true);
    expect(zh!.weighting).toBe('volume');
    expect(zh!.capabilityGaps.length).toBeGreaterThan(0);
    expect(zh!.chain.some((c) => c.blockingShare > 0)).toBe(true);
    expect(zh!.chain.some((c) => c.blockingShare === 0)).toBe(true);
  });
});
