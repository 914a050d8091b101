import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../domain/types';
import type { BoardMeta, StoredProblem, TakenRow } from '../persistence/boardRepository';
import { DamagedBoards } from './DamagedBoards';
import { BoardRow } from './BoardRow';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ImportButton } from '../files/import/ImportButton';
import { boardFromTemplate } from '../gallery/fromTemplate';
import { ImportFeedback } from '../files/import/ImportFeedback';
import { PasteDialog } from '../files/import/PasteDialog';
import { useFileDrop } from '../files/import/useFileDrop';
import { useImport } from '../files/import/useImport';
import { usePasteImport } from '../files/import/usePasteImport';
import { NewBoardForm } from './NewBoardForm';
import { isPortfolioText, PortfolioBar } from '../portfolio/PortfolioBar';
import { MAX_IMPORT_BYTES } from '../domain/limits';
import { Toast } from '../ui/Toast';
import { useBoardList } from './useBoardList';
import { useStorage, useWriteFailed } from './StorageContext';
import { asLang } from '../domain/lang';
import { navigate } from './useHashRoute';

// The gallery (its previews and the template files) loads when it is first opened.
const TemplateGallery = lazy(() =>
  import('../gallery/TemplateGallery').then((m) => ({ default: m.TemplateGallery })),
);

