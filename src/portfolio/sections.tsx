import { useTranslation } from 'react-i18next';
import { pathMeaning } from '../domain/analyze';
import { capabilityName } from '../domain/capabilities';
import { asLang } from '../domain/lang';
import type { PortfolioAnalysis } from '../domain/portfolio';
import type { Board } from '../domain/types';
import { boardHref } from '../app/useHashRoute';
import { fitDigits } from '../ui/percent';
import {
  coverageKey,
  recurringKinds,
  type Coverage,
  type HeatMap,
  type VerdictState,
} from './model';
import { cellText, listText, percent, weightText } from './text';

/** Titles of samples by board id, for the verdict's lists. */
function titlesOf(ids: readonly string[], boards: readonly Board[]): string[] {
  return ids.map((id) => boards.find((b) => b.id === id)?.title ?? id);
}

/** The weighted fit, the path and its meaning, provisional or final, the weighting used. */
export function VerdictPanel(props: {
  p: PortfolioAnalysis;
  v: VerdictState;
  boards: readonly Board[];
}) {
  const { t, i18n } = useTranslation('portfolio');
  const lang = asLang(i18n.language);
  const { p, v, boards } = props;
  const showPath = v.state === 'provisional' || v.state === 'verdict';
  return (
    <section className="pf-verdict" aria-labelledby="pf-verdict-h">
      <h2 id="pf-verdict-h">{t('verdict.heading')}</h2>
      {v.state === 'none' && <p className="pf-note">{t('verdict.none')}</p>}
      {v.state === 'unplanned' && <p className="pf-note">{t('verdict.unplanned')}</p>}
      {showPath && p.fit !== null && p.recommendation !== null && (
        <>
          <div className="pf-path">
            <p className={`pf-path-name path-${p.recommendation}`}>
              <span className="muted">{t('verdict.path')}</span>{' '}
              <strong data-testid="pf-path">
                {t(`domain:recommendation.${p.recommendation}`)}
              </strong>
              {v.state === 'provisional' && (
                <span className="pf-badge">{t('verdict.provisional')}</span>
              )}
            </p>
            <p>
              <span className="muted">{t('verdict.fit')}</span>{' '}
              <strong data-testid="pf-fit">
                {(p.fit * 100).toFixed(fitDigits(p.fit, p.thresholds))}%
              </strong>
            </p>
          </div>
          <p>{pathMeaning(p.recommendation, lang)}</p>
          <p role="status">
            {v.state === 'provisional'
              ? t('verdict.provisionalNote', { planned: v.fullyPlanned, total: v.withSteps })
              : t('verdict.final', { total: v.withSteps })}
          </p>
          <p>
            {p.dependsOn.length > 0
              ? t('verdict.dependsOn', { samples: listText(titlesOf(p.dependsOn, boards), lang) })
              : t('verdict.dependsNone')}
          </p>
        </>
      )}
      <p className="muted">
        {p.weighting === 'volume'
          ? t('verdict.byVolume')
          : t('verdict.byAccounts', {
              samples: listText(titlesOf(p.lackingVolume, boards), lang),
            })}
      </p>
    </section>
  );
}

