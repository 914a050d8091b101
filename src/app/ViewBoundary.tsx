import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clipText } from '../domain/issues';
import type { BoardRepository } from '../persistence/boardRepository';
import { downloadBlob, downloadBoardJson } from '../files/download';
import { safeJson } from '../persistence/safeJson';

export type BoundaryArea = 'map' | 'swimlane' | 'grid' | 'outline' | 'app';

interface Props {
  area: BoundaryArea;
  /** The open board, when there is one: it can still be exported. */
  boardId?: string;
  repo?: BoardRepository;
  children: ReactNode;
}

/**
 * Catches what a view throws while it renders, so one failing view never empties the page: it
 * says what failed and offers "Back to all boards" and "Export this board". Nothing reloads by
 * itself, so a board that fails again after a reload shows this again rather than looping.
 */
export class ViewBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.area} view failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <ViewFailed
        area={this.props.area}
        error={this.state.error}
        boardId={this.props.boardId}
        repo={this.props.repo}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

/** The open board as a file: the editor's copy when it is loaded, else the stored row. */
async function exportBoard(id: string, repo: BoardRepository | undefined): Promise<void> {
  const { useDocumentStore } = await import('../store/documentStore');
  const board = useDocumentStore.getState().board;
  if (board?.id === id) {
    downloadBoardJson(board);
    return;
  }
  if (!repo) throw new Error('no storage');
  const row = await repo.raw(id);
  downloadBlob(new Blob([safeJson(row ?? null)], { type: 'application/json' }), `${id}.json`);
}

function ViewFailed(props: {
  area: BoundaryArea;
  error: Error;
  boardId?: string;
  repo?: BoardRepository;
  onRetry(): void;
}) {
  const { t } = useTranslation('edges');
  const { boardId, repo } = props;
  const [exportError, setExportError] = useState<string | null>(null);
  const message = clipText(props.error.message || props.error.name, 200);
  const onExport = () => {
    if (boardId === undefined) return;
    setExportError(null);
    exportBoard(boardId, repo).catch((err: unknown) => {
      setExportError(clipText(err instanceof Error ? err.message : String(err), 200));
    });
  };
  return (
    <section className="view-failed" role="alert" data-testid="view-failed" data-area={props.area}>
      <h2>{t('crash.title')}</h2>
      <p>{t(`crash.area.${props.area}`)}</p>
      <p>
        <code>{t('crash.detail', { message })}</code>
      </p>
      <p>{t('crash.kept')}</p>
      <p className="view-failed-actions">
        <a href="#/">{t('crash.back')}</a>{' '}
        {boardId !== undefined && (
          <button type="button" onClick={onExport}>
            {t('crash.export')}
          </button>
        )}{' '}
        <button type="button" onClick={props.onRetry}>
          {t('crash.retry')}
        </button>
      </p>
      {exportError !== null && <p>{t('crash.exportFailed', { message: exportError })}</p>}
    </section>
  );
}
