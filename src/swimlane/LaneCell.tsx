import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagCode } from '../domain/flags';
import { LANE_FLAGS, type Lane } from './lanes';
import { ListCell } from './ListCell';
import { OwnerCell } from './OwnerCell';
import { SupportersCell } from './SupportersCell';

interface Props {
  stepId: string;
  step: string;
  lane: Lane;
  flags: readonly FlagCode[];
  className: string;
}

/** One cell of the swimlane; marked when it holds the fix for one of the stage's plan flags. */
export const LaneCell = memo(function LaneCell({ stepId, step, lane, flags, className }: Props) {
  const { t } = useTranslation('swimlane');
  const raised = LANE_FLAGS[lane].filter((code) => flags.includes(code));
  return (
    <td
      className={`lane-cell lane-${lane}${raised.length ? ' flagged' : ''} ${className}`}
      data-step-id={stepId}
      data-lane={lane}
    >
      {raised.map((code) => (
        <p key={code} className="cell-flag" data-flag={code}>
          <span aria-hidden="true">⚠</span> {t(`flagName.${code}`)}
        </p>
      ))}
      {lane === 'owner' ? (
        <OwnerCell stepId={stepId} step={step} />
      ) : lane === 'supporters' ? (
        <SupportersCell stepId={stepId} step={step} />
      ) : (
        <ListCell stepId={stepId} lane={lane} step={step} />
      )}
    </td>
  );
});
