import { useTranslation } from 'react-i18next';
import type { Analysis } from '../domain/analyze';
import { PLAN_FLAGS } from '../domain/flags';
import { stepName } from '../domain/text/stepName';
import { asLang } from '../store/useAnalysis';
import { openFlag } from './openFlag';

/** The stages the current team cannot carry yet; a click opens the fix of the stage's first plan flag. */
export function BlockingStages({ analysis }: { analysis: Analysis }) {
  const { t, i18n } = useTranslation('swimlane');
  const lang = asLang(i18n.language);
  const blocking = new Set(analysis.blockingStepIds);
  const stages = analysis.stages.filter((s) => blocking.has(s.stepId));
  return (
    <section>
      <h3>{t('readiness.blockingStages')}</h3>
      {stages.length === 0 ? (
        <p className="muted">{t('readiness.noBlocking')}</p>
      ) : (
        <ul className="blocking-list">
          {stages.map((s) => (
            <li key={s.stepId}>
              <button
                type="button"
                onClick={() => {
                  const first = s.flags.find((c) => PLAN_FLAGS.includes(c));
                  if (first) openFlag(first, s.stepId);
                }}
              >
                <strong>{stepName(s, lang)}</strong>
                <span className="muted">
                  {s.flags
                    .filter((c) => PLAN_FLAGS.includes(c))
                    .map((c) => t(`flagName.${c}`))
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
