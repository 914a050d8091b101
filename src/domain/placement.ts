/** Where new or re-filed items go on the map, so they never land on top of another item. */
import type { Board, Group, Point, Size } from './types';

/** Typical node sizes (the real ones are only known to React Flow once drawn). */
export const PERSON_BOX: Size = { width: 200, height: 120 };
export const STEP_BOX: Size = { width: 190, height: 70 };

const PAD = 20;
const TITLE = 40;
const GAP = 20;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function boxes(board: Board, skip: string): (Rect & { id: string; kind: 'group' | 'node' })[] {
  return [
    ...board.groups.map((g) => ({ id: g.id, kind: 'group' as const, ...g.position, ...g.size })),
    ...board.steps.map((s) => ({ id: s.id, kind: 'node' as const, ...s.position, ...STEP_BOX })),
    ...board.stakeholders.map((s) => ({
      id: s.id,
      kind: 'node' as const,
      ...s.position,
      ...PERSON_BOX,
    })),
  ].filter((b) => b.id !== skip);
}

/**
 * A place for stakeholder `personId` inside frame `group`: where it is when it already sits
 * inside without covering anyone, else the first free slot of a grid, growing the frame by a row
 * when every slot is taken. Returns the position and, when it had to grow, the frame's new size.
 */
export function slotInFrame(
  board: Board,
  personId: string,
  group: Group,
): { position: Point; size?: Size } {
  const others = boxes(board, personId).filter((b) => b.kind === 'node');
  const free = (r: Rect) => !others.some((o) => overlaps(o, r));
  const g = { ...group.position, ...group.size };
  const current = board.stakeholders.find((s) => s.id === personId)?.position;
  if (current) {
    const r = { ...current, ...PERSON_BOX };
    const within =
      r.x >= g.x &&
      r.y >= g.y + TITLE / 2 &&
      r.x + r.width <= g.x + g.width &&
      r.y + r.height <= g.y + g.height;
    if (within && free(r)) return { position: current };
  }
  const cols = Math.max(1, Math.floor((g.width - PAD + GAP) / (PERSON_BOX.width + GAP)));
  for (let row = 0; row < 50; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      const r = {
        x: g.x + PAD + col * (PERSON_BOX.width + GAP),
        y: g.y + TITLE + row * (PERSON_BOX.height + GAP),
        ...PERSON_BOX,
      };
      if (!free(r)) continue;
      const width = Math.max(g.width, r.x + r.width + PAD - g.x);
      const height = Math.max(g.height, r.y + r.height + PAD - g.y);
      const grown = width !== g.width || height !== g.height;
      return { position: { x: r.x, y: r.y }, ...(grown ? { size: { width, height } } : {}) };
    }
  }
  return { position: { x: g.x + PAD, y: g.y + TITLE } };
}

/**
 * A place for stakeholder `personId` just outside frame `group`, on the first free side (left,
 * right, below, above); it stays where it is when it is already outside.
 */
export function spotOutside(board: Board, personId: string, group: Group): Point {
  const person = board.stakeholders.find((s) => s.id === personId);
  const at = person?.position ?? group.position;
  const g = { ...group.position, ...group.size };
  const cx = at.x + PERSON_BOX.width / 2;
  const cy = at.y + PERSON_BOX.height / 2;
  if (cx < g.x || cx > g.x + g.width || cy < g.y || cy > g.y + g.height) return at;
  const { width: w, height: h } = PERSON_BOX;
  const candidates: Point[] = [
    { x: g.x - GAP - w, y: at.y },
    { x: g.x + g.width + GAP, y: at.y },
    { x: at.x, y: g.y + g.height + GAP },
    { x: at.x, y: g.y - GAP - h },
  ];
  const others = boxes(board, personId);
  return (
    candidates.find((c) => !others.some((o) => overlaps(o, { ...c, ...PERSON_BOX }))) ??
    candidates[0]!
  );
}
