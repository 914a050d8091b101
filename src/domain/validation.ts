/**
 * The one way in (validate.ts, on zod), loaded on first use after the page's first frame: the
 * board list paints before its ~30 kB arrive, and everything that reads a stored, imported or room board awaits
 * `loadValidation()` first (storage code before it opens a transaction).
 */
import type * as Validate from './validate';

let loaded: typeof Validate | null = null;
let loading: Promise<typeof Validate> | null = null;

/**
 * Resolves once the page has drawn a frame (or after 100 ms, for a tab that does not draw), at
 * once outside a browser: the board list asks for the validation as it mounts, and the chunk's
 * fetch then started before the list's first paint about one time in two.
 */
function afterFirstFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

export function loadValidation(): Promise<typeof Validate> {
  loading ??= afterFirstFrame()
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