/** One row per sample, one column per step kind present, each cell a link to that stage. */
export function HeatMapTable({ map }: { map: HeatMap }) {
  const { t, i18n } = useTranslation('portfolio');
  const lang = asLang(i18n.language);
  return (
    <section className="pf-heat" aria-labelledby="pf-heat-h">
      <h2 id="pf-heat-h">{t('heat.heading')}</h2>
      <p className="muted">{t('heat.caption')}</p>
      <div className="pf-heat-scroll">
        <table className="pf-heat-table">
          <caption className="visually-hidden">{t('heat.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('heat.sample')}</th>
              <th scope="col">{t('heat.weight')}</th>
              {map.kinds.map((kind) => (
                <th scope="col" key={kind}>
                  {t(`domain:kind.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((row) => (
              <tr key={row.board} data-board-id={row.board}>
                <th scope="row">
                  <a href={boardHref(row.board)}>{row.title}</a>
                  <span className="muted">
                    {t(`domain:tier.${row.tier}`)}
                    {row.industry ? ` · ${row.industry}` : ''}
                  </span>
                </th>
                <td className="pf-weight">{weightText(row.weight, lang)}</td>
                {row.cells.map((cell, i) => {
                  const kind = map.kinds[i]!;
                  const { state, detail } = cellText(cell, t, lang);
                  const shown = cellText(cell, t, lang, true).detail;
                  if (cell.state === 'absent') {
                    return (
                      <td key={kind} className="pf-cell cell-absent">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{state}</span>
                      </td>
                    );
                  }
                  // The name holds the visible text, in its order and outside brackets (WCAG 2.5.3,
                  // "label in name": a voice user says what is shown), then the lanes the short
                  // text does not name.
                  const label = t('heat.cell', {
                    sample: row.title,
                    kind: t(`domain:kind.${kind}`),
                    state: !shown
                      ? state
                      : shown === detail
                        ? t('heat.stateShown', { state, shown })
                        : t('heat.stateMore', { state, shown, detail }),
                  });
                  return (
                    <td key={kind} className={`pf-cell cell-${cell.state}`} data-kind={kind}>
                      <a
                        href={boardHref(row.board, 'swimlane', cell.stepId)}
                        aria-label={label}
                        title={label}
                      >
                        <strong>{state}</strong>
                        {shown && <span aria-hidden="true"> {shown}</span>}
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="pf-legend" aria-label={t('heat.legend')}>
        {(['blocking', 'unplanned', 'clear', 'absent'] as const).map((s) => (
          <li key={s} className={`pf-cell cell-${s}`}>
            {t(`heat.${s}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Step kinds blocking most often by weight, and capabilities missing most often. */
export function GapsPanel({
  p,
  early,
  limit = Infinity,
}: {
  p: PortfolioAnalysis;
  early: boolean;
  /** Most entries shown per list (the slide shows the first few). */
  limit?: number;
}) {
  const { t, i18n } = useTranslation('portfolio');
  const lang = asLang(i18n.language);
  const kinds = recurringKinds(p).slice(0, limit);
  const capabilities = p.capabilityGaps.slice(0, limit);
  return (
    <section className="pf-gaps" aria-labelledby="pf-gaps-h">
      <h2 id="pf-gaps-h">{t('gaps.heading')}</h2>
      {early && <p className="muted">{t('gaps.early')}</p>}
      <div className="pf-gap-lists">
        <div>
          <h3>{t('gaps.kinds')}</h3>
          {kinds.length === 0 ? (
            <p className="muted">{t('gaps.noKinds')}</p>
          ) : (
            <ol className="pf-bars" aria-label={t('gaps.kinds')}>
              {kinds.map((k) => (
                <li key={k.kind}>
                  <span className="pf-bar-label">{t(`domain:kind.${k.kind}`)}</span>
                  <span className="pf-bar" style={{ width: `${Math.max(2, k.share * 100)}%` }} />
                  <span className="pf-bar-value">
                    {t('gaps.share', { share: percent(k.share) })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3>{t('gaps.capabilities')}</h3>
          {capabilities.length === 0 ? (
            <p className="muted">{t('gaps.noCapabilities')}</p>
          ) : (
            <ol className="pf-bars" aria-label={t('gaps.capabilities')}>
              {capabilities.map((g) => (
                <li key={g.capability}>
                  <span className="pf-bar-label">{capabilityName(g.capability, lang)}</span>
                  <span className="pf-bar" style={{ width: `${Math.max(2, g.share * 100)}%` }} />
                  <span className="pf-bar-value">
                    {t('gaps.share', { share: percent(g.share) })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}

/** Tier × industry: which combinations have samples and which none yet. */
export function CoverageGrid({ c }: { c: Coverage }) {
  const { t, i18n } = useTranslation('portfolio');
  const lang = asLang(i18n.language);
  return (
    <section className="pf-coverage" aria-labelledby="pf-coverage-h">
      <h2 id="pf-coverage-h">{t('coverage.heading')}</h2>
      <p className="muted">{t('coverage.intro')}</p>
      <p role="status">
        {c.missing > 0 ? t('coverage.missing', { count: c.missing }) : t('coverage.full')}
      </p>
      <div className="pf-heat-scroll">
        <table className="pf-coverage-table">
          <thead>
            <tr>
              <th scope="col">{t('coverage.tierIndustry')}</th>
              {c.industries.map((industry) => (
                <th scope="col" key={industry}>
                  {industry || t('coverage.noIndustry')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.tiers.map((tier) => (
              <tr key={tier}>
                <th scope="row">{t(`domain:tier.${tier}`)}</th>
                {c.industries.map((industry) => {
                  const titles = c.cells.get(coverageKey(tier, industry));
                  return titles ? (
                    <td key={industry} className="cov-some">
                      {listText(titles, lang)}
                    </td>
                  ) : (
                    <td key={industry} className="cov-none">
                      {t('coverage.noSample')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
