/** Finding an empty place on the map for a new item: near a wanted point, clear of everything. */
import type { Board, Point, Size } from '../domain/types';
import { PERSON_BOX, STEP_BOX } from '../domain/placement';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept free around a new item, so it does not touch its neighbours. */
const MARGIN = 20;
/** Candidate spots are tried on this grid (the map snaps to 10). */
const STEP = 20;
/** How far from the wanted point the search goes before it gives up. */
const REACH = 3000;

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of every item on the map; `sizeOf` gives the drawn size where it is known. */
export function itemRects(board: Board, sizeOf: (id: string) => Size | undefined): Rect[] {
  return [
    ...board.groups.map((g) => ({ ...g.position, ...g.size })),
    ...board.steps.map((s) => ({ ...s.position, ...(sizeOf(s.id) ?? STEP_BOX) })),
    ...board.stakeholders.map((s) => ({ ...s.position, ...(sizeOf(s.id) ?? PERSON_BOX) })),
  ];
}

/**
 * The top-left of the free place for a box of `size` nearest to `want` (the top-left it would
 * ideally have): it overlaps no rect of `taken` (items and screen furniture such as the minimap,
 * already in map coordinates), keeping a margin. Spots inside `view` win over spots outside it.
 */
export function freeSpot(want: Point, size: Size, taken: readonly Rect[], view?: Rect): Point {
  const grown = taken.map((r) => ({
    x: r.x - MARGIN,
    y: r.y - MARGIN,
    width: r.width + 2 * MARGIN,
    height: r.height + 2 * MARGIN,
  }));
  const free = (p: Point) => !grown.some((r) => overlaps(r, { ...p, ...size }));
  // Kept a margin inside the view's edges too, so a new item is seen whole.
  const inView = (p: Point) =>
    !view ||
    (p.x >= view.x + MARGIN &&
      p.y >= view.y + MARGIN &&
      p.x + size.width <= view.x + view.width - MARGIN &&
      p.y + size.height <= view.y + view.height - MARGIN);
  let outside: Point | null = null;
  // Rings of growing radius around `want`, each visited nearest-first.
  for (let r = 0; r <= REACH; r += STEP) {
    const ring = squareRing(want, r);
    ring.sort((a, b) => dist(a, want) - dist(b, want));
    for (const p of ring) {
      if (!free(p)) continue;
      if (inView(p)) return p;
      outside ??= p;
    }
    // A free spot outside the view is taken once the view has been searched in full.
    if (outside && view && r > Math.max(view.width, view.height)) return outside;
  }
  return outside ?? want;
}

/** The grid points on the square of half-side `r` around `c`. */
function squareRing(c: Point, r: number): Point[] {
  if (r === 0) return [{ ...c }];
  const out: Point[] = [];
  for (let d = -r; d < r; d += STEP) {
    out.push({ x: c.x + d, y: c.y - r }, { x: c.x + r, y: c.y + d });
    out.push({ x: c.x - d, y: c.y + r }, { x: c.x - r, y: c.y - d });
  }
  return out;
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
