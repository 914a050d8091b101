/**
 * The one way in (validate.ts, on zod), loaded on first use: the board list paints before its
 * ~30 kB arrive, and everything that reads a stored, imported or room board awaits
 * `loadValidation()` first (storage code before it opens a transaction).
 */
import type * as Validate from './validate';

let loaded: typeof Validate | null = null;
let loading: Promise<typeof Validate> | null = null;

export function loadValidation(): Promise<typeof Validate> {
  loading ??= import('./validate').then(
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
