import { useCallback, useState } from 'react';

/** Versioned key prefix of the drafts kept in localStorage (a plain string each). */
const PREFIX = 'ka-canvas.draft.v1:';
/** Longest draft kept: a new entry is a short text. */
const MAX = 2_000;

function read(key: string | null): string {
  if (key === null) return '';
  try {
    const value = window.localStorage.getItem(PREFIX + key);
    return typeof value === 'string' ? value.slice(0, MAX) : '';
  } catch {
    return '';
  }
}

function write(key: string | null, value: string): void {
  if (key === null) return;
  try {
    if (value === '') window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, value.slice(0, MAX));
  } catch {
    // Storage blocked or full: the draft stays in the field for as long as the page does.
  }
}

/**
 * The text of a "new …" field (a new concern, a new member) that is not on the board yet, kept
 * as a draft while it is typed: written at every change, so closing the panel, the board or
 * the tab loses nothing, and shown again in the same field (`key`: board and item) next time.
 * Adding the entry (or emptying the field) forgets the draft.
 */
export function useKeptDraft(key: string | null): [string, (value: string) => void] {
  const [state, setState] = useState(() => ({ key, value: read(key) }));
  let current = state;
  if (state.key !== key) {
    current = { key, value: read(key) };
    setState(current);
  }
  const set = useCallback(
    (value: string) => {
      write(key, value);
      setState({ key, value });
    },
    [key],
  );
  return [current.value, set];
}
