import { useEffect } from 'react';
import {
  copyItems,
  duplicateItems,
  pasteItems,
  removeItems,
  type BoardClip,
} from '../domain/commands';
import type { Board, Point } from '../domain/types';
import { isTyping } from '../ui/isTyping';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { applyMovePlan, planMoves } from './moves';

/** Session clipboard of map items (module state: it outlives a remount of the map). */
let clipboard: { clip: BoardClip; pastes: number } | null = null;

const STEP = 10;
const ARROWS: Record<string, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

function allMapIds(b: Board): string[] {
  return [...b.groups, ...b.steps, ...b.stakeholders, ...b.links].map((i) => i.id);
}

/** A person or a step: the cards a link can start from. */
function isCard(b: Board, id: string): boolean {
  return b.stakeholders.some((s) => s.id === id) || b.steps.some((s) => s.id === id);
}

function positionOf(b: Board, id: string): Point | undefined {
  return (
    b.stakeholders.find((s) => s.id === id) ??
    b.steps.find((s) => s.id === id) ??
    b.groups.find((g) => g.id === id)
  )?.position;
}

/** Adds a copy and selects the new items (links included). */
function addCopies(run: (d: Board) => Record<string, string>): void {
  let map: Record<string, string> = {};
  useDocumentStore.getState().edit((d) => {
    map = run(d);
  });
  const ids = Object.values(map);
  if (ids.length) useSessionStore.getState().select(ids);
}

/** The held arrow key's gesture: its repeats squash into one undo entry and one save. */
let nudging: string | null = null;
let nudges = 0;

function nudgeGroup(repeat: boolean): string {
  if (!repeat || nudging === null) nudging = `nudge:${++nudges}`;
  return nudging;
}

/** Releasing the arrow key ends the nudge gesture. */
function endNudge(): void {
  if (nudging !== null) useDocumentStore.getState().endGesture(nudging);
  nudging = null;
}

function nudge(b: Board, ids: string[], dir: Point, step: number, group: string): void {
  const moved = new Map<string, Point>();
  for (const id of ids) {
    const p = positionOf(b, id);
    if (p) moved.set(id, { x: p.x + dir.x * step, y: p.y + dir.y * step });
  }
  if (moved.size === 0) return;
  const plan = planMoves(b, moved);
  useDocumentStore.getState().edit((d) => applyMovePlan(d, plan), { group });
}

/**
 * True when a key press is meant for the map: focus on the page itself or inside the map view
 * (the canvas, or the palette button that just added the selected item), never a side panel.
 */
function isOnMap(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || isTyping(target)) return false;
  return target === target.ownerDocument.body || target.closest('.map-view') !== null;
}

/** True when the user has selected text on the page: Ctrl+C must copy that text. */
function hasTextSelection(): boolean {
  return (window.getSelection()?.toString() ?? '') !== '';
}

/**
 * Handles one key press on the map; returns true when it was a map shortcut. A view-only map (on
 * a phone) keeps the keys that select and copy, never those that change the board.
 */
export function handleMapKey(e: KeyboardEvent, viewOnly = false): boolean {
  const board = useDocumentStore.getState().board;
  if (!board || !isOnMap(e.target)) return false;
  const session = useSessionStore.getState();
  const ids = session.selection;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (viewOnly) {
    if (e.key === 'Escape' && ids.length) session.select([]);
    else if (mod && key === 'a') session.select(allMapIds(board));
    else if (mod && key === 'c' && ids.length && !hasTextSelection())
      clipboard = { clip: copyItems(board, ids), pastes: 0 };
    else return false;
    return true;
  }
  if ((e.key === 'Delete' || e.key === 'Backspace') && ids.length) {
    useDocumentStore.getState().edit((d) => removeItems(d, ids));
    session.select([]);
  } else if (e.key === 'Escape' && ids.length) session.select([]);
  else if (mod && key === 'a') session.select(allMapIds(board));
  else if (mod && key === 'c' && ids.length && !hasTextSelection())
    clipboard = { clip: copyItems(board, ids), pastes: 0 };
  else if (mod && key === 'v' && clipboard) {
    const c = clipboard;
    c.pastes += 1;
    addCopies((d) => pasteItems(d, c.clip, { x: 30 * c.pastes, y: 30 * c.pastes }));
  } else if (mod && key === 'd' && ids.length)
    addCopies((d) => duplicateItems(d, ids, { x: 30, y: 30 }));
  else if (key === 'l' && !mod && !e.shiftKey && ids.length === 1 && isCard(board, ids[0]!))
    session.requestAddLink(ids[0]!);
  else if (ARROWS[e.key] && ids.length && !mod)
    nudge(board, ids, ARROWS[e.key]!, e.shiftKey ? STEP * 10 : STEP, nudgeGroup(e.repeat));
  else return false;
  return true;
}

/**
 * Map shortcuts while the map is shown and has the focus; never while typing in a field. A
 * view-only map (on a phone) has only those that do not change the board.
 */
export function useCanvasKeys(viewOnly = false): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.defaultPrevented) return;
      if (handleMapKey(e, viewOnly)) e.preventDefault();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (ARROWS[e.key]) endNudge();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', endNudge);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', endNudge);
      endNudge();
    };
  }, [viewOnly]);
}
