import { useEffect, useRef, useState } from 'react';
import { inGesture, useDocumentStore } from '../store/documentStore';

/** Quiet time after the last key before typed text is committed to the board. */
export const TYPING_COMMIT_MS = 300;

let fields = 0;

/** The fields being typed in, so their text can be committed before the board changes hands. */
const typing = new Set<{ commitNow(): void }>();

/**
 * Commits the text of every field still waiting for its quiet time, at once: before this tab
 * hands the board to another one, so nothing typed a moment ago is dropped.
 */
export function commitTyping(): void {
  for (const field of [...typing]) field.commitNow();
}

/**
 * A text field's draft that reaches the board while the user types: after a short quiet time,
 * on Enter or blur, and at once when the page is hidden or left. All commits of one field edit
 * (focus to blur) are one undo entry. While the field is being edited its draft wins over the
 * board; outside changes (undo, another view) show once it is left.
 */
export function useLiveText(value: string, onCommit: (value: string) => void) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState<string | null>(value);
  const [editing, setEditing] = useState(false);
  if (!editing && value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const latest = useRef({ draft, value, onCommit });
  const session = useRef<{ group: string; start: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = { draft, value, onCommit };
  });

  const { current: api } = useRef({
    commitNow(text?: string) {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const { draft: d, value: v, onCommit: commit } = latest.current;
      const next = text ?? d;
      const open = session.current;
      if (!open || next === v) return;
      inGesture(open.group, () => commit(next));
    },
    finish(text?: string) {
      api.commitNow(text);
      const open = session.current;
      session.current = null;
      if (open) useDocumentStore.getState().endGesture(open.group);
    },
    type(text: string) {
      latest.current = { ...latest.current, draft: text };
      session.current ??= { group: `field:${++fields}`, start: latest.current.value };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => api.commitNow(), TYPING_COMMIT_MS);
    },
  });

  useEffect(() => {
    const onHide = () => api.finish();
    window.addEventListener('pagehide', onHide);
    typing.add(api);
    return () => {
      typing.delete(api);
      window.removeEventListener('pagehide', onHide);
      api.finish();
    };
  }, [api]);

  return {
    draft,
    onFocus: () => setEditing(true),
    onChange: (text: string) => {
      setDraft(text);
      api.type(text);
    },
    /** Enter in a one-line field, or leaving the field. */
    finish: () => api.finish(),
    onBlur: () => {
      api.finish();
      setEditing(false);
      setSeen(null);
    },
    /**
     * Escape: the field goes back to what it held when this edit began. What it wrote to the
     * board is taken back as if never typed (no undo entry), while its gesture is still open.
     */
    revert: () => {
      const start = session.current?.start ?? latest.current.value;
      setDraft(start);
      const open = session.current;
      const store = useDocumentStore.getState();
      if (open && store.gesture === open.group) {
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = null;
        session.current = null;
        store.bailGesture(open.group);
      } else {
        api.finish(start);
      }
    },
  };
}
