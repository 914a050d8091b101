import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateBoardHeader } from '../domain/commands';
import { useDocumentStore } from '../store/documentStore';

/**
 * The board title in the editor's header: double-click (or Enter/F2 on it) to rename in place.
 * Enter or leaving the field keeps the new title (one undo entry); Escape keeps the old one.
 */
export function BoardTitle() {
  const { t } = useTranslation('app');
  const title = useDocumentStore((s) => s.board?.title ?? '');
  const [draft, setDraft] = useState<string | null>(null);

  const save = () => {
    if (draft === null) return;
    const value = draft.trim();
    setDraft(null);
    if (value !== '' && value !== title) {
      useDocumentStore.getState().edit((d) => updateBoardHeader(d, { title: value }));
    }
  };

  if (draft !== null) {
    return (
      <input
        className="board-title board-title-input"
        value={draft}
        aria-label={t('editor.boardTitle')}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    );
  }
  return (
    <h1
      className="board-title"
      title={t('editor.renameHint', { title })}
      tabIndex={0}
      onDoubleClick={() => setDraft(title)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'F2') setDraft(title);
      }}
    >
      {title}
    </h1>
  );
}
