/**
 * Board -> React Flow adapter. Node and edge objects are reused while their domain item and
 * selection are unchanged, so React Flow skips them and their memoised components never re-render.
 * Every card and link says `focusable: false` itself (the map is one tab stop, useRovingFocus.ts).
 */
import type { Edge, Node } from '@xyflow/react';
import { backLinks } from '../domain/order';
import type {
  Board,
  BuyingStep,
  Group,
  Link,
  Stakeholder,
  StickyNote,
  TeamMember,
} from '../domain/types';
import { LINK_LOOKS, markerFor } from '../look/linkStyles';

export type StakeholderNodeType = Node<{ item: Stakeholder }, 'stakeholder'>;
export type StepNodeType = Node<{ item: BuyingStep }, 'step'>;
export type DepartmentNodeType = Node<{ item: Group }, 'department'>;
export type NoteNodeType = Node<{ item: StickyNote }, 'note'>;
export type MapNode =
  StakeholderNodeType | StepNodeType | DepartmentNodeType | NoteNodeType | TeamNodeType;
/** A link's edge carries its link; a note's dotted line to its item carries the note's id. */
export type MapEdge = Edge<{ link?: Link; attachedNote?: string }>;
/** A member of our team in the coverage lane (coverage.ts draws it). */
export type TeamNodeType = Node<{ item: TeamMember; owned: number }, 'team'>;

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
    focusable: false,
    selected,
    ...(prev?.measured ? { measured: prev.measured } : {}),
  };
}

function stepNode(s: BuyingStep, selected: boolean, prev: MapNode | undefined): MapNode {
  if (prev && prev.data.item === s && !!prev.selected === selected) return prev;
  return {
    id: s.id,
    type: 'step',
    // The card is React Flow's node element itself (no wrapper inside it).
    className: `ka-node ka-step kind-${s.kind}`,
    position: s.position,
    data: { item: s },
    ariaLabel: s.label,
    focusable: false,
    selected,
    ...(prev?.measured ? { measured: prev.measured } : {}),
  };
}

function noteNode(n: StickyNote, selected: boolean, prev: MapNode | undefined): MapNode {
  if (prev && prev.data.item === n && !!prev.selected === selected) return prev;
  return {
    id: n.id,
    type: 'note',
    position: n.position,
    data: { item: n },
    ariaLabel: n.text.slice(0, 80),
    focusable: false,
    selected,
    zIndex: 1,
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
    // The card is React Flow's node element itself (no wrapper inside it).
    className: `ka-node ka-person stance-${s.stance}`,
    position,
    data: { item: s },
    ariaLabel: s.title ? `${s.name} · ${s.title}` : s.name,
    focusable: false,
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
  for (const n of board.notes) next.push(noteNode(n, selected.has(n.id), before.get(n.id)));
  return sameArray(prev, next) ? (prev as MapNode[]) : next;
}

function linkEdge(
  l: Link,
  selected: boolean,
  prev: MapEdge | undefined,
  ariaLabel: string,
  loop: boolean,
): MapEdge {
  const look = LINK_LOOKS[l.type];
  const type = loop ? 'loop' : look.edgeType;
  if (
    prev &&
    prev.data?.link === l &&
    !!prev.selected === selected &&
    prev.ariaLabel === ariaLabel &&
    prev.type === type
  )
    return prev;
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
    type,
    data: { link: l },
    selected,
    className: `ka-edge ka-edge-${l.type}`,
    ariaLabel,
    focusable: false,
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
  const back = backLinks(board);
  const next = board.links.map((l) =>
    linkEdge(l, selected.has(l.id), before.get(l.id), label(l), back.has(l.id)),
  );
  next.push(...noteEdges(board, before));
  return sameArray(prev, next) ? (prev as MapEdge[]) : next;
}

/** The id of the dotted line from a note to the item it is attached to. */
export const noteEdgeId = (noteId: string) => `note-link:${noteId}`;

/** Where the dotted line of a note ends on each kind of item (an existing or hidden handle). */
const ATTACH_HANDLE = { stakeholder: 'in', step: 'people', department: 'attach' } as const;

/**
 * A dotted line from each attached note to its item. Derived, never stored as a link: not
 * selectable, focusable or deletable, and hidden with the notes layer (class `ka-note-link`).
 */
export function noteEdges(board: Board, before: ReadonlyMap<string, MapEdge>): MapEdge[] {
  if (!board.notes.some((n) => n.attachedTo !== undefined)) return [];
  const kinds = new Map<string, keyof typeof ATTACH_HANDLE>();
  for (const s of board.stakeholders) kinds.set(s.id, 'stakeholder');
  for (const s of board.steps) kinds.set(s.id, 'step');
  for (const g of board.groups) kinds.set(g.id, 'department');
  const out: MapEdge[] = [];
  for (const n of board.notes) {
    const kind = n.attachedTo === undefined ? undefined : kinds.get(n.attachedTo);
    if (kind === undefined || n.attachedTo === undefined) continue;
    const id = noteEdgeId(n.id);
    const prev = before.get(id);
    if (prev && prev.target === n.attachedTo) {
      out.push(prev);
      continue;
    }
    out.push({
      id,
      source: n.id,
      target: n.attachedTo,
      sourceHandle: 'attach',
      targetHandle: ATTACH_HANDLE[kind],
      type: 'straight',
      data: { attachedNote: n.id },
      selectable: false,
      focusable: false,
      deletable: false,
      interactionWidth: 0,
      className: 'ka-note-link',
      style: { stroke: '#7b8794', strokeWidth: 1.5, strokeDasharray: '2 5' },
    });
  }
  return out;
}
