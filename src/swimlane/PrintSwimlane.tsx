import { useTranslation } from 'react-i18next';
import type { StageResult } from '../domain/analyze';
import { stepName } from '../domain/text/stepName';
import { memberName, stageOf, type SalesStage } from '../domain/types';
import { usePrinting } from '../shared/usePrinting';
import { useDocumentStore } from '../store/documentStore';
import { asLang } from '../store/useAnalysis';
import { LANES, type Lane } from './lanes';
import { useCapabilityText } from './useCapabilityText';
import './print.css';

/** Stages per printed page: a landscape A4 or Letter page holds four readable columns. */
export const STAGES_PER_PAGE = 4;

/**
 * The swimlane as printed: plain text drawn from the data (no fields or toggles), the stages
 * split into pages of a few columns, each page repeating the lane labels. Hidden on screen, and
 * built only while the page is printed.
 */
export function PrintSwimlane({ stages }: { stages: StageResult[] }) {
  // Built only for printing: it is as large as the swimlane itself.
  if (!usePrinting()) return null;
  return <PrintCopy stages={stages} />;
}

function PrintCopy({ stages }: { stages: StageResult[] }) {
  const { t, i18n } = useTranslation('swimlane');
  const lang = asLang(i18n.language);
  const board = useDocumentStore((s) => s.board);
  const caps = useCapabilityText();
  if (!board) return null;
  const member = (id: string) => memberName(board, id);
  const cell = (stage: SalesStage, lane: Lane): string[] => {
    if (lane === 'owner') return stage.owner ? [member(stage.owner)] : [];
    if (lane === 'supporters') return stage.supporters.map(member);
    if (lane === 'capabilities') return stage.capabilities.map(caps.display);
    return stage[lane];
  };
  const pages: StageResult[][] = [];
  for (let i = 0; i < stages.length; i += STAGES_PER_PAGE) {
    pages.push(stages.slice(i, i + STAGES_PER_PAGE));
  }
  return (
    // `hidden` keeps the print copy out of the accessibility tree on screen; print.css shows it on paper.
    <div className="print-swimlane" data-testid="print-swimlane" hidden>
      <h1>
        {board.title} · {t('view.label')}
      </h1>
      {pages.map((page, p) => (
        <table key={p} className="print-page">
          <thead>
            <tr>
              <th>{t('view.lanes')}</th>
              {page.map((s) => (
                <th key={s.stepId}>{stepName(s, lang)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LANES.map((lane) => (
              <tr key={lane}>
                <th scope="row">{t(`domain:lane.${lane}`)}</th>
                {page.map((s) => {
                  const stage = stageOf(board, s.stepId);
                  const entries = cell(stage, lane);
                  return (
                    <td key={s.stepId}>
                      {entries.length === 0 ? '—' : entries.map((e) => <div key={e}>{e}</div>)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
