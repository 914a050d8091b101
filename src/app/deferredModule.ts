import { useEffect, useReducer } from 'react';

/** Where a deferred module stands, for the component that shows it. */
export type ModuleState<T> =
  | { status: 'loading' }
  | { status: 'ready'; module: T }
  | { status: 'failed'; error: unknown; retry(): void };

export interface DeferredModule<T> {
  /** Starts the fetch (once; again after a failure) and returns the module's promise. */
  load(): Promise<T>;
  /** The module in a component: loading, ready (at once when loaded before) or failed. */
  useModule(): ModuleState<T>;
}

/**
 * A code-split module shown by plain state instead of `React.lazy` and `Suspense`. React 19
 * holds back the content of a Suspense boundary that resolves within 300 ms of its fallback
 * (traced on a cold open of a large board: a 150 ms timer between the editor's chunk arriving
 * and its first render). A failed fetch is offered again instead of throwing to the root.
 */
export function deferredModule<T>(fetch: () => Promise<T>): DeferredModule<T> {
  let loaded: { module: T } | undefined;
  let pending: Promise<T> | undefined;
  const load = () =>
    (pending ??= fetch().then(
      (module) => {
        loaded = { module };
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  function useModule(): ModuleState<T> {
    const [state, set] = useReducer(
      (_: ModuleState<T>, next: ModuleState<T>) => next,
      undefined,
      (): ModuleState<T> => (loaded ? { status: 'ready', ...loaded } : { status: 'loading' }),
    );
    const attempt = state.status === 'loading';
    useEffect(() => {
      if (!attempt) return;
      let live = true;
      load().then(
        (module) => live && set({ status: 'ready', module }),
        (error: unknown) =>
          live && set({ status: 'failed', error, retry: () => set({ status: 'loading' }) }),
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    return state;
  }

  return { load, useModule };
}
