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

/**
 * What a board opens on: the process row and the people who take part in it (a participation
 * link to a step). Empty when the board has no steps, so the whole board is shown instead.
 */
export function openingItems(board: Board): string[] {
  if (board.steps.length === 0) return [];
  const steps = new Set(board.steps.map((s) => s.id));
  const people = new Set(
    board.links.filter((l) => steps.has(l.target) && !steps.has(l.source)).map((l) => l.source),
  );
  return [...steps, ...board.stakeholders.filter((s) => people.has(s.id)).map((s) => s.id)];
}
