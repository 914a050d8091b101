import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { stepName } from '../domain/text/stepName';
import { asLang, useAnalysis } from '../store/useAnalysis';
import { CapabilityOptions } from './CapabilityOptions';
import { LaneCell } from './LaneCell';
import { LANES } from './lanes';
import { NotesCell } from './NotesCell';
import { PrintSwimlane } from './PrintSwimlane';
import { StageHeader } from './StageHeader';
import { useCellText } from './useCellText';
import { useColumnFocus } from './useColumnFocus';
import './swimlane.css';

/** What to do before there is a swimlane: draw steps, or add our team. */
function Notice({ text, action, onAction }: { text: string; action: string; onAction(): void }) {
  return (
    <div className="swimlane-notice" role="status">
      <p>{text}</p>
      <button type="button" onClick={onAction}>
        {action}
      </button>
    </div>
  );
}

/**
 * The derived sales swimlane (DOMAIN.md §2, §5): one column per buying step in process order,
 * one row per lane. Always derived from the map, so step changes show at once.
 */
export function SwimlaneView() {
  const { t, i18n } = useTranslation('swimlane');
  const lang = asLang(i18n.language);
  const analysis = useAnalysis();
  const teamEmpty = useDocumentStore((s) => (s.board?.team.length ?? 0) === 0);
  const selection = useSessionStore((s) => s.selection);
  const scroller = useRef<HTMLDivElement>(null);
  const flash = useColumnFocus(scroller);
  const text = useCellText();
  if (!analysis) return null;

  if (analysis.stages.length === 0) {
    return (
      <section className="swimlane-view" data-testid="swimlane-view" aria-label={t('view.label')}>
        <Notice
          text={t('view.noSteps')}
          action={t('view.toMap')}
          onAction={() => useSessionStore.getState().setView('map')}
        />
      </section>
    );
  }

  const blocking = new Set(analysis.blockingStepIds);
  const columnClass = (stepId: string) =>
    `${selection.includes(stepId) ? 'col-selected' : ''}${flash === stepId ? ' col-flash' : ''}`;

  return (
    <section className="swimlane-view" data-testid="swimlane-view" aria-label={t('view.label')}>
      {teamEmpty && (
        <Notice
          text={t('view.teamEmpty')}
          action={t('view.openTeam')}
          onAction={() => useSessionStore.getState().setPanel('team')}
        />
      )}
      <CapabilityOptions />
      <div className="swimlane-scroll" ref={scroller}>
        <table className="swimlane">
          <thead>
            <tr>
              <th className="lane-corner">{t('view.lanes')}</th>
              {analysis.stages.map((stage) => (
                <StageHeader
                  key={stage.stepId}
                  stage={stage}
                  blocking={blocking.has(stage.stepId)}
                  className={columnClass(stage.stepId)}
                  text={text}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {LANES.map((lane) => (
              <tr key={lane}>
                <th scope="row" className="lane-head">
                  {t(`domain:lane.${lane}`)}
                </th>
                {analysis.stages.map((stage) => (
                  <LaneCell
                    key={stage.stepId}
                    stepId={stage.stepId}
                    step={stepName(stage, lang)}
                    lane={lane}
                    flags={stage.flags}
                    className={columnClass(stage.stepId)}
                    text={text}
                  />
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" className="lane-head">
                {t('notes.lane')}
              </th>
              {analysis.stages.map((stage) => (
                <td
                  key={stage.stepId}
                  className={`lane-cell lane-notes ${columnClass(stage.stepId)}`}
                >
                  <NotesCell stepId={stage.stepId} step={stepName(stage, lang)} text={text} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <PrintSwimlane stages={analysis.stages} />
    </section>
  );
}
