import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { findItems } from './findItems';

/**
 * Find on the map (Ctrl/⌘ + F or the box): Enter selects the first person or step whose name,
 * title or department matches and centres the map on it; Enter again goes to the next match.
 */
export function FindBox() {
  const { t } = useTranslation('canvas');
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const turn = useRef({ query: '', n: 0 });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'f') return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const board = useDocumentStore.getState().board;
    if (!board) return;
    const hits = findItems(board, query);
    if (hits.length === 0) {
      setStatus(query.trim() ? t('mapTools.findNone', { query: query.trim() }) : '');
      return;
    }
    const n = turn.current.query === query ? (turn.current.n + 1) % hits.length : 0;
    turn.current = { query, n };
    const id = hits[n]!;
    const session = useSessionStore.getState();
    session.select([id]);
    session.setPanel('inspector');
    session.focus(id);
    setStatus(hits.length > 1 ? t('mapTools.findCount', { count: hits.length }) : '');
  };

  return (
    <form className="ka-find" role="search" onSubmit={submit}>
      <input
        ref={input}
        type="search"
        aria-label={t('mapTools.find')}
        placeholder={t('mapTools.findHint')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') input.current?.blur();
        }}
      />
      <button type="submit">{t('mapTools.findGo')}</button>
      <span className="ka-find-status" role="status">
        {status}
      </span>
    </form>
  );
}
