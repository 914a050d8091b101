import { useTranslation } from 'react-i18next';
import type { Flag, Severity } from '../domain/flags';
import { useSessionStore } from '../store/sessionStore';
import { useAnalysis } from '../store/useAnalysis';
import { FlagItem } from './FlagItem';
import { useSubjectNames } from './useSubjectNames';
import './panels.css';

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function FlagGroup({ title, flags }: { title: string; flags: Flag[] }) {
  const { t } = useTranslation('swimlane');
  const names = useSubjectNames();
  const selection = useSessionStore((s) => s.selection);
  return (
    <section className="flag-group">
      <h3>{title}</h3>
      {flags.length === 0 ? (
        <p className="muted">{t('flags.none')}</p>
      ) : (
        <ul className="flag-list">
          {flags.map((f, i) => (
            <FlagItem
              key={`${f.code}:${f.subject ?? i}`}
              flag={f}
              name={f.subject === null ? undefined : names.get(f.subject)}
              selected={f.subject !== null && selection.includes(f.subject)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Every flag of the board (docs/domain.md §6), map flags by severity and stage flags in column order.
 * Clicking one selects its subject and centres it.
 */
export function FlagsPanel() {
  const { t } = useTranslation('swimlane');
  const analysis = useAnalysis();
  if (!analysis) return null;
  const mapFlags = analysis.flags
    .filter((f) => f.code.startsWith('map.'))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const stageFlags = analysis.flags.filter((f) => f.code.startsWith('stage.'));
  return (
    <div className="flags-panel" data-testid="FlagsPanel">
      <p className="flags-total">{t('flags.total', { count: analysis.flags.length })}</p>
      <FlagGroup title={t('flags.map', { count: mapFlags.length })} flags={mapFlags} />
      <FlagGroup title={t('flags.stage', { count: stageFlags.length })} flags={stageFlags} />
    </div>
  );
}
