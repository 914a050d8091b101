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
import { Tabs } from '../ui/Tabs';

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
      {/* Choosing the open panel again collapses the column. */}
      <Tabs
        label={t('panel.label')}
        className="panel-tabs"
        tabs={PANELS}
        selected={panel}
        onSelect={(p) => setPanel(panel === p ? null : p)}
        name={(p) => t(`panel.${p}`)}
        roving={false}
      />
      {Content && (
        <div className="panel-body" role="tabpanel" aria-label={t(`panel.${panel}`)}>
          <Content />
        </div>
      )}
    </aside>
  );
}
