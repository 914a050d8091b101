/**
 * A portfolio leaves the app as a portfolio file (docs/domain.md §9: every sample a whole board
 * file), as a Markdown summary (the path first) and as a 16:9 slide drawn from the page.
 */
import type { TFunction } from 'i18next';
import { toCanvas } from 'html-to-image';
import { pathMeaning } from '../domain/analyze';
import { capabilityName } from '../domain/capabilities';
import { toBoardFile } from '../domain/create';
import type { Lang } from '../domain/lang';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type PortfolioAnalysis } from '../domain/portfolio';
import type { PortfolioFile } from '../domain/portfolioFile';
import type { Board } from '../domain/types';
import type { StoredPortfolio } from '../persistence/portfolioRepository';
import { coverage, coverageKey, heatMap, recurringKinds, verdictState } from './model';
import { cellText, listText, percent, weightText } from './text';

/** The portfolio file of a stored portfolio and its member boards as they are now. */
export function toPortfolioFile(p: StoredPortfolio, boards: readonly Board[]): PortfolioFile {
  const portfolio: PortfolioFile['portfolio'] = {
    id: p.id,
    title: p.title,
    samples: boards.map((b) => toBoardFile(b)),
  };
  if (p.thresholds) portfolio.settings = { thresholds: { ...p.thresholds } };
  return { format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION, portfolio };
}

/** Markdown text in a table cell or a line: no pipes, no line breaks, no leading markup. */
function md(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\|*_`[\]<>#])/g, '\\$1')
    .trim();
}

/** The summary (path, fit, planned samples, weighting, dependencies) first, then the details. */
export function portfolioMarkdown(
  stored: StoredPortfolio,
  boards: readonly Board[],
  p: PortfolioAnalysis,
  t: TFunction,
  lang: Lang,
): string {
  const v = verdictState(p);
  const titles = (ids: readonly string[]) =>
    ids.map((id) => md(boards.find((b) => b.id === id)?.title ?? id));
  const out: string[] = [`# ${md(stored.title)}`, ''];
  if (v.state === 'none') out.push(t('portfolio:verdict.none'));
  else if (v.state === 'unplanned') out.push(t('portfolio:verdict.unplanned'));
  else if (p.fit !== null && p.recommendation !== null) {
    const name = t(`domain:recommendation.${p.recommendation}`);
    const flag = v.state === 'provisional' ? ` (${t('portfolio:verdict.provisional')})` : '';
    out.push(
      `**${t('portfolio:verdict.path')}: ${name}**${flag} · ${t('portfolio:verdict.fit')}: ${percent(p.fit)}`,
      '',
      pathMeaning(p.recommendation, lang),
      '',
      v.state === 'provisional'
        ? t('portfolio:verdict.provisionalNote', { planned: v.fullyPlanned, total: v.withSteps })
        : t('portfolio:verdict.final', { total: v.withSteps }),
      '',
      p.dependsOn.length > 0
        ? t('portfolio:verdict.dependsOn', { samples: listText(titles(p.dependsOn), lang) })
        : t('portfolio:verdict.dependsNone'),
    );
  }
  out.push(
    '',
    p.weighting === 'volume'
      ? t('portfolio:verdict.byVolume')
      : t('portfolio:verdict.byAccounts', { samples: listText(titles(p.lackingVolume), lang) }),
    '',
  );
  out.push(`## ${t('portfolio:gaps.heading')}`, '');
  if (v.state !== 'verdict') out.push(t('portfolio:gaps.early'), '');
  out.push(`### ${t('portfolio:gaps.kinds')}`, '');
  const kinds = recurringKinds(p);
  if (kinds.length === 0) out.push(t('portfolio:gaps.noKinds'));
  for (const k of kinds) out.push(`- ${t(`domain:kind.${k.kind}`)}: ${percent(k.share)}`);
  out.push('', `### ${t('portfolio:gaps.capabilities')}`, '');
  if (p.capabilityGaps.length === 0) out.push(t('portfolio:gaps.noCapabilities'));
  for (const g of p.capabilityGaps) {
    out.push(`- ${md(capabilityName(g.capability, lang))}: ${percent(g.share)}`);
  }
  const map = heatMap(boards, p);
  out.push('', `## ${t('portfolio:markdown.heatMap')}`, '');
  const head = [t('portfolio:heat.sample'), t('portfolio:heat.weight')];
  head.push(...map.kinds.map((k) => t(`domain:kind.${k}`)));
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`);
  for (const row of map.rows) {
    const cells = row.cells.map((c) => {
      const { state, detail } = cellText(c, t, lang);
      return c.state === 'absent' ? '—' : md(detail ? `${state}: ${detail}` : state);
    });
    out.push(`| ${[md(row.title), weightText(row.weight, lang), ...cells].join(' | ')} |`);
  }
  const c = coverage(boards);
  out.push('', `## ${t('portfolio:coverage.heading')}`, '');
  out.push(
    c.missing > 0
      ? t('portfolio:coverage.missing', { count: c.missing })
      : t('portfolio:coverage.full'),
    '',
  );
  const cHead = [
    t('portfolio:coverage.tierIndustry'),
    ...c.industries.map((i) => md(i || t('portfolio:coverage.noIndustry'))),
  ];
  out.push(`| ${cHead.join(' | ')} |`, `|${cHead.map(() => ' --- |').join('')}`);
  for (const tier of c.tiers) {
    const cells = c.industries.map((i) => {
      const got = c.cells.get(coverageKey(tier, i));
      return got ? md(listText(got, lang)) : '—';
    });
    out.push(`| ${[t(`domain:tier.${tier}`), ...cells].join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

/** Lets the page paint (the progress) between the heavy steps. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

/** The slide element (laid out at 1920×1080 by the page) as a PNG, telling how far it is. */
export async function slidePng(el: HTMLElement, onProgress: (f: number) => void): Promise<Blob> {
  onProgress(0);
  await nextFrame();
  await document.fonts.ready;
  onProgress(0.2);
  await nextFrame();
  const canvas = await toCanvas(el, {
    ...SLIDE_SIZE,
    pixelRatio: 1,
    backgroundColor: '#ffffff',
    style: { position: 'static', left: '0', top: '0' },
  });
  onProgress(0.8);
  await nextFrame();
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the image could not be drawn'))),
      'image/png',
    ),
  );
  canvas.width = 0;
  canvas.height = 0;
  onProgress(1);
  return blob;
}
