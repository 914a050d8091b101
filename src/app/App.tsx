import type { i18n } from 'i18next';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { BoardRepository } from '../persistence/boardRepository';
import { BoardListPage } from './BoardListPage';
import { deferredModule } from './deferredModule';
import { downloadAllBoards, downloadBoardJson } from '../files/download';
import { LanguageSwitch } from './LanguageSwitch';
import { StorageBanner } from './StorageBanner';
import { StorageContext, useStorage, type StorageWarning } from './StorageContext';
import { useHashRoute } from './useHashRoute';
import { ViewBoundary } from './ViewBoundary';

/**
 * The editor (React Flow, the swimlane, exports) loads only when a board is opened, so the board
 * list paints without it. `main.tsx` starts the fetch at once when the page opens on a board, so
 * it runs alongside the storage and language instead of after them.
 */
export const editorModule = deferredModule(() => import('./EditorPage'));
// Joining a live room loads the sync engine; the board list never does.
// A portfolio page (analysis of every sample, heat map, exports) loads when one is opened.
const PortfolioPage = lazy(() =>
  import('../portfolio/PortfolioPage').then((m) => ({ default: m.PortfolioPage })),
);
const JoinPage = lazy(() => import('../room/JoinPage').then((m) => ({ default: m.JoinPage })));

/** With storage gone, the open board can still leave the tab as a file. */
function exportOpenBoard() {
  // The store is part of the editor's chunk (already loaded while a board is open), so the
  // board list does not load it.
  void import('../store/documentStore').then(({ useDocumentStore }) => {
    const board = useDocumentStore.getState().board;
    if (board) downloadBoardJson(board);
  });
}

/** Sent by main.tsx when another tab upgrades or deletes the database under this one. */
export const STORAGE_CLOSED_EVENT = 'ka-canvas:storage-closed';

/** The editor of board `id`, once its code has loaded. */
function Editor({ id }: { id: string }) {
  const { t } = useTranslation('app');
  const editor = editorModule.useModule();
  if (editor.status === 'ready') return <editor.module.EditorPage key={id} id={id} />;
  if (editor.status === 'loading') return <p aria-busy="true">{t('editor.loading')}</p>;
  return (
    <p role="alert">
      {t('editor.loadFailed', { message: String(editor.error) })}{' '}
      <button type="button" onClick={editor.retry}>
        {t('editor.retry')}
      </button>
    </p>
  );
}

function Shell() {
  const { t } = useTranslation('app');
  const { repo } = useStorage();
  const route = useHashRoute();
  if (route.name === 'join') {
    return (
      <Suspense fallback={<p aria-busy="true">{t('editor.loading')}</p>}>
        <JoinPage key={`${route.roomId}/${route.secret}`} route={route} />
      </Suspense>
    );
  }
  if (route.name === 'portfolio') {
    return (
      <>
        <StorageBanner
          onExport={() => void downloadAllBoards(repo)}
          exportLabel={t('storage.exportAll')}
        />
        <Suspense fallback={<p aria-busy="true">{t('editor.loading')}</p>}>
          <PortfolioPage key={route.id} id={route.id} />
        </Suspense>
      </>
    );
  }
  if (route.name === 'board') {
    return (
      <>
        <StorageBanner onExport={exportOpenBoard} />
        <Editor id={route.id} />
      </>
    );
  }
  return (
    <>
      <header className="app-header">
        <div>
          <h1>{t('name')}</h1>
          <p className="muted">{t('tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <StorageBanner
        onExport={() => void downloadAllBoards(repo)}
        exportLabel={t('storage.exportAll')}
      />
      <BoardListPage />
    </>
  );
}

/** The shell inside a boundary that starts again on every new address (a board or the list). */
function GuardedShell() {
  const { repo } = useStorage();
  const route = useHashRoute();
  const boardId = route.name === 'board' ? route.id : undefined;
  const key = route.name === 'board' ? `board/${route.id}` : route.name;
  return (
    <ViewBoundary key={key} area="app" boardId={boardId} repo={repo}>
      <Shell />
    </ViewBoundary>
  );
}

/** The whole app, given its storage and language; `main.tsx` opens both. */
export function App(props: {
  repo: BoardRepository;
  i18n: i18n;
  initialWarning?: StorageWarning | null;
}) {
  const [warning, setWarning] = useState<StorageWarning | null>(props.initialWarning ?? null);
  useEffect(() => {
    const onClosed = () => setWarning({ kind: 'closed-by-other-tab' });
    window.addEventListener(STORAGE_CLOSED_EVENT, onClosed);
    return () => window.removeEventListener(STORAGE_CLOSED_EVENT, onClosed);
  }, []);
  const storage = useMemo(() => ({ repo: props.repo, warning, setWarning }), [props.repo, warning]);
  return (
    <I18nextProvider i18n={props.i18n}>
      <StorageContext.Provider value={storage}>
        <GuardedShell />
      </StorageContext.Provider>
    </I18nextProvider>
  );
}
