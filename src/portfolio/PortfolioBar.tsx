import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useStorage } from '../app/StorageContext';
import { navigate, portfolioHref } from '../app/useHashRoute';
import { newId } from '../domain/ids';
import type { BoardMeta } from '../persistence/boardRepository';
import type { StoredPortfolio } from '../persistence/portfolioRepository';

/** Whether text is a portfolio file rather than a board file (cheap: no validation loaded). */
export function isPortfolioText(text: string): boolean {
  if (!text.includes('ka-buying-canvas-portfolio')) return false;
  try {
    const value = JSON.parse(text) as { format?: unknown } | null;
    return value?.format === 'ka-buying-canvas-portfolio';
  } catch {
    return false;
  }
}

/**
 * On the board list: open the selected boards (or all samples) as a portfolio, import a
 * portfolio file, and the saved portfolios. Small and eager; the portfolio page and the file
 * check load when used.
 */
export function PortfolioBar(props: {
  boards: BoardMeta[] | null;
  selected: ReadonlySet<string>;
  all: boolean;
  onAll(all: boolean): void;
  /** After an import added boards. */
  onImported(): void;
  /** Set to this bar's import of a portfolio file's text, for files dropped or pasted on the list. */
  importRef?: RefObject<((text: string) => void) | null>;
}) {
  const { t, i18n } = useTranslation('portfolio');
  const { repo } = useStorage();
  const [saved, setSaved] = useState<StoredPortfolio[] | null>(null);
  const [damaged, setDamaged] = useState<string[]>([]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [removing, setRemoving] = useState<StoredPortfolio | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    const listed = await repo.portfolios.list();
    setSaved(listed.portfolios);
    setDamaged(listed.problems.map((p) => p.id || '?'));
  }, [repo]);
  useEffect(() => void refresh(), [refresh]);

  const count = props.all ? (props.boards?.length ?? 0) : props.selected.size;
  const open = async () => {
    const now = new Date().toISOString();
    // Sample order is the list's order, so the portfolio reads as the list did.
    const ids = (props.boards ?? []).map((b) => b.id).filter((id) => props.selected.has(id));
    const portfolio: StoredPortfolio = {
      id: newId('pf'),
      title: props.all ? t('list.allTitle') : t('list.defaultTitle', { count: ids.length }),
      boardIds: props.all ? 'all' : ids,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await repo.portfolios.put(portfolio);
      navigate({ name: 'portfolio', id: portfolio.id });
    } catch (err) {
      setMessage({ text: t('list.failed', { reason: String(err) }), error: true });
    }
  };

  const importText = async (text: string) => {
    const { importPortfolioText } = await import('./importPortfolio');
    const result = await importPortfolioText(text, repo, i18n.t, i18n.language);
    if (!result.ok) return setMessage({ text: result.message, error: true });
    const done = t('import.done', { title: result.portfolio.title, count: result.samples });
    const copies = result.copies > 0 ? ` ${t('import.copies', { count: result.copies })}` : '';
    setMessage({ text: `${done}${copies}`, error: false });
    props.onImported();
    await refresh();
  };
  const importFile = async (file: File) => importText(await file.text());
  const { importRef } = props;
  useEffect(() => {
    if (!importRef) return;
    importRef.current = (text) => void importText(text);
    return () => {
      importRef.current = null;
    };
  });

  return (
    <section className="portfolio-bar" aria-labelledby="portfolio-bar-h">
      <h2 id="portfolio-bar-h">{t('list.heading')}</h2>
      <p className="muted">{t('list.intro')}</p>
      <div className="list-toolbar">
        <label>
          <input
            type="checkbox"
            checked={props.all}
            onChange={(e) => props.onAll(e.target.checked)}
          />{' '}
          {t('list.all')}
        </label>
        <span className="muted" aria-live="polite">
          {count > 0 ? t('list.selected', { count }) : t('list.pick')}
        </span>
        <button
          type="button"
          className="primary"
          disabled={count === 0}
          onClick={() => void open()}
        >
          {t('list.open')}
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          {t('import.button')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('import.button')}
          data-testid="portfolio-import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {message && (
        <div role={message.error ? 'alert' : 'status'} className="portfolio-message">
          <span>{message.text}</span>{' '}
          <button type="button" onClick={() => setMessage(null)}>
            {t('import.close')}
          </button>
        </div>
      )}
      {damaged.length > 0 && (
        <p role="alert" className="muted">
          {t('list.damaged', { ids: damaged.join(', ') })}
        </p>
      )}
      <h3>{t('list.saved')}</h3>
      {saved !== null && saved.length === 0 ? (
        <p className="muted">{t('list.empty')}</p>
      ) : (
        <ul className="saved-portfolios" aria-label={t('list.saved')}>
          {(saved ?? []).map((p) => (
            <li key={p.id}>
              <a href={portfolioHref(p.id)} aria-label={t('list.openNamed', { title: p.title })}>
                {p.title}
              </a>{' '}
              <span className="muted">
                {p.boardIds === 'all'
                  ? t('list.allBoards')
                  : t('list.members', { count: p.boardIds.length })}
              </span>{' '}
              <button
                type="button"
                aria-label={t('list.deleteNamed', { title: p.title })}
                onClick={() => setRemoving(p)}
              >
                {t('list.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <ConfirmDialog
          message={t('list.confirmDelete', { title: removing.title })}
          actions={[
            {
              label: t('list.delete'),
              danger: true,
              onClick: () => {
                const id = removing.id;
                setRemoving(null);
                void repo.portfolios.remove(id).then(refresh);
              },
            },
          ]}
          cancelLabel={t('list.cancel')}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
