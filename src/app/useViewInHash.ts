import { useEffect } from 'react';
import type { Board } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore, type SessionState } from '../store/sessionStore';
import { revealStageColumn } from '../swimlane/useColumnWindow';
import { boardHref, parseHash } from './useHashRoute';

function hasItem(board: Board | null, id: string): boolean {
  if (!board) return false;
  return [board.stakeholders, board.steps, board.groups, board.links].some((list) =>
    list.some((item) => item.id === id),
  );
}

/**
 * Brings a swimlane column into view once it is drawn (the swimlane may still be loading): an
 * address such as a portfolio's heat-map cell names a stage far to the right.
 */
function revealColumn(stepId: string): void {
  const deadline = Date.now() + 3000;
  // A large swimlane draws only the columns in view: it is asked to scroll to this one.
  revealStageColumn(stepId);
  const look = () => {
    const th = [...document.querySelectorAll<HTMLElement>('th[data-step-id]')].find(
      (h) => h.dataset.stepId === stepId,
    );
    if (th) th.scrollIntoView?.({ inline: 'center', block: 'nearest' });
    else if (Date.now() < deadline) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** True while the address is being applied, so applying it does not write it back. */
let applying = false;

/** Shows the view and selection the address names (on open, reload, back and forward). */
function applyHash(id: string): void {
  const route = parseHash(window.location.hash);
  if (route.name !== 'board' || route.id !== id) return;
  const session = useSessionStore.getState();
  const view = route.view ?? 'map';
  const board = useDocumentStore.getState().board;
  const selection = route.item && hasItem(board, route.item) ? [route.item] : [];
  applying = true;
  try {
    if (session.view !== view) session.setView(view);
    if (selection.join() !== session.selection.join()) session.select(selection);
  } finally {
    applying = false;
  }
  const isStep = board?.steps.some((step) => step.id === route.item) === true;
  if (view === 'swimlane' && route.item && isStep) revealColumn(route.item);
}

/** Writes the view and a single selected item into the address. */
function writeHash(id: string, state: SessionState, prev: SessionState): void {
  if (applying || (state.view === prev.view && state.selection === prev.selection)) return;
  const item = state.selection.length === 1 ? state.selection[0] : undefined;
  const next = boardHref(id, state.view, item);
  if (next === window.location.hash) return;
  // A view change is a step back can undo; a selection only updates the current entry.
  if (state.view !== prev.view) window.history.pushState(null, '', next);
  else window.history.replaceState(null, '', next);
}

/**
 * Keeps the open board's view (map or swimlane) and selected item in the URL hash, so back,
 * forward and reload return to the same view.
 */
export function useViewInHash(id: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const apply = () => applyHash(id);
    apply();
    const unsubscribe = useSessionStore.subscribe((state, prev) => writeHash(id, state, prev));
    window.addEventListener('popstate', apply);
    window.addEventListener('hashchange', apply);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', apply);
      window.removeEventListener('hashchange', apply);
    };
  }, [id, ready]);
}
