/**
 * Auto-layout: elkjs (loaded on first use) places the steps left to right in process order;
 * departments and lone people are set in a row above, each near the steps its people take part
 * in, members stacked inside their frame. Nothing overlaps by construction.
 */
import type { Draft } from 'immer';
import { moveItems, updateGroup } from '../domain/commands';
import { columnOrder } from '../domain/order';
import type { Board, Point, Size } from '../domain/types';
import { PARTICIPATION_LINKS } from '../domain/types';
import { FALLBACK_SIZE } from './moves';

const STEP_SIZE: Size = { width: 180, height: 64 };
const GAP = 40;
const PAD = 20;
const TITLE = 40;
const ROWS = 3;
const LAYER_GAP = 70;

export interface LayoutPlan {
  moves: { id: string; position: Point }[];
  sizes: { id: string; size: Size }[];
}

interface Cluster {
  groupId?: string;
  people: string[];
  size: Size;
  want: number;
}

/** Steps with no process yet: one row in the order they were added (ELK would stack them). */
function stepsInRow(board: Board, sizeOf: (id: string) => Size | undefined) {
  let x = 0;
  return new Map(
    board.steps.map((s) => {
      const at = { x, y: 0 };
      x += (sizeOf(s.id) ?? STEP_SIZE).width + LAYER_GAP;
      return [s.id, at] as const;
    }),
  );
}

async function placeSteps(board: Board, sizeOf: (id: string) => Size | undefined) {
  const steps = columnOrder(board);
  const ids = new Set(steps.map((s) => s.id));
  const chained = board.links.some(
    (l) => l.type === 'next' && ids.has(l.source) && ids.has(l.target),
  );
  if (!chained) return stepsInRow(board, sizeOf);
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const graph = await new ELK().layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    },
    children: steps.map((s) => ({ id: s.id, ...(sizeOf(s.id) ?? STEP_SIZE) })),
    edges: board.links
      .filter((l) => l.type === 'next' && ids.has(l.source) && ids.has(l.target))
      .map((l) => ({ id: l.id, sources: [l.source], targets: [l.target] })),
  });
  return new Map((graph.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}

function clusters(
  board: Board,
  stepX: Map<string, number>,
  sizeOf: (id: string) => Size | undefined,
): Cluster[] {
  const participation = new Set<string>(PARTICIPATION_LINKS);
  const want = (people: string[]) => {
    const xs = board.links
      .filter((l) => participation.has(l.type) && people.includes(l.source))
      .map((l) => stepX.get(l.target))
      .filter((x): x is number => x !== undefined);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.MAX_SAFE_INTEGER;
  };
  const box = (people: string[], framed: boolean): Size => {
    if (!framed) return sizeOf(people[0]!) ?? FALLBACK_SIZE;
    const cols = Math.max(1, Math.ceil(people.length / ROWS));
    const w = Math.max(FALLBACK_SIZE.width, ...people.map((p) => sizeOf(p)?.width ?? 0));
    const h = Math.max(FALLBACK_SIZE.height, ...people.map((p) => sizeOf(p)?.height ?? 0));
    const rows = Math.min(ROWS, Math.max(1, people.length));
    return { width: cols * (w + PAD) + PAD, height: TITLE + rows * (h + PAD) };
  };
  const out: Cluster[] = board.groups.map((g) => {
    const people = board.stakeholders.filter((s) => s.groupId === g.id).map((s) => s.id);
    return {
      groupId: g.id,
      people,
      size: people.length ? box(people, true) : g.size,
      want: want(people),
    };
  });
  for (const s of board.stakeholders) {
    if (s.groupId === undefined)
      out.push({ people: [s.id], size: box([s.id], false), want: want([s.id]) });
  }
  return out.sort((a, b) => a.want - b.want);
}

/** Computes new positions (and frame sizes) for every map item of `board`. */
export async function computeLayout(
  board: Board,
  sizeOf: (id: string) => Size | undefined,
): Promise<LayoutPlan> {
  const steps = await placeSteps(board, sizeOf);
  const plan: LayoutPlan = { moves: [], sizes: [] };
  const top = 0;
  const stepX = new Map<string, number>();
  for (const [id, p] of steps) {
    plan.moves.push({ id, position: { x: Math.round(p.x), y: Math.round(top + p.y) } });
    stepX.set(id, p.x + (sizeOf(id) ?? STEP_SIZE).width / 2);
  }
  let cursor = -Infinity;
  for (const c of clusters(board, stepX, sizeOf)) {
    // Near the steps its people take part in, but never over the cluster before it.
    const desired = c.want === Number.MAX_SAFE_INTEGER ? null : c.want - c.size.width / 2;
    const x = Math.round(
      cursor === -Infinity ? (desired ?? 0) : Math.max(cursor, desired ?? cursor),
    );
    const y = top - 100 - c.size.height;
    cursor = x + c.size.width + GAP;
    if (c.groupId === undefined) {
      plan.moves.push({ id: c.people[0]!, position: { x, y } });
      continue;
    }
    plan.moves.push({ id: c.groupId, position: { x, y } });
    plan.sizes.push({ id: c.groupId, size: c.size });
    const cell = {
      w: Math.max(FALLBACK_SIZE.width, ...c.people.map((p) => sizeOf(p)?.width ?? 0)) + PAD,
      h: Math.max(FALLBACK_SIZE.height, ...c.people.map((p) => sizeOf(p)?.height ?? 0)) + PAD,
    };
    c.people.forEach((id, i) => {
      const col = Math.floor(i / ROWS);
      const row = i % ROWS;
      plan.moves.push({ id, position: { x: x + PAD + col * cell.w, y: y + TITLE + row * cell.h } });
    });
  }
  return plan;
}

/** Applies a layout plan inside one edit (one undo entry). */
export function applyLayout(d: Draft<Board>, plan: LayoutPlan): void {
  moveItems(d, plan.moves);
  for (const s of plan.sizes) updateGroup(d, s.id, { size: s.size });
}
