import type { Board, BuyingStep } from './types';

/** Tie order of docs/domain.md §5: smallest x, then y, then id in plain string order. */
function compareSteps(a: BuyingStep, b: BuyingStep): number {
  if (a.position.x !== b.position.x) return a.position.x - b.position.x;
  if (a.position.y !== b.position.y) return a.position.y - b.position.y;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Minimal binary heap ordered by compareSteps, so picking a ready step is O(log n). */
class StepHeap {
  private readonly items: BuyingStep[] = [];

  get size(): number {
    return this.items.length;
  }

  push(step: BuyingStep): void {
    const items = this.items;
    items.push(step);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compareSteps(items[parent]!, items[i]!) <= 0) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  pop(): BuyingStep | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < items.length && compareSteps(items[l]!, items[min]!) < 0) min = l;
      if (r < items.length && compareSteps(items[r]!, items[min]!) < 0) min = r;
      if (min === i) break;
      [items[min], items[i]] = [items[i]!, items[min]!];
      i = min;
    }
    return top;
  }
}

/**
 * Column order of the swimlane (docs/domain.md §5): Kahn's algorithm over `next` links, ties broken
 * by x, y, id. A rework loop leaves steps that never become ready; then the first remaining
 * step in tie order is placed as if it were ready. Runs in O((steps + links) log steps).
 */
export function columnOrder(board: Board): BuyingStep[] {
  const byId = new Map<string, BuyingStep>();
  for (const step of board.steps) byId.set(step.id, step);

  const indegree = new Map<string, number>();
  const successors = new Map<string, string[]>();
  for (const link of board.links) {
    if (link.type !== 'next' || !byId.has(link.source) || !byId.has(link.target)) continue;
    indegree.set(link.target, (indegree.get(link.target) ?? 0) + 1);
    const out = successors.get(link.source);
    if (out) out.push(link.target);
    else successors.set(link.source, [link.target]);
  }

  const ready = new StepHeap();
  for (const step of byId.values()) if (!indegree.get(step.id)) ready.push(step);

  // Fallback list for loops: all steps in tie order, scanned once with a moving cursor.
  const sorted = [...byId.values()].sort(compareSteps);
  let cursor = 0;
  const placed = new Set<string>();
  const order: BuyingStep[] = [];

  while (order.length < byId.size) {
    let next = ready.pop();
    while (next && placed.has(next.id)) next = ready.pop();
    if (!next) {
      while (placed.has(sorted[cursor]!.id)) cursor++;
      next = sorted[cursor]!;
    }
    placed.add(next.id);
    order.push(next);
    for (const target of successors.get(next.id) ?? []) {
      const left = (indegree.get(target) ?? 0) - 1;
      indegree.set(target, left);
      if (left === 0 && !placed.has(target)) ready.push(byId.get(target)!);
    }
  }
  return order;
}

/**
 * The `next` links that go back in process order (rework loops), which the map and its image draw
 * round the row of steps.
 */
export function backLinks(board: Board): Set<string> {
  const out = new Set<string>();
  if (!board.links.some((l) => l.type === 'next')) return out;
  const index = new Map(columnOrder(board).map((s, i) => [s.id, i]));
  for (const l of board.links) {
    if (l.type !== 'next') continue;
    const from = index.get(l.source);
    const to = index.get(l.target);
    if (from !== undefined && to !== undefined && to <= from) out.add(l.id);
  }
  return out;
}
