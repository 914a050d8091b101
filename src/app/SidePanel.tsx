import { useTranslation } from 'react-i18next';
import { HelpPanel } from '../canvas/HelpPanel';
import { Inspector } from '../canvas/Inspector';
import { TeamPanel } from '../canvas/TeamPanel';
import { useSessionStore, type SidePanel as PanelName } from '../store/sessionStore';
import { FlagsPanel } from '../swimlane/FlagsPanel';
import { ReadinessPanel } from '../swimlane/ReadinessPanel';
import { GuidePanel } from '../workshop/GuidePanel';
import { NextActionsPanel } from '../workshop/NextActionsPanel';
import { SnapshotsPanel } from '../snapshots/SnapshotsPanel';

const PANELS: Exclude<PanelName, null>[] = [
  'guide',
  'inspector',
  'team',
  'flags',
  'readiness',
  'actions',
  'snapshots',
  'help',
];

const CONTENT = {
  inspector: Inspector,
  team: TeamPanel,
  flags: FlagsPanel,
  readiness: ReadinessPanel,
  help: HelpPanel,
  guide: GuidePanel,
  actions: NextActionsPanel,
  snapshots: SnapshotsPanel,
} as const;

/** The editor's right-hand column: one panel at a time, chosen by tabs; can be collapsed. */
export function SidePanel() {
  const { t } = useTranslation('app');
  const panel = useSessionStore((s) => s.panel);
  const setPanel = useSessionStore((s) => s.setPanel);
  const Content = panel ? CONTENT[panel] : null;
  return (
    <aside className={`side-panel${panel ? '' : ' collapsed'}`} aria-label={t('panel.label')}>
      <div role="tablist" aria-label={t('panel.label')} className="panel-tabs">
        {PANELS.map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            aria-selected={panel === p}
            className={panel === p ? 'active' : ''}
            onClick={() => setPanel(panel === p ? null : p)}
          >
            {t(`panel.${p}`)}
          </button>
        ))}
      </div>
      {Content && (
        <div className="panel-body" role="tabpanel" aria-label={t(`panel.${panel}`)}>
          <Content />
        </div>
      )}
    </aside>
  );
}
