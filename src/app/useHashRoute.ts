import { useSyncExternalStore } from 'react';
import { parseJoinHash, type JoinRoute } from '../live/membership';
import type { EditorView } from '../store/sessionStore';

/** A board route may name the view and the selected item, so reload and history keep them. */
export type Route =
  | { name: 'list' }
  | { name: 'board'; id: string; view?: EditorView; item?: string }
  | { name: 'portfolio'; id: string }
  | ({ name: 'join' } & JoinRoute);

export function parseHash(hash: string): Route {
  const join = parseJoinHash(hash);
  if (join) return { name: 'join', ...join };
  const p = /^#\/portfolio\/([^/?#]+)/.exec(hash);
  if (p?.[1]) return { name: 'portfolio', id: decodeURIComponent(p[1]) };
  const m = /^#\/board\/([^/?#]+)(?:\/(map|swimlane|grid|outline)(?:\/([^/?#]+))?)?/.exec(hash);
  if (!m?.[1]) return { name: 'list' };
  const route: Route = { name: 'board', id: decodeURIComponent(m[1]) };
  if (m[2]) route.view = m[2] as EditorView;
  if (m[3]) route.item = decodeURIComponent(m[3]);
  return route;
}

/** `#/board/<id>`, plus `/<view>` and `/<item>` when the view is not the plain map. */
export function boardHref(id: string, view: EditorView = 'map', item?: string): string {
  const base = `#/board/${encodeURIComponent(id)}`;
  if (view === 'map' && !item) return base;
  return `${base}/${view}${item ? `/${encodeURIComponent(item)}` : ''}`;
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

/** `#/portfolio/<id>`: a portfolio of client samples (docs/domain.md §9). */
export function portfolioHref(id: string): string {
  return `#/portfolio/${encodeURIComponent(id)}`;
}

/** Goes to a route; `replace` drops the current entry from history (a join link's secret). */
export function navigate(route: Route, options?: { replace?: boolean }): void {
  const hash =
    route.name === 'board'
      ? boardHref(route.id)
      : route.name === 'portfolio'
        ? portfolioHref(route.id)
        : '#/';
  if (options?.replace) window.location.replace(hash);
  else window.location.hash = hash;
}
