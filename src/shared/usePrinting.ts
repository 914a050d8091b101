import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let beforePrint = false;
let query: MediaQueryList | null | undefined;

/** The print media query, where the environment has one (jsdom has none). */
function printQuery(): MediaQueryList | null {
  if (query === undefined) {
    query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  }
  return query;
}

function subscribe(onChange: () => void): () => void {
  const media = printQuery();
  // The browser lays the page out for print right after `beforeprint`: the update must reach
  // the DOM inside the event, not in a later task.
  const now = () => flushSync(onChange);
  const before = () => {
    beforePrint = true;
    now();
  };
  const after = () => {
    beforePrint = false;
    now();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  // Print emulation (and some browsers' preview) switches the media without the events.
  media?.addEventListener('change', now);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', now);
  };
}

function printing(): boolean {
  return beforePrint || (printQuery()?.matches ?? false);
}

/**
 * Whether the page is being printed: from `beforeprint` to `afterprint`, or while the media is
 * print. Lets a print-only copy of a large view exist only then (a 250-step swimlane's print
 * copy was half its DOM, built on every switch to it and on every edit).
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, printing, () => false);
}
