import { ownStage } from '../domain/types';
import { memo } from 'react';
import { toggleStageSupporter } from '../domain/commands';
import { useDocumentStore } from '../store/documentStore';
import { countRender } from '../shared/renderCount';
import { commit } from './commit';
import type { StageCellProps } from './useCellText';

const NONE: string[] = [];

/** The supporting team of a stage: every team member as a toggle chip. */
export const SupportersCell = memo(function SupportersCell({ stepId, step, text }: StageCellProps) {
  countRender(`cell:supporters:${stepId}`);
  const { t } = text;
  const team = useDocumentStore((s) => s.board?.team) ?? [];
  const supporters =
    useDocumentStore((s) => (s.board ? ownStage(s.board.sales, stepId) : undefined)?.supporters) ??
    NONE;
  if (team.length === 0) return <p className="cell-note">{t('supporters.noTeam')}</p>;
  return (
    <div className="toggles" role="group" aria-label={t('supporters.label', { step })}>
      {team.map((m) => {
        const on = supporters.includes(m.id);
        return (
          <button
            key={m.id}
            type="button"
            className={`toggle${on ? ' on' : ''}`}
            aria-pressed={on}
            title={t(`domain:teamRole.${m.role}`)}
            onClick={() => commit((d) => toggleStageSupporter(d, stepId, m.id))}
          >
            {m.name}
          </button>
        );
      })}
    </div>
  );
});
