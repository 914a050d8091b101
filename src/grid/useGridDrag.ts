import { useCallback, useRef, useState, type PointerEvent } from 'react';
import type { GridCell } from '../domain/commands';
import type { Stance, Stakeholder } from '../domain/types';

/** How far (px) a pressed pointer moves before a press becomes a drag rather than a click. */
const THRESHOLD = 5;

export interface GridDrag {
  id: string;
  dx: number;
  dy: number;
  over: GridCell | null;
}

/** The grid cell under a viewport point (cells carry `data-stance` and `data-influence`). */
function cellAt(x: number, y: number): GridCell | null {
  for (const el of document.elementsFromPoint(x, y)) {
    if (!(el instanceof HTMLElement) || el.dataset.stance === undefined) continue;
    const influence = Number(el.dataset.influence) as Stakeholder['influence'];
    return { stance: el.dataset.stance as Stance, influence };
  }
  return null;
}

/**
 * A card dragged with any pointer (mouse, pen, touch): the card follows the pointer, the cell
 * under it is highlighted, and releasing over another cell calls `onDrop` once. A press that
 * does not move is left to the card's click.
 */
export function useGridDrag(onDrop: (id: string, cell: GridCell) => void) {
  const [drag, setDrag] = useState<GridDrag | null>(null);
  const start = useRef<{ id: string; x: number; y: number; moved: boolean } | null>(null);
  /** True right after a drag, so the click the browser sends after it does not select. */
  const justDragged = useRef(false);

  const onPointerDown = useCallback((id: string, e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    start.current = { id, x: e.clientX, y: e.clientY, moved: false };
    // Optional: jsdom has no pointer capture.
    e.currentTarget.setPointerCapture?.(e.pointerId);
  }, []);

  const onPointerMove = useCallback((e: PointerEvent<HTMLElement>) => {
    const s = start.current;
    if (!s) return;
    const dx = e.clientX - s.x;
    const dy = e.clientY - s.y;
    if (!s.moved && Math.hypot(dx, dy) < THRESHOLD) return;
    s.moved = true;
    setDrag({ id: s.id, dx, dy, over: cellAt(e.clientX, e.clientY) });
  }, []);

  const onPointerUp = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      const s = start.current;
      start.current = null;
      if (!s?.moved) return;
      justDragged.current = true;
      setDrag(null);
      const cell = cellAt(e.clientX, e.clientY);
      if (cell) onDrop(s.id, cell);
    },
    [onDrop],
  );

  const onPointerCancel = useCallback(() => {
    start.current = null;
    setDrag(null);
  }, []);

  /** Whether a click should be ignored because it ends a drag (and forgets it). */
  const swallowClick = useCallback(() => {
    const was = justDragged.current;
    justDragged.current = false;
    return was;
  }, []);

  return { drag, onPointerDown, onPointerMove, onPointerUp, onPointerCancel, swallowClick };
}
