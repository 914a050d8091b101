import { columnOrder } from './order';
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

/** The size the opening fit assumes for an item not measured yet (as `boardBounds`). */
const ITEM = { width: 180, height: 64 };

/**
 * What a board opens on: the process row and the people who take part in it (a participation
 * link to a step). Empty when the board has no steps, so the whole board is shown instead.
 * With `fits` (the flow area a window shows at the opening's smallest zoom), a process too long
 * for it opens on its beginning instead: the first steps in process order that fit, and the
 * people of those steps who fit with them (fitted whole, such a board is centred on empty space
 * between its ends, and a large map draws cards only in view).
 */
export function openingItems(board: Board, fits?: { width: number; height: number }): string[] {
  if (board.steps.length === 0) return [];
  const steps = new Set(board.steps.map((s) => s.id));
  const peopleOf = new Map<string, string[]>();
  for (const l of board.links) {
    if (!steps.has(l.target) || steps.has(l.source)) continue;
    const list = peopleOf.get(l.target);
    if (list) list.push(l.source);
    else peopleOf.set(l.target, [l.source]);
  }
  const people = new Set([...peopleOf.values()].flat());
  const all = [...steps, ...board.stakeholders.filter((s) => people.has(s.id)).map((s) => s.id)];
  if (!fits) return all;
  const where = new Map(
    [...board.steps, ...board.stakeholders].map((item) => [item.id, item.position]),
  );
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const grown = (id: string) => {
    const p = where.get(id)!;
    return {
      x0: Math.min(box.x0, p.x),
      y0: Math.min(box.y0, p.y),
      x1: Math.max(box.x1, p.x + ITEM.width),
      y1: Math.max(box.y1, p.y + ITEM.height),
    };
  };
  const within = (b: typeof box) => b.x1 - b.x0 <= fits.width && b.y1 - b.y0 <= fits.height;
  for (const id of all) Object.assign(box, grown(id));
  if (within(box)) return all;

  Object.assign(box, { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity });
  const chosen: string[] = [];
  const taken = new Set<string>();
  for (const step of columnOrder(board)) {
    const next = grown(step.id);
    if (chosen.length > 0 && !within(next)) break;
    Object.assign(box, next);
    chosen.push(step.id);
    for (const person of peopleOf.get(step.id) ?? []) {
      if (taken.has(person)) continue;
      const withPerson = grown(person);
      if (!within(withPerson)) continue;
      Object.assign(box, withPerson);
      taken.add(person);
      chosen.push(person);
    }
  }
  return chosen;
}
