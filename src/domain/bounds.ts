import type { Board } from './types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The whole board's bounds in flow coordinates: every step, stakeholder and department at its
 * position, sized as measured on screen (`sizeOf`), or by `fallback` when not measured.
 */
export function boardBounds(
  board: Board,
  sizeOf: (id: string) => { width: number; height: number } | null,
  fallback = { width: 180, height: 64 },
): Rect | null {
  const rects: Rect[] = [];
  for (const item of [...board.stakeholders, ...board.steps]) {
    rects.push({ ...item.position, ...(sizeOf(item.id) ?? fallback) });
  }
  for (const g of board.groups) rects.push({ ...g.position, ...(sizeOf(g.id) ?? g.size) });
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}
