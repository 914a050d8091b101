/**
 * The one way in (validate.ts, on zod), loaded on first use after the page's first paint: the
 * board list paints before its ~30 kB arrive, and everything that reads a stored, imported or
 * room board awaits `loadValidation()` first (storage code before it opens a transaction).
 */
import type * as Validate from './validate';

let loaded: typeof Validate | null = null;
let loading: Promise<typeof Validate> | null = null;

/**
 * Resolves once the page's first contentful paint is recorded (or after 200 ms, for a tab that
 * does not draw; after a frame where paint timing is missing), at once outside a browser: the
 * board list asks for the validation as it mounts, and the chunk's fetch started before the
 * list's first paint about one time in two. A frame alone is not enough: the paint is recorded
 * when the frame is presented, a few milliseconds after the page's next task can run.
 */
function afterFirstPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 200);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (
      typeof PerformanceObserver === 'undefined' ||
      !PerformanceObserver.supportedEntryTypes.includes('paint')
    ) {
      requestAnimationFrame(() => setTimeout(done, 0));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

export function loadValidation(): Promise<typeof Validate> {
  return load(afterFirstPaint);
}

/**
 * Loads the validation without waiting for a first paint: for a page that opens on a board,
 * which can show nothing of it before the board is read and validated (on a cold open of a big
 * board, the wait for the loading message's paint held the read back).
 */
export function loadValidationNow(): Promise<typeof Validate> {
  return load(() => Promise.resolve());
}

/** `first` runs only when nothing is loading yet (every storage read asks for the validation). */
function load(first: () => Promise<void>): Promise<typeof Validate> {
  loading ??= first()
    .then(() => import('./validate'))
    .then(
      (mod) => (loaded = mod),
      (err: unknown) => {
        loading = null; // a failed chunk load is tried again next time
        throw err;
      },
    );
  return loading;
}

/** The validation, once `loadValidation()` has resolved; throws when used before. */
export function validation(): typeof Validate {
  if (!loaded) throw new Error('the validation is used before it was loaded');
  return loaded;
}
