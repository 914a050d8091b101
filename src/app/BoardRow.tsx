import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardMeta } from '../persistence/boardRepository';
import { boardHref } from './useHashRoute';

export interface BoardRowProps {
  meta: BoardMeta;
  onRename(id: string, title: string): void;
  onDuplicate(id: string): void;
  onExport(id: string): void;
  onDelete(meta: BoardMeta): void;
  /** Whether the board is selected for a portfolio; the box is disabled under "All samples". */
  selected?: boolean;
  allSelected?: boolean;
  onSelect?(id: string, selected: boolean): void;
}

/** One board in the list: open it, rename it in place, duplicate or delete it. */
export function BoardRow({
  meta,
  onRename,
  onDuplicate,
  onExport,
  onDelete,
  selected,
  allSelected,
  onSelect,
}: BoardRowProps) {
  const { t, i18n } = useTranslation(['app', 'domain', 'portfolio']);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(meta.title);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const title = draft.trim();
    if (title && title !== meta.title) onRename(meta.id, title);
    setRenaming(false);
  };
  const when = new Date(meta.updatedAt).toLocaleString(i18n.language);
  return (
    <li className="board-row" data-board-id={meta.id}>
      {onSelect && (
        <input
          type="checkbox"
          className="board-select"
          aria-label={t('portfolio:list.select', { title: meta.title })}
          checked={allSelected === true || selected === true}
          disabled={allSelected === true}
          onChange={(e) => onSelect(meta.id, e.target.checked)}
        />
      )}
      {renaming ? (
        <form onSubmit={submit} className="rename-form">
          <input
            aria-label={t('list.renameTo', { title: meta.title })}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
            autoFocus
          />
          <button type="submit">{t('list.save')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('list.cancel')}
          </button>
        </form>
      ) : (
        <a className="board-link" href={boardHref(meta.id)}>
          <strong>{meta.title}</strong>
          <span className="muted">
            {meta.accountName} · {t(`domain:tier.${meta.tier}`)}
          </span>
          <span className="muted">
            {t('list.counts', { stakeholders: meta.stakeholderCount, steps: meta.stepCount })} ·{' '}
            {t('list.updated', { when })}
          </span>
        </a>
      )}
      <div
        className="row-actions"
        role="group"
        aria-label={t('list.actionsFor', { title: meta.title })}
      >
        <button
          type="button"
          onClick={() => {
            setDraft(meta.title);
            setRenaming(true);
          }}
        >
          {t('list.rename')}
        </button>
        <button type="button" onClick={() => onDuplicate(meta.id)}>
          {t('list.duplicate')}
        </button>
        <button type="button" onClick={() => onExport(meta.id)}>
          {t('list.exportJson')}
        </button>
        <button type="button" className="danger" onClick={() => onDelete(meta)}>
          {t('list.delete')}
        </button>
      </div>
    </li>
  );
}
