/**
 * Board -> React Flow adapter. Node and edge objects are reused while their domain item and
 * selection are unchanged, so React Flow skips them and their memoised components never re-render.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Board, BuyingStep, Group, Link, Stakeholder } from '../domain/types';
import { edgeDash, LINK_LOOKS, markerFor } from './linkStyles';

export type StakeholderNodeType = Node<{ item: Stakeholder }, 'stakeholder'>;
export type StepNodeType = Node<{ item: BuyingStep }, 'step'>;
export type DepartmentNodeType = Node<{ item: Group }, 'department'>;
export type MapNode = StakeholderNodeType | StepNodeType | DepartmentNodeType;
export type MapEdge = Edge<{ link: Link }>;

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function groupNode(g: Group, selected: boolean, prev: MapNode | undefined): MapNode {
  if (prev && prev.data.item === g && !!prev.selected === selected) return prev;
  return {
    id: g.id,
    type: 'department',
    position: g.position,
    data: { item: g },
    width: g.size.width,
    height: g.size.height,
    zIndex: -1,
    ariaLabel: g.label,
    selected,
    ...(prev?.measured ? { measured: prev.measured } : {}),
  };
}

function stepNode(s: BuyingStep, selected: boolean, prev: MapNode | undefined): MapNode {
  if (prev && prev.data.item === s && !!prev.selected === selected) return prev;
  return {
    id: s.id,
    type: 'step',
    position: s.position,
    data: { item: s },
    ariaLabel: s.label,
    selected,
    ...(prev?.measured ? { measured: prev.measured } : {}),
  };
}

function personNode(
  s: Stakeholder,
  group: Group | undefined,
  selected: boolean,
  prev: MapNode | undefined,
): MapNode {
  // Domain positions are absolute; React Flow wants children relative to their frame.
  const position = group
    ? { x: s.position.x - group.position.x, y: s.position.y - group.position.y }
    : s.position;
  // Compared by value: React Flow hands back copies of nodes it changed (measured, selected).
  const samePlace =
    prev !== undefined &&
    prev.parentId === group?.id &&
    prev.position.x === position.x &&
    prev.position.y === position.y;
  if (prev && prev.data.item === s && !!prev.selected === selected && samePlace) return prev;
  const node: MapNode = {
    id: s.id,
    type: 'stakeholder',
    position,
    data: { item: s },
    ariaLabel: s.title ? `${s.name} · ${s.title}` : s.name,
    selected,
    ...(group ? { parentId: group.id } : {}),
    ...(prev?.measured ? { measured: prev.measured } : {}),
  };
  return node;
}

/**
 * The nodes for `board`, reusing objects of `prev` (React Flow's own, with `measured`) where the
 * item did not change. Frames come first: React Flow needs parents before their children.
 * Returns `prev` itself when nothing changed.
 */
export function syncNodes(
  prev: readonly MapNode[],
  board: Board,
  selected: ReadonlySet<string>,
): MapNode[] {
  const before = new Map(prev.map((n) => [n.id, n]));
  const groups = new Map(board.groups.map((g) => [g.id, g]));
  const next: MapNode[] = [];
  for (const g of board.groups) next.push(groupNode(g, selected.has(g.id), before.get(g.id)));
  for (const s of board.steps) next.push(stepNode(s, selected.has(s.id), before.get(s.id)));
  for (const s of board.stakeholders) {
    const group = s.groupId === undefined ? undefined : groups.get(s.groupId);
    next.push(personNode(s, group, selected.has(s.id), before.get(s.id)));
  }
  return sameArray(prev, next) ? (prev as MapNode[]) : next;
}

function linkEdge(
  l: Link,
  selected: boolean,
  prev: MapEdge | undefined,
  ariaLabel: string,
): MapEdge {
  if (prev && prev.data?.link === l && !!prev.selected === selected && prev.ariaLabel === ariaLabel)
    return prev;
  const look = LINK_LOOKS[l.type];
  const reversed = look.reversed === true;
  const edge: MapEdge = {
    id: l.id,
    source: reversed ? l.target : l.source,
    target: reversed ? l.source : l.target,
    sourceHandle: 'out',
    targetHandle:
      l.type === 'next'
        ? 'in'
        : l.type === 'reports-to' || l.type === 'influences'
          ? 'in'
          : 'people',
    type: look.edgeType,
    data: { link: l },
    selected,
    className: `ka-edge ka-edge-${l.type}`,
    ariaLabel,
    style: { stroke: look.color, strokeWidth: look.width, strokeDasharray: edgeDash(l.type) },
    ...(reversed ? { markerStart: markerFor(l.type) } : { markerEnd: markerFor(l.type) }),
  };
  if (l.label) {
    edge.label = l.label;
    edge.labelBgPadding = [4, 2];
    edge.labelStyle = { fill: look.color, fontSize: 12, fontWeight: 600 };
  }
  return edge;
}

/** The edges for `board` (one per link), reusing unchanged edge objects of `prev`. */
export function syncEdges(
  prev: readonly MapEdge[],
  board: Board,
  selected: ReadonlySet<string>,
): MapEdge[] {
  const before = new Map(prev.map((e) => [e.id, e]));
  const names = new Map<string, string>();
  for (const s of board.stakeholders) names.set(s.id, s.name);
  for (const s of board.steps) names.set(s.id, s.label);
  // Names, not ids, for screen readers; the link type is told by the legend and the inspector.
  const label = (l: Link) =>
    `${names.get(l.source) ?? l.source} → ${names.get(l.target) ?? l.target}${l.label ? ` (${l.label})` : ''}`;
  const next = board.links.map((l) => linkEdge(l, selected.has(l.id), before.get(l.id), label(l)));
  return sameArray(prev, next) ? (prev as MapEdge[]) : next;
}
