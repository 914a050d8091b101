/**
 * A portfolio as an editable deck (docs/domain.md §9): a title slide, the heat map of where each
 * sample blocks by step kind, and the organisation's verdict (weighted fit, path, weighting,
 * thresholds, the samples the path depends on, each sample's figures and the capabilities
 * missing most often), all as native tables. Pure: built from `analyzePortfolio`'s result.
 */
import type { Lang } from '../../../domain/lang';
import { PLAN_FLAGS } from '../../../domain/flagCodes';
import type { PortfolioAnalysis } from '../../../domain/portfolio';
import type { Board } from '../../../domain/types';
import { resources } from '../../../i18n/resources';
import { capabilityText, labelsFor } from '../labels';
import { deckDate } from './deckModel';
import {
  MIN_PT,
  SLIDE_W,
  type DeckCell,
  type DeckModel,
  type DeckRun,
  type DeckSlide,
} from './deckTypes';
import { DECK_TEXT, fill } from './text';

const PLAN: ReadonlySet<string> = new Set(PLAN_FLAGS);
const TABLE_X = 0.4;
const TABLE_Y = 1.1;
const TABLE_W = SLIDE_W - 0.8;
/** Step kinds per heat map slide: the sample names take 2.6 in, each kind 1.4 in. */
export const KINDS_PER_SLIDE = 7;
/** Samples per heat map slide (rows of 0.45 in under the header). */
export const SAMPLES_PER_SLIDE = 10;

const run = (text: string, extra: Partial<DeckRun> = {}): DeckRun => ({
  text,
  size: MIN_PT,
  ...extra,
});
const cell = (text: string, extra: Partial<DeckRun> = {}, fillColor?: string): DeckCell => ({
  runs: [run(text, extra)],
  ...(fillColor ? { fill: fillColor } : {}),
});
const head = (text: string): DeckCell => cell(text, { bold: true, color: '102A43' }, 'D9E2EC');

/** Red for a share that blocks often, amber for some, green for none. */
function heat(share: number): string {
  if (share >= 0.5) return 'F8B4B4';
  if (share > 0) return 'FDE2C4';
  return 'D3F9D8';
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length ? out : [[]];
}

const pct = (value: number, lang: Lang) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);

export interface PortfolioDeckOptions {
  title: string;
  date?: string;
}

/** The heat map slides: one row a sample, one column a step kind of the chain, weighted shares last. */
export function heatMapSlides(
  boards: readonly Board[],
  p: PortfolioAnalysis,
  lang: Lang,
): DeckSlide[] {
  const t = DECK_TEXT[lang].portfolio;
  const d = resources[lang].domain;
  const kinds = p.chain.map((c) => c.kind);
  const kindParts = chunks(kinds, KINDS_PER_SLIDE);
  const sampleParts = chunks(
    boards.map((b, i) => ({ board: b, analysis: p.analyses[i]! })),
    SAMPLES_PER_SLIDE,
  );
  const total = kindParts.length * sampleParts.length;
  const slides: DeckSlide[] = [];
  for (const kindsHere of kindParts) {
    for (const samples of sampleParts) {
      const colW = [
        2.6,
        ...kindsHere.map(() => Math.min(1.4, (TABLE_W - 2.6) / Math.max(1, kindsHere.length))),
      ];
      const rows: DeckCell[][] = [[head(t.account), ...kindsHere.map((k) => head(d.kind[k]))]];
      for (const { board, analysis } of samples) {
        rows.push([
          cell(board.account.name || board.title, { bold: true }),
          ...kindsHere.map((kind) => {
            const stages = analysis.stages.filter((s) => s.kind === kind);
            if (stages.length === 0) return cell(t.absent, { color: '9AA5B1' });
            const blocking = stages.filter((s) => s.flags.some((code) => PLAN.has(code))).length;
            return blocking
              ? cell(
                  `■ ${t.blocks}${blocking > 1 ? ` ×${blocking}` : ''}`,
                  { bold: true, color: 'B42318' },
                  'F8B4B4',
                )
              : cell(`✓ ${t.clear}`, { color: '1F5F2C' }, 'D3F9D8');
          }),
        ]);
      }
      rows.push([
        cell(t.blockingShare, { bold: true }, 'F0F4F8'),
        ...kindsHere.map((kind) => {
          const share = p.chain.find((c) => c.kind === kind)!.blockingShare;
          return cell(pct(share, lang), { bold: true }, heat(share));
        }),
      ]);
      const title =
        total > 1 ? fill(t.heatPart, { part: slides.length + 1, parts: total }) : t.heatMap;
      slides.push({
        kind: 'portfolio',
        title,
        elements: [{ kind: 'table', x: TABLE_X, y: TABLE_Y, colW, rows }],
      });
    }
  }
  return slides;
}

