import { Fragment, useRef, type FocusEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { stepName } from '../domain/text/stepName';
import { asLang, useAnalysis } from '../store/useAnalysis';
import type { StageResult } from '../domain/analyze';
import { CapabilityOptions } from './CapabilityOptions';
import { LaneCell } from './LaneCell';
import { LANES } from './lanes';
import { NotesCell } from './NotesCell';
import { PrintSwimlane } from './PrintSwimlane';
import { StageHeader } from './StageHeader';
import { useCellText } from './useCellText';
import { useColumnFocus } from './useColumnFocus';
import { useColumnWindow, useFocusLeaves } from './useColumnWindow';
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
 * The derived sales swimlane (docs/domain.md §2, §5): one column per buying step in process order,
 * one row per lane. Always derived from the map, so step changes show at once.
 */
export function SwimlaneView() {
  const { t, i18n } = useTranslation('swimlane');
  const lang = asLang(i18n.language);
  const analysis = useAnalysis();
  const teamEmpty = useDocumentStore((s) => (s.board?.team.length ?? 0) === 0);
  const selection = useSessionStore((s) => s.selection);
  const scroller = useRef<HTMLDivElement>(null);
  const stages = analysis?.stages ?? [];
  const columns = useColumnWindow(scroller, stages.length);
  useFocusLeaves(scroller, columns.onFocusColumn);
  const flash = useColumnFocus(scroller, stages, columns);
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
  /**
   * The drawn columns of a row, `cell(stage, index)` each, with an empty cell as wide as the
   * columns not drawn wherever some are left out (only on a large swimlane).
   */
  const row = (key: string, cell: (stage: StageResult, index: number) => ReactNode) => {
    const out: ReactNode[] = [];
    let next = 0;
    const gap = (to: number) => {
      if (to <= next) return;
      const width = (to - next) * columns.columnPx;
      out.push(
        <td
          key={`gap-${key}-${next}`}
          className="col-gap"
          aria-hidden="true"
          style={{ width, minWidth: width }}
        />,
      );
    };
    for (const index of columns.drawn) {
      gap(index);
      out.push(<Fragment key={stages[index]!.stepId}>{cell(stages[index]!, index)}</Fragment>);
      next = index + 1;
    }
    gap(stages.length);
    return out;
  };
  // Column 1 is the lane heads; a stage's column is its index + 2 (aria-colindex counts from 1).
  const col = (index: number) => (columns.windowed ? index + 2 : undefined);
  const onFocus = (e: FocusEvent) => {
    if (!columns.windowed) return;
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-step-id]')?.dataset.stepId;
    const index = id === undefined ? -1 : stages.findIndex((s) => s.stepId === id);
    columns.onFocusColumn(index < 0 ? null : index);
  };

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
        <table
          className="swimlane"
          aria-colcount={columns.windowed ? stages.length + 1 : undefined}
          onFocus={onFocus}
        >
          <thead>
            <tr>
              <th className="lane-corner" aria-colindex={col(-1)}>
                {t('view.lanes')}
              </th>
              {row('head', (stage, index) => (
                <StageHeader
                  stage={stage}
                  blocking={blocking.has(stage.stepId)}
                  className={columnClass(stage.stepId)}
                  text={text}
                  col={col(index)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {LANES.map((lane) => (
              <tr key={lane}>
                <th scope="row" className="lane-head" aria-colindex={col(-1)}>
                  {t(`domain:lane.${lane}`)}
                </th>
                {row(lane, (stage, index) => (
                  <LaneCell
                    stepId={stage.stepId}
                    step={stepName(stage, lang)}
                    lane={lane}
                    flags={stage.flags}
                    className={columnClass(stage.stepId)}
                    text={text}
                    col={col(index)}
                  />
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" className="lane-head" aria-colindex={col(-1)}>
                {t('notes.lane')}
              </th>
              {row('notes', (stage, index) => (
                <td
                  className={`lane-cell lane-notes ${columnClass(stage.stepId)}`}
                  data-step-id={stage.stepId}
                  aria-colindex={col(index)}
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
