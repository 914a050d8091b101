import { useTranslation } from 'react-i18next';
import { MapView } from '../canvas/MapView';
import { useSessionStore } from '../store/sessionStore';
import { SwimlaneView } from '../swimlane/SwimlaneView';
import { EditorHeader } from './EditorHeader';
import { SidePanel } from './SidePanel';
import { useBoardSession } from './useBoardSession';
import { useUndoShortcuts } from './useUndoShortcuts';

/** One board, open for editing; the route `#/board/<id>` reopens it after a reload. */
export function EditorPage({ id }: { id: string }) {
  const { t } = useTranslation('app');
  const status = useBoardSession(id);
  const view = useSessionStore((s) => s.view);
  useUndoShortcuts();
  if (status === 'loading') return <p aria-busy="true">{t('editor.loading')}</p>;
  if (status === 'missing' || typeof status === 'object') {
    return (
      <main className="editor-missing">
        <p role="alert">
          {status === 'missing'
            ? t('editor.notFound')
            : t('editor.unreadable', { message: status.problem })}
        </p>
        <a href="#/">{t('editor.back')}</a>
      </main>
    );
  }
  return (
    <div className="editor">
      <EditorHeader />
      <div className="editor-body">
        <main className="editor-main">{view === 'map' ? <MapView /> : <SwimlaneView />}</main>
        <SidePanel />
      </div>
    </div>
  );
}
