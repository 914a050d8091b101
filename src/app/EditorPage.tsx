import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { storedProblemText } from './storedProblemText';
import { MapView } from '../canvas/MapView';
import { useSessionStore } from '../store/sessionStore';
import { SwimlaneView } from '../swimlane/SwimlaneView';
import { GridView } from '../grid/GridView';
import { OutlineView } from '../outline/OutlineView';
import type { Board } from '../domain/types';
import { EditorHeader } from './EditorHeader';
import { ImportFeedback } from '../files/import/ImportFeedback';
import { useFileDrop } from '../files/import/useFileDrop';
import { useImport } from '../files/import/useImport';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { useTabLock } from './tabLock';
import { navigate } from './useHashRoute';
import { SidePanel } from './SidePanel';
import { PresentMode } from '../workshop/PresentMode';
import { usePresentStore } from '../workshop/usePresentStore';
import { useBoardSession } from './useBoardSession';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useViewInHash } from './useViewInHash';
import { useLiveRoom } from '../room/useLiveRoom';
import { useStorage, useWriteFailed } from './StorageContext';
import { ViewBoundary } from './ViewBoundary';

/** The board's view, where "Skip to the board" takes the keyboard. */
const MAIN_ID = 'editor-main';

/** One board, open for editing; the route `#/board/<id>` reopens it after a reload. */
export function EditorPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation('app');
  const { status, reload } = useBoardSession(id);
  const view = useSessionStore((s) => s.view);
  const reading = useTabLock((s) => s.mode === 'reading');
  const presenting = usePresentStore((s) => s.on);
  const { t: ts } = useTranslation('share');
  const { repo } = useStorage();
  // A board file dropped on the editor is imported as a board of its own (the same import as
  // the list's); replacing the open board shows it as stored, any other board is opened.
  const onImported = useCallback(
    (board: Board) => {
      if (board.id === id) void reload();
      else navigate({ name: 'board', id: board.id });
    },
    [id, reload],
  );
  const imp = useImport(repo, onImported, useWriteFailed());
  const drop = useFileDrop((file) => void imp.importFile(file));
  useUndoShortcuts();
  useViewInHash(id, status === 'ready');
  useLiveRoom(id, status === 'ready');
  if (status === 'loading') return <p aria-busy="true">{t('editor.loading')}</p>;
  if (status === 'missing' || typeof status === 'object') {
    return (
      <main className="editor-missing">
        <p role="alert">
          {status === 'missing'
            ? t('editor.notFound')
            : t('editor.unreadable', {
                message: storedProblemText(status.problem, t, i18n.language),
              })}
        </p>
        <a href="#/">{t('editor.back')}</a>
      </main>
    );
  }
  return (
    <div
      className={`editor${drop.over ? ' drop-over' : ''}${presenting ? ' presenting' : ''}`}
      {...drop.handlers}
    >
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById(MAIN_ID)?.focus()}
      >
        {t('editor.skipToBoard')}
      </button>
      <ReadOnlyBanner />
      <EditorHeader boardId={id} />
      <div className="editor-body" inert={reading || presenting}>
        <main className="editor-main" id={MAIN_ID} tabIndex={-1}>
          <ViewBoundary key={view} area={view} boardId={id} repo={repo}>
            {view === 'map' ? (
              <MapView />
            ) : view === 'grid' ? (
              <GridView />
            ) : view === 'outline' ? (
              <OutlineView />
            ) : (
              <SwimlaneView />
            )}
          </ViewBoundary>
        </main>
        <SidePanel />
      </div>
      <PresentMode />
      {drop.over && (
        <p className="visually-hidden" role="status">
          {ts('drop.editorHint')}
        </p>
      )}
      <ImportFeedback imp={imp} />
    </div>
  );
}