/** The home screen: every board kept in this browser. */
export function BoardListPage() {
  const { t } = useTranslation('app');
  const { t: ts } = useTranslation('share');
  const { t: tp, i18n } = useTranslation('portfolio');
  const { repo } = useStorage();
  const list = useBoardList();
  const [creating, setCreating] = useState(false);
  const [gallery, setGallery] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [confirming, setConfirming] = useState<BoardMeta | null>(null);
  const [deleted, setDeleted] = useState<Board | null>(null);
  // Boards selected to open as a portfolio, or all of them ("All samples").
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allSamples, setAllSamples] = useState(false);
  const { t: te } = useTranslation('edges');
  // A damaged row is deleted as a board is: after a confirmation, with undo for a few seconds.
  const [confirmingDamaged, setConfirmingDamaged] = useState<StoredProblem | null>(null);
  const [deletedRow, setDeletedRow] = useState<{ id: string; taken: TakenRow } | null>(null);
  const closeRowToast = useCallback(() => setDeletedRow(null), []);
  const { refresh } = list;
  const onImported = useCallback(() => {
    setPasting(false);
    void refresh();
  }, [refresh]);
  const imp = useImport(repo, onImported, useWriteFailed());
  // A portfolio file given to the board import (button, drop, paste) goes to the portfolio import.
  const portfolioImport = useRef<((text: string) => void) | null>(null);
  const importAny = async (file: File) => {
    const text = file.size <= MAX_IMPORT_BYTES ? await file.text() : '';
    if (portfolioImport.current && isPortfolioText(text)) portfolioImport.current(text);
    else await imp.importFile(file);
  };
  const drop = useFileDrop((file) => void importAny(file));
  const { importText } = imp;
  const onPasted = useCallback(
    (text: string) => {
      if (portfolioImport.current && isPortfolioText(text)) {
        setPasting(false);
        portfolioImport.current(text);
      } else void importText(text);
    },
    [importText],
  );
  // Paste anywhere on the list, unless a dialog is open (its own fields take the paste).
  usePasteImport(onPasted, !gallery && !pasting && !creating);
  const closeToast = useCallback(() => setDeleted(null), []);

  const startFromTemplate = async (template: Board) => {
    const board = boardFromTemplate(template);
    await list.restore(board);
    setGallery(false);
    navigate({ name: 'board', id: board.id });
  };

  const openSamplesPortfolio = async (templates: Board[]) => {
    const { openTemplatePortfolio } = await import('../portfolio/templatePortfolio');
    const lang = asLang(i18n.language);
    const id = await openTemplatePortfolio(templates, lang, repo, tp('gallery.title'));
    setGallery(false);
    navigate({ name: 'portfolio', id });
  };

  const confirmDelete = async () => {
    if (!confirming) return;
    const board = await list.remove(confirming.id);
    setConfirming(null);
    setDeleted(board);
  };

  return (
    <main className={`board-list${drop.over ? ' drop-over' : ''}`} {...drop.handlers}>
      <div className="list-toolbar">
        <h2>{t('list.heading')}</h2>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('list.newBoard')}
        </button>
        <button type="button" onClick={() => setGallery(true)}>
          {ts('gallery.open')}
        </button>
        <ImportButton onFile={(file) => void importAny(file)} />
        <button type="button" onClick={() => setPasting(true)}>
          {t('io.paste')}
        </button>
      </div>
      {gallery && (
        <Suspense fallback={<p aria-busy="true">{t('list.loading')}</p>}>
          <TemplateGallery
            onUse={(template) => void startFromTemplate(template)}
            onClose={() => setGallery(false)}
            onPortfolio={(templates) => void openSamplesPortfolio(templates)}
          />
        </Suspense>
      )}
      {pasting && <PasteDialog onImport={onPasted} onClose={() => setPasting(false)} />}
      {creating && (
        <NewBoardForm
          onCancel={() => setCreating(false)}
          onCreate={async (input) => {
            const board = await list.create(input);
            setCreating(false);
            navigate({ name: 'board', id: board.id });
          }}
        />
      )}
      <DamagedBoards problems={list.problems} onDelete={setConfirmingDamaged} />
      {list.boards === null ? (
        <p aria-busy="true">{t('list.loading')}</p>
      ) : list.boards.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <ul className="boards" aria-label={t('list.heading')}>
          {list.boards.map((meta) => (
            <BoardRow
              key={meta.id}
              meta={meta}
              onRename={(id, title) => void list.rename(id, title)}
              onDuplicate={(id) => void list.duplicate(id, (title) => t('list.copyOf', { title }))}
              onExport={(id) => void list.exportJson(id)}
              onDelete={setConfirming}
              selected={selected.has(meta.id)}
              allSelected={allSamples}
              onSelect={(id, on) =>
                setSelected((s) => {
                  const next = new Set(s);
                  if (on) next.add(id);
                  else next.delete(id);
                  return next;
                })
              }
            />
          ))}
        </ul>
      )}
      <p className="muted drop-hint">{t('io.dropHint')}</p>
      <PortfolioBar
        boards={list.boards}
        selected={selected}
        all={allSamples}
        onAll={setAllSamples}
        onImported={() => void refresh()}
        importRef={portfolioImport}
      />
      {confirming && (
        <ConfirmDialog
          message={t('list.confirmDelete', { title: confirming.title })}
          actions={[{ label: t('list.delete'), onClick: () => void confirmDelete(), danger: true }]}
          cancelLabel={t('list.cancel')}
          onCancel={() => setConfirming(null)}
        />
      )}
      {deleted && (
        <Toast
          message={t('list.deleted', { title: deleted.title })}
          actionLabel={t('list.undo')}
          onAction={() => {
            void list.restore(deleted);
            setDeleted(null);
          }}
          onClose={closeToast}
        />
      )}
      {confirmingDamaged && (
        <ConfirmDialog
          message={te('damaged.confirmDelete', { id: confirmingDamaged.id })}
          actions={[
            {
              label: t('list.delete'),
              danger: true,
              onClick: () => {
                const problem = confirmingDamaged;
                setConfirmingDamaged(null);
                void list.removeDamaged(problem).then((taken) => {
                  if (taken) setDeletedRow({ id: problem.id, taken });
                });
              },
            },
          ]}
          cancelLabel={t('list.cancel')}
          onCancel={() => setConfirmingDamaged(null)}
        />
      )}
      {deletedRow && (
        <Toast
          message={te('damaged.deleted', { id: deletedRow.id })}
          actionLabel={t('list.undo')}
          onAction={() => {
            void list.restoreRow(deletedRow.taken);
            setDeletedRow(null);
          }}
          onClose={closeRowToast}
        />
      )}
      <ImportFeedback imp={imp} />
    </main>
  );
}
