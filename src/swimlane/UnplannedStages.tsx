import { useTranslation } from 'react-i18next';
import type { Analysis } from '../domain/analyze';
import { stepName } from '../domain/text/stepName';
import type { PlanLane } from '../domain/types';
import { asLang } from '../store/useAnalysis';
import { useSessionStore } from '../store/sessionStore';

/** Shows the swimlane with the cursor in a stage's lane cell. */
export function openLane(stepId: string, lane: PlanLane): void {
  const session = useSessionStore.getState();
  session.select([stepId]);
  session.setView('swimlane');
  session.focus(stepId, lane);
}

/**
 * The stages not planned yet (docs/domain.md §7), each with its open lanes: neither filled nor marked
 * "none yet". A click lands in the first open lane of that stage.
 */
export function UnplannedStages({ analysis }: { analysis: Analysis }) {
  const { t, i18n } = useTranslation('swimlane');
  const lang = asLang(i18n.language);
  const stages = analysis.stages.filter((s) => s.unaddressed.length > 0);
  if (stages.length === 0) return null;
  return (
    <section>
      <h3>{t('readiness.unplannedStages', { count: stages.length })}</h3>
      <p className="muted readiness-note">{t('readiness.unplannedWhy')}</p>
      <ul className="blocking-list unplanned-list" data-testid="unplanned-stages">
        {stages.map((s) => (
          <li key={s.stepId}>
            <button
              type="button"
              data-step-id={s.stepId}
              onClick={() => openLane(s.stepId, s.unaddressed[0]!)}
            >
              <strong>{stepName(s, lang)}</strong>
              <span className="blocking-flags">
                {s.unaddressed.map((lane) => (
                  <span key={lane} className="open-lane" data-lane={lane}>
                    {t(`domain:lane.${lane}`)}
                  </span>
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
