import { useTranslation } from 'react-i18next';
import type { Analysis } from '../domain/analyze';
import { PLAN_FLAGS } from '../domain/flags';
import { FlagItem } from './FlagItem';
import { useSubjectNames } from './useSubjectNames';

/**
 * The map's risks (`map.*` and `stage.no-stakeholder`, docs/domain.md §6) beside the verdict: they
 * are account-coverage risks and do not change the organisational path.
 */
export function CoverageRisks({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation('swimlane');
  const names = useSubjectNames();
  const risks = analysis.flags.filter((f) => !PLAN_FLAGS.includes(f.code));
  return (
    <section data-testid="coverage-risks">
      <h3>{t('readiness.risks', { count: risks.length })}</h3>
      <p className="muted readiness-note">{t('readiness.risksNote')}</p>
      {risks.length === 0 ? (
        <p className="muted">{t('readiness.noRisks')}</p>
      ) : (
        <ul className="flag-list">
          {risks.map((f, i) => (
            <FlagItem
              key={`${f.code}:${f.subject ?? i}`}
              flag={f}
              name={f.subject === null ? undefined : names.get(f.subject)}
              selected={false}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
