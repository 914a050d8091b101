import { useTranslation } from 'react-i18next';
import { toggleStageSupporter } from '../domain/commands';
import { useDocumentStore } from '../store/documentStore';
import { commit } from './commit';

const NONE: string[] = [];

/** The supporting team of a stage: every team member as a toggle chip. */
export function SupportersCell({ stepId, step }: { stepId: string; step: string }) {
  const { t } = useTranslation('swimlane');
  const team = useDocumentStore((s) => s.board?.team) ?? [];
  const supporters = useDocumentStore((s) => s.board?.sales[stepId]?.supporters) ?? NONE;
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
}
