/** Small wording helpers shared by the portfolio page, its Markdown and its slide. */
import type { TFunction } from 'i18next';
import type { FlagCode } from '../domain/flagCodes';
import { LIST_SEPARATOR } from '../domain/text/flags';
import type { Lang } from '../domain/lang';
import { PLAN_LANES, type PlanLane } from '../domain/types';
import type { HeatCell } from './model';

/** A share as a whole percent ("38%"), or with one decimal below 1%. */
export function percent(x: number): string {
  const p = x * 100;
  if (p > 0 && p < 1) return `${p.toFixed(1)}%`;
  return `${Math.round(p)}%`;
}

/** A weight without float noise and with the language's digit grouping. */
export function weightText(w: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(w);
}

export function listText(items: readonly string[], lang: Lang): string {
  return items.join(LIST_SEPARATOR[lang]);
}

/** "no owner", "capability gap": a plan flag's short name in the portfolio namespace. */
export function flagName(code: FlagCode, t: TFunction): string {
  return t(`portfolio:flag.${code.replace(/^stage\./, '')}`);
}

export function laneName(lane: PlanLane, t: TFunction): string {
  return t(`domain:lane.${lane}`);
}

/** The state of a heat-map cell in words, with its flags or open lanes. */
export function cellText(
  cell: HeatCell,
  t: TFunction,
  lang: Lang,
  /** "all six lanes open" instead of naming them (the visible cell text; labels name them). */
  short = false,
): { state: string; detail: string } {
  switch (cell.state) {
    case 'absent':
      return { state: t('portfolio:heat.absent'), detail: '' };
    case 'clear':
      return { state: t('portfolio:heat.clear'), detail: '' };
    case 'blocking':
      return {
        state: t('portfolio:heat.blocking'),
        detail: listText(
          cell.flags.map((f) => flagName(f, t)),
          lang,
        ),
      };
    case 'unplanned':
      return {
        state: t('portfolio:heat.unplanned'),
        detail:
          cell.lanes.length === PLAN_LANES.length && short
            ? t('portfolio:heat.allOpen')
            : t('portfolio:heat.open', {
                lanes: listText(
                  cell.lanes.map((l) => laneName(l, t)),
                  lang,
                ),
              }),
      };
  }
}
