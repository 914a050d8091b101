import { memo } from 'react';
import type { FlagCode } from '../domain/flags';
import { LANE_FLAGS, type Lane } from './lanes';
import { GapMark } from './GapMark';
import { ListCell } from './ListCell';
import { OwnerCell } from './OwnerCell';
import { SupportersCell } from './SupportersCell';
import { countRender } from '../shared/renderCount';
import type { CellText } from './useCellText';

interface Props {
  stepId: string;
  step: string;
  lane: Lane;
  flags: readonly FlagCode[];
  className: string;
  text: CellText;
  /** The column's aria-colindex when the swimlane draws only some columns. */
  col?: number;
}

/**
 * One cell of the swimlane; marked when it holds the fix for one of the stage's plan flags.
 * Every prop is a string or kept referentially equal while its stage is unchanged (the analysis
 * keeps unchanged stages' flag arrays), so `memo` skips the cells of untouched stages.
 */
export const LaneCell = memo(function LaneCell(props: Props) {
  const { stepId, step, lane, flags, className, text, col } = props;
  countRender(`lane:${lane}:${stepId}`);
  const { t } = text;
  const raised = LANE_FLAGS[lane].filter((code) => flags.includes(code));
  return (
    <td
      className={`lane-cell lane-${lane}${raised.length ? ' flagged' : ''} ${className}`}
      data-step-id={stepId}
      data-lane={lane}
      aria-colindex={col}
    >
      {raised.map((code) => (
        <p key={code} className="cell-flag" data-flag={code}>
          <span aria-hidden="true">⚠</span> {t(`flagName.${code}`)}
        </p>
      ))}
      {lane === 'owner' ? (
        <OwnerCell stepId={stepId} step={step} text={text} />
      ) : lane === 'supporters' ? (
        <SupportersCell stepId={stepId} step={step} text={text} />
      ) : (
        <ListCell stepId={stepId} lane={lane} step={step} text={text} />
      )}
      {lane !== 'enablement' && <GapMark stepId={stepId} step={step} lane={lane} text={text} />}
    </td>
  );
});
