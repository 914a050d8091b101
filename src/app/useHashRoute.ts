import { useSyncExternalStore } from 'react';

export type Route = { name: 'list' } | { name: 'board'; id: string };

function parseHash(hash: string): Route {
  const m = /^#\/board\/([^/?#]+)/.exec(hash);
  if (m?.[1]) return { name: 'board', id: decodeURIComponent(m[1]) };
  return { name: 'list' };
}

export function boardHref(id: string): string {
  return `#/board/${encodeURIComponent(id)}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, from `location.hash`, so a reload reopens the same board. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}

export function navigate(route: Route): void {
  window.location.hash = route.name === 'board' ? boardHref(route.id) : '#/';
}
