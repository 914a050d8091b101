import { useTranslation } from 'react-i18next';
import type { Analysis } from '../domain/analyze';
import { asLang, useAnalysis } from '../store/useAnalysis';
import { BlockingStages } from './BlockingStages';
import { CoverageRisks } from './CoverageRisks';
import { PathSection } from './PathSection';
import { fitDigits } from '../ui/percent';
import { BoardThresholdsForm } from './ThresholdsForm';
import { UnplannedStages, openLane } from './UnplannedStages';
import './panels.css';

function Stats({ analysis, fit }: { analysis: Analysis; fit: number }) {
  const { t, i18n } = useTranslation('swimlane');
  const lang = asLang(i18n.language);
  const total = analysis.stages.length;
  // Enough digits that fit never reads as a threshold it does not reach.
  const percent = new Intl.NumberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: fitDigits(fit, analysis.thresholds),
  });
  return (
    <>
      <dl className="readiness-stats">
        <div>
          <dt>{t('readiness.blocking')}</dt>
          <dd>
            <strong data-testid="blocking-points">{analysis.blockingPoints}</strong>{' '}
            <span className="muted">{t('readiness.blockingOf', { total })}</span>
          </dd>
        </div>
        <div title={t('readiness.fitHint')}>
          <dt>
            {t('readiness.fit')}
            {analysis.state === 'provisional' && ` · ${t('readiness.provisional')}`}
          </dt>
          <dd>
            <strong data-testid="fit">{percent.format(fit)}</strong>
          </dd>
        </div>
      </dl>
      <p className="readiness-note" data-testid="fit-explained">
        {t('readiness.fitExplained', { total, blocking: analysis.blockingPoints })}
      </p>
    </>
  );
}

/**
 * The readiness summary (docs/domain.md §7): how many stages are planned; with none, only the call to
 * plan; otherwise blocking points, fit explained, the path (marked provisional until every stage
 * is planned) with its meaning, the thresholds in use, the blocking stages and, beside the
 * verdict, the account-coverage risks of the map.
 */
export function ReadinessPanel() {
  const { t } = useTranslation('swimlane');
  const analysis = useAnalysis();
  if (!analysis) return null;
  const { fit, recommendation: rec, thresholds, state } = analysis;
  const formKey = `${thresholds.partTime}:${thresholds.split}`;
  const total = analysis.stages.length;

  if (fit === null || rec === null) {
    return (
      <div className="readiness" data-testid="ReadinessPanel">
        <p className="readiness-empty" role="status">
          {t('readiness.noSteps')}
        </p>
        <BoardThresholdsForm key={formKey} used={thresholds} />
      </div>
    );
  }

  const planned = (
    <p className={`readiness-planned state-${state}`} data-testid="planned-stages" role="status">
      {t('readiness.planned', { planned: analysis.plannedStages, total })}
    </p>
  );
  if (state === 'unplanned') {
    const first = analysis.stages[0]!;
    return (
      <div className="readiness" data-testid="ReadinessPanel">
        {planned}
        <p className="readiness-empty">{t('readiness.unplanned')}</p>
        <button
          type="button"
          className="primary"
          onClick={() => openLane(first.stepId, first.unaddressed[0] ?? 'owner')}
        >
          {t('readiness.planFirst')}
        </button>
        <UnplannedStages analysis={analysis} />
        <CoverageRisks analysis={analysis} />
      </div>
    );
  }
  const provisional = state === 'provisional';
  return (
    <div className="readiness" data-testid="ReadinessPanel">
      {planned}
      <p className="readiness-note">
        {provisional
          ? t('readiness.provisionalNote', { left: total - analysis.plannedStages })
          : t('readiness.verdict')}
      </p>
      <Stats analysis={analysis} fit={fit} />
      <PathSection rec={rec} provisional={provisional} />
      <UnplannedStages analysis={analysis} />
      <BlockingStages analysis={analysis} />
      <CoverageRisks analysis={analysis} />
      <section>
        <h3>{t('readiness.thresholds')}</h3>
        <BoardThresholdsForm key={formKey} used={thresholds} />
      </section>
    </div>
  );
}