/** The verdict: the figures the organisation decides on, then each sample's, then capability gaps. */
export function verdictSlides(
  boards: readonly Board[],
  p: PortfolioAnalysis,
  lang: Lang,
): DeckSlide[] {
  const t = DECK_TEXT[lang].portfolio;
  const d = resources[lang].domain;
  const name = (id: string) => {
    const b = boards.find((x) => x.id === id);
    return b ? b.account.name || b.title : id;
  };
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const path = p.recommendation ? d.recommendation[p.recommendation] : t.absent;
  const facts: DeckCell[][] = [
    [head(t.measure), head(t.value)],
    [
      cell(t.fit, { bold: true }),
      cell(p.fit === null ? t.absent : pct(p.fit, lang), { bold: true }),
    ],
    [
      cell(t.path, { bold: true }),
      {
        runs: [
          run(path, { bold: true, color: '102A43' }),
          ...(p.provisional
            ? [run(t.provisional, { italic: true, color: 'D9730D', breakBefore: true })]
            : []),
        ],
      },
    ],
    [cell(t.weighting, { bold: true }), cell(p.weighting === 'volume' ? t.byVolume : t.byAccounts)],
    [
      cell(t.thresholds, { bold: true }),
      cell(
        `${d.recommendation['part-time']} ≥ ${pct(p.thresholds.partTime, lang)}${sep}${d.recommendation.split} ≥ ${pct(p.thresholds.split, lang)}`,
      ),
    ],
    [
      cell(t.dependsOn, { bold: true }),
      cell(p.dependsOn.length ? p.dependsOn.map(name).join(sep) : t.nobody),
    ],
  ];
  const samples: DeckCell[][] = [
    [head(t.account), head(t.weight), head(t.sampleFit), head(t.path), head(t.planned)],
    ...p.samples.map((s) => [
      cell(name(s.board), { bold: true }),
      cell(String(Math.round(s.weight * 100) / 100)),
      cell(s.fit === null ? t.absent : pct(s.fit, lang)),
      cell(s.recommendation ? d.recommendation[s.recommendation] : t.absent),
      cell(`${s.plannedStages} / ${s.stages}`),
    ]),
  ];
  const l = labelsFor(lang);
  const gaps: DeckCell[][] = [
    [head(t.capability), head(t.share)],
    ...(p.capabilityGaps.length
      ? p.capabilityGaps.map((g) => [
          cell(capabilityText(l, g.capability)),
          cell(pct(g.share, lang)),
        ])
      : [[cell(t.noGaps), cell(t.absent)]]),
  ];
  const slides: DeckSlide[] = [
    {
      kind: 'portfolio',
      title: t.verdict,
      elements: [{ kind: 'table', x: TABLE_X, y: TABLE_Y, colW: [3, TABLE_W - 3], rows: facts }],
    },
  ];
  for (const [i, part] of chunks(samples.slice(1), 12).entries()) {
    slides.push({
      kind: 'portfolio',
      title: i === 0 ? t.verdict : `${t.verdict} (${i + 1})`,
      elements: [
        {
          kind: 'table',
          x: TABLE_X,
          y: TABLE_Y,
          colW: [4.5, 1.6, 1.6, 2.4, TABLE_W - 10.1],
          rows: [samples[0]!, ...part],
        },
      ],
    });
  }
  for (const part of chunks(gaps.slice(1), 12)) {
    slides.push({
      kind: 'portfolio',
      title: t.gaps,
      elements: [
        {
          kind: 'table',
          x: TABLE_X,
          y: TABLE_Y,
          colW: [6, TABLE_W - 6],
          rows: [gaps[0]!, ...part],
        },
      ],
    });
  }
  return slides;
}

/** The portfolio deck; `analysis` must be `analyzePortfolio(boards)`. */
export function buildPortfolioDeck(
  boards: readonly Board[],
  analysis: PortfolioAnalysis,
  lang: Lang,
  options: PortfolioDeckOptions,
): DeckModel {
  const t = DECK_TEXT[lang].portfolio;
  const title: DeckSlide = {
    kind: 'title',
    title: options.title,
    elements: [
      {
        kind: 'shape',
        role: 'text',
        shape: 'rect',
        x: 0.8,
        y: 1.6,
        w: SLIDE_W - 1.6,
        h: 1.3,
        runs: [run(options.title, { size: 36, bold: true, color: '102A43' })],
        valign: 'bottom',
      },
      {
        kind: 'shape',
        role: 'text',
        shape: 'rect',
        x: 0.8,
        y: 3.1,
        w: SLIDE_W - 1.6,
        h: 2.5,
        runs: [
          run(`${t.title} · ${fill(t.samples, { count: boards.length })}`, {
            size: 18,
            color: '52606D',
          }),
          run(options.date ?? deckDate(lang), { size: 16, color: '52606D', breakBefore: true }),
          ...boards
            .slice(0, 12)
            .map((b) =>
              run(b.account.name || b.title, { size: 14, color: '102A43', breakBefore: true }),
            ),
          ...(boards.length > 12 ? [run('…', { size: 14, breakBefore: true })] : []),
        ],
      },
    ],
  };
  return {
    lang,
    title: options.title,
    slides: [
      title,
      ...verdictSlides(boards, analysis, lang),
      ...heatMapSlides(boards, analysis, lang),
    ],
  };
}
