import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../store/documentStore';
import { asLang } from '../../store/useAnalysis';
import type { BoardRepository } from '../../persistence/boardRepository';
import { Toast } from '../../ui/Toast';
import '../files.css';
import { ExportProgress } from './ExportProgress';
import { EXPORT_KINDS, runExport, type ExportKind } from './runExport';

/** Menu labels kept in the deck namespace; the others are `share:export.<kind>`. */
const LABELS: Partial<Record<ExportKind, string>> = {
  deckPptx: 'deck:menu.pptx',
  planDocx: 'deck:menu.docx',
};

/** After this long an export shows "Exporting…"; quicker ones finish without a flicker. */
const BUSY_AFTER_MS = 150;

/**
 * The editor's Export menu: JSON, PNG of the map or the swimlane, 16:9 slides, Markdown, CSV,
 * and whether the swimlane slides show the open suggestions.
 */
export function ExportMenu({
  repo,
}: {
  /** Where the board's snapshots are, for the deck to compare with the newest. */
  repo?: Pick<BoardRepository, 'listSnapshots'> | null;
}) {
  const { t, i18n } = useTranslation('share');
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState(false);
  const [showBusy, setShowBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [suggestions, setSuggestions] = useState(false);
  const [runningKind, setRunningKind] = useState<ExportKind | null>(null);
  const abort = useRef<AbortController | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const closeNotice = useCallback(() => setNotice(null), []);

  useEffect(() => {
    if (open) menu.current?.querySelector('button')?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    // A press anywhere outside closes the menu and leaves focus where the press put it.
    const onPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && root.current?.contains(e.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  useEffect(() => {
    if (!running) return setShowBusy(false);
    const timer = setTimeout(() => setShowBusy(true), BUSY_AFTER_MS);
    return () => clearTimeout(timer);
  }, [running]);

  const start = async (kind: ExportKind) => {
    setOpen(false);
    const board = useDocumentStore.getState().board;
    if (!board || running) return;
    setRunning(true);
    setRunningKind(kind);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const file = await runExport(kind, board, asLang(i18n.language), {
        signal: controller.signal,
        onProgress: setProgress,
        suggestions,
        ...(repo ? { snapshots: () => repo.listSnapshots(board.id) } : {}),
      });
      setNotice(t(kind === 'planPrint' ? 'export.printed' : 'export.done', { file }));
    } catch (err) {
      if (controller.signal.aborted) setNotice(t('export.cancelled'));
      else setNotice(t('export.failed', { reason: String((err as Error).message ?? err) }));
    } finally {
      abort.current = null;
      setProgress(null);
      setRunning(false);
      setRunningKind(null);
      button.current?.focus();
    }
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-busy={running}
        disabled={running}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !open) return;
          e.preventDefault();
          setOpen(false);
        }}
      >
        {showBusy ? t('export.busy') : t('export.menu')}
      </button>
      {showBusy && progress === null && (
        <span role="status" className="visually-hidden">
          {t('export.busy')}
        </span>
      )}
      {showBusy && progress !== null && (
        <ExportProgress
          fraction={progress}
          onCancel={() => abort.current?.abort()}
          file={runningKind !== null && runningKind in LABELS}
        />
      )}
      {open && (
        <ul ref={menu} role="menu" aria-label={t('export.menu')} onKeyDown={onMenuKey}>
          {EXPORT_KINDS.map((kind) => (
            <li key={kind} role="none">
              <button type="button" role="menuitem" onClick={() => void start(kind)}>
                {t(LABELS[kind] ?? `export.${kind}`)}
              </button>
            </li>
          ))}
          <li role="none">
            <button
              type="button"
              role="menuitemcheckbox"
              aria-checked={suggestions}
              onClick={() => setSuggestions((on) => !on)}
            >
              <span aria-hidden="true">{suggestions ? '☑ ' : '☐ '}</span>
              {t('export.slideSuggestions')}
            </button>
          </li>
        </ul>
      )}
      {notice && <Toast message={notice} onClose={closeNotice} />}
    </div>
  );
}
