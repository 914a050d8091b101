import { ownStage } from '../domain/types';
import { memo } from 'react';
import { setStageOwner } from '../domain/commands';
import { useDocumentStore } from '../store/documentStore';
import { countRender } from '../shared/renderCount';
import { commit } from './commit';
import type { StageCellProps } from './useCellText';

/** The stage owner, chosen from our team; one change is one undo entry. */
export const OwnerCell = memo(function OwnerCell({ stepId, step, text }: StageCellProps) {
  countRender(`cell:owner:${stepId}`);
  const { t } = text;
  const team = useDocumentStore((s) => s.board?.team) ?? [];
  const owner =
    useDocumentStore((s) => (s.board ? ownStage(s.board.sales, stepId) : undefined)?.owner) ?? '';
  return (
    <select
      className="owner-select"
      value={owner}
      aria-label={t('owner.label', { step })}
      onChange={(e) => {
        const id = e.target.value;
        commit((d) => setStageOwner(d, stepId, id === '' ? undefined : id));
      }}
    >
      <option value="">{t('owner.none')}</option>
      {team.map((m) => (
        <option key={m.id} value={m.id}>
          {t('owner.option', { name: m.name, role: t(`domain:teamRole.${m.role}`) })}
        </option>
      ))}
    </select>
  );
});
