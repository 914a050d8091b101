import { useTranslation } from 'react-i18next';
import type { Analysis } from '../domain/analyze';
import { PLAN_FLAGS } from '../domain/flags';
import { stepName } from '../domain/text/stepName';
import { asLang } from '../store/useAnalysis';
import { openFlag } from './openFlag';

/**
 * The stages the current team cannot carry yet, each with the plan flags that block it and
 * their weight (every one alone makes the stage a blocking point); a click opens the fix of the first.
 */
export function BlockingStages({ analysis }: { analysis: Analysis }) {
  const { t, i18n } = useTranslation('swimlane');
  const lang = asLang(i18n.language);
  const blocking = new Set(analysis.blockingStepIds);
  const stages = analysis.stages.filter((s) => blocking.has(s.stepId));
  return (
    <section>
      <h3>{t('readiness.blockingStages')}</h3>
      <p className="muted readiness-note">{t('readiness.blockingWhy')}</p>
      {stages.length === 0 ? (
        <p className="muted">{t('readiness.noBlocking')}</p>
      ) : (
        <ul className="blocking-list" data-testid="blocking-stages">
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
                <span className="blocking-flags">
                  {s.flags
                    .filter((c) => PLAN_FLAGS.includes(c))
                    .map((c) => (
                      <span key={c} className="plan-flag" data-code={c}>
                        <span className="sev sev-blocking">{t('readiness.weight')}</span>{' '}
                        {t(`flagName.${c}`)}
                      </span>
                    ))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
