import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { create } from 'zustand';

/**
 * Up to this many stages the swimlane draws every column (find in page reads them all). Above
 * it only the columns in view and a few beyond are drawn: a 250-stage swimlane laid out every
 * column of a 250-column table (~870 ms) to show six of them.
 */
export const WINDOW_FROM = 40;
/**
 * Columns drawn beyond each edge of the view and each side of the focused column: Tab reaches
 * them, and focusing one scrolls it in.
 */
export const OVERSCAN = 2;
/** A stage column's width and the lane heads' in CSS px (swimlane.css), until measured. */
const COLUMN_PX = 248;
const LANES_PX = 128;

export interface ColumnWindow {
  /** Whether only some columns are drawn. */
  windowed: boolean;
  /** The column indexes drawn, ascending. */
  drawn: number[];
  /** A stage column's width in px, for the gaps standing in for the columns not drawn. */
  columnPx: number;
  /** Keeps column `index` drawn while it holds the focus (scrolling it away keeps the cursor). */
  onFocusColumn(index: number | null): void;
  /** Scrolls column `index` into the middle of the view, drawing it. */
  reveal(index: number): void;
}

/** Requests to bring a stage's column into view (an address naming a stage, far right). */
export const useColumnReveal = create<{ id: string | null; n: number }>(() => ({
  id: null,
  n: 0,
}));

/** Asks the swimlane, when shown, to scroll the column of step `id` into view and draw it. */
export function revealStageColumn(id: string): void {
  useColumnReveal.setState((s) => ({ id, n: s.n + 1 }));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * Which of `count` stage columns the swimlane in `scroller` draws: all of a small swimlane; of a
 * large one, those in view, OVERSCAN more each side and the column holding the focus.
 */
export function useColumnWindow(
  scroller: RefObject<HTMLElement | null>,
  count: number,
): ColumnWindow {
  const windowed = count > WINDOW_FROM;
  const [sizes, setSizes] = useState(() => ({
    left: 0,
    width: typeof window === 'undefined' ? 1280 : window.innerWidth,
    columnPx: COLUMN_PX,
    lanesPx: LANES_PX,
  }));
  const [focused, setFocused] = useState<number | null>(null);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const head = el.querySelector<HTMLElement>('th[data-step-id]');
    const corner = el.querySelector<HTMLElement>('.lane-corner');
    const next = {
      left: el.scrollLeft,
      width: el.clientWidth || window.innerWidth,
      columnPx: head?.offsetWidth || COLUMN_PX,
      lanesPx: corner?.offsetWidth || LANES_PX,
    };
    setSizes((s) =>
      s.left === next.left &&
      s.width === next.width &&
      s.columnPx === next.columnPx &&
      s.lanesPx === next.lanesPx
        ? s
        : next,
    );
  }, [scroller]);

  useLayoutEffect(() => {
    if (!windowed) return;
    const el = scroller.current;
    if (!el) return;
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [windowed, scroller, measure]);

  const reveal = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el) return;
      const { columnPx, lanesPx } = sizes;
      const visible = (el.clientWidth || window.innerWidth) - lanesPx;
      el.scrollLeft = Math.max(0, index * columnPx - (visible - columnPx) / 2);
      measure();
    },
    [scroller, sizes, measure],
  );

  let drawn: number[];
  if (!windowed) drawn = range(0, count);
  else {
    const { left, width, columnPx, lanesPx } = sizes;
    const first = Math.max(0, Math.floor(left / columnPx) - OVERSCAN);
    const last = Math.min(count, Math.ceil((left + width - lanesPx) / columnPx) + OVERSCAN);
    drawn = range(first, last);
    if (focused !== null && focused < count) {
      // The focused column and OVERSCAN more each side of it, drawn in the same render as the
      // focus moved (a focus event's update is synchronous): Tab held down along a lane always
      // finds the next column there, before the scroll it caused has been measured.
      const near = range(Math.max(0, focused - OVERSCAN), Math.min(count, focused + OVERSCAN + 1));
      drawn = [...new Set([...drawn, ...near])].sort((a, b) => a - b);
    }
  }
  return {
    windowed,
    drawn,
    columnPx: sizes.columnPx,
    onFocusColumn: setFocused,
    reveal,
  };
}

/** Clears a focused column once the focus leaves the swimlane. */
export function useFocusLeaves(
  scroller: RefObject<HTMLElement | null>,
  onFocusColumn: (index: number | null) => void,
): void {
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const out = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node) || !el.contains(e.relatedTarget)) onFocusColumn(null);
    };
    el.addEventListener('focusout', out);
    return () => el.removeEventListener('focusout', out);
  }, [scroller, onFocusColumn]);
}
