import { memo } from 'react';
import { toggleStageGap } from '../domain/commands';
import { isLaneFilled } from '../domain/planned';
import { ownStage, type PlanLane } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { commit } from './commit';
import type { CellText } from './useCellText';

const NO_TEAM: ReadonlySet<string> = new Set();

/** A lane's state for the "none yet" mark: filled (no mark offered), marked, or open. */
function useLaneState(stepId: string, lane: PlanLane): 'filled' | 'marked' | 'open' {
  return useDocumentStore((s) => {
    const board = s.board;
    const stage = board ? ownStage(board.sales, stepId) : undefined;
    if (!board || !stage) return 'open';
    const filled =
      lane === 'owner'
        ? board.team.some((m) => m.id === stage.owner)
        : isLaneFilled(stage, lane, NO_TEAM);
    if (filled) return 'filled';
    return stage.gaps.includes(lane) ? 'marked' : 'open';
  });
}

/**
 * The one-click "none yet" mark of a lane (docs/domain.md §4b, §7): the team looked and has nothing
 * for it yet, a confirmed gap. Clicking again, or adding an entry, removes the mark.
 */
export const GapMark = memo(function GapMark({
  stepId,
  step,
  lane,
  text,
}: {
  stepId: string;
  step: string;
  lane: PlanLane;
  text: CellText;
}) {
  const { t } = text;
  const state = useLaneState(stepId, lane);
  if (state === 'filled') return null;
  const marked = state === 'marked';
  const laneName = t(`domain:lane.${lane}`);
  return (
    <button
      type="button"
      className={`gap-mark${marked ? ' on' : ''}`}
      data-gap={lane}
      aria-pressed={marked}
      aria-label={t(marked ? 'gap.unmarkLabel' : 'gap.markLabel', { lane: laneName, step })}
      title={t(marked ? 'gap.unmarkTitle' : 'gap.markTitle')}
      onClick={() => commit((d) => toggleStageGap(d, stepId, lane))}
    >
      {marked ? t('domain:gap.mark') : t('domain:gap.noneYet')}
    </button>
  );
});
