import { useTranslation } from 'react-i18next';
import { nextActions } from '../domain/nextActions';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import './workshop.css';

/** Today as YYYY-MM-DD in local time, to mark overdue actions. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Shows a stakeholder on the map, selected and open in the inspector. */
function showPerson(id: string): void {
  const s = useSessionStore.getState();
  s.select([id]);
  s.setView('map');
  s.setPanel('inspector');
  s.focus(id);
}

/** Every stakeholder's next action, sorted by due date; a click shows the person on the map. */
export function NextActionsPanel() {
  const { t } = useTranslation('workshop');
  const board = useDocumentStore((s) => s.board);
  if (!board) return null;
  const rows = nextActions(board);
  const now = today();
  return (
    <div className="next-actions" data-testid="NextActionsPanel">
      <h3>{t('actions.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <ol className="next-action-list">
          {rows.map((r) => (
            <li key={r.stakeholderId}>
              <button
                type="button"
                aria-label={t('actions.show', { name: r.name })}
                onClick={() => showPerson(r.stakeholderId)}
              >
                <span className={`due${r.due && r.due < now ? ' overdue' : ''}`}>
                  {r.due ?? t('actions.undated')}
                  {r.due && r.due < now ? ` · ${t('actions.overdue')}` : ''}
                </span>
                <strong>{r.name}</strong>
                <span>{r.text}</span>
                {r.lastContact && (
                  <span className="muted">{t('actions.lastContact', { date: r.lastContact })}</span>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
