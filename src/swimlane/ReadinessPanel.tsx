import { useTranslation } from 'react-i18next';
import { pathMeaning } from '../domain/analyze';
import { asLang, useAnalysis } from '../store/useAnalysis';
import { BlockingStages } from './BlockingStages';
import { fitDigits } from './percent';
import { ThresholdsForm } from './ThresholdsForm';
import './panels.css';

/**
 * The readiness summary (DOMAIN.md §7): blocking points, fit, the recommended path with its
 * meaning, the thresholds in use and the blocking stages.
 */
export function ReadinessPanel() {
  const { t, i18n } = useTranslation('swimlane');
  const analysis = useAnalysis(asLang(i18n.language));
  if (!analysis) return null;
  const lang = asLang(i18n.language);
  const { fit, recommendation: rec, thresholds } = analysis;
  const formKey = `${thresholds.partTime}:${thresholds.split}`;

  if (fit === null || rec === null) {
    return (
      <div className="readiness" data-testid="ReadinessPanel">
        <p className="readiness-empty" role="status">
          {t('readiness.noSteps')}
        </p>
        <ThresholdsForm key={formKey} used={thresholds} />
      </div>
    );
  }

  // The path's name in both languages of the method (兼职 / 拆分 / 重构), UI language first.
  const other = i18n.getFixedT(lang === 'en' ? 'zh-CN' : 'en', 'domain');
  // Enough digits that fit never reads as a threshold it does not reach.
  const percent = new Intl.NumberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: fitDigits(fit, thresholds),
  });
  return (
    <div className="readiness" data-testid="ReadinessPanel">
      <dl className="readiness-stats">
        <div>
          <dt>{t('readiness.blocking')}</dt>
          <dd>
            <strong data-testid="blocking-points">{analysis.blockingPoints}</strong>{' '}
            <span className="muted">
              {t('readiness.blockingOf', { total: analysis.stages.length })}
            </span>
          </dd>
        </div>
        <div title={t('readiness.fitHint')}>
          <dt>{t('readiness.fit')}</dt>
          <dd>
            <strong data-testid="fit">{percent.format(fit)}</strong>
          </dd>
        </div>
      </dl>
      <section className={`path path-${rec}`} data-testid="recommendation">
        <h3>{t('readiness.path')}</h3>
        <p className="path-name">
          {t(`domain:recommendation.${rec}`)}{' '}
          <span className="path-other">/ {other(`recommendation.${rec}`)}</span>
        </p>
        <p className="path-meaning">{pathMeaning(rec, lang)}</p>
      </section>
      <section>
        <h3>{t('readiness.thresholds')}</h3>
        <ThresholdsForm key={formKey} used={thresholds} />
      </section>
      <BlockingStages analysis={analysis} />
    </div>
  );
}
