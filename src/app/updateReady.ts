/**
 * "A new version is ready" as a tiny store: the service worker registration announces a waiting
 * version with the function that activates it; the prompt shows until the user applies it.
 */
import { useSyncExternalStore } from 'react';

type Apply = () => void;

let apply: Apply | null = null;
const listeners = new Set<() => void>();

export function announceUpdate(activate: Apply | null): void {
  apply = activate;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The function that activates the waiting version and reloads, or null when none waits. */
export function useUpdateReady(): Apply | null {
  return useSyncExternalStore(subscribe, () => apply);
}
