import { Position, type NodeHandle } from '@xyflow/react';
import { detailsHeight } from '../look/cardDetail';
import type { Board } from '../domain/types';
import type { MapNode } from './toFlow';

/**
 * From this many nodes or edges, the map draws only the items in view (React Flow's
 * `onlyRenderVisibleElements`). A board at the limits (4,500 nodes, 10,000 links) rendered,
 * laid out and measured every card on open and on every return from the swimlane (15 s, with
 * 6 s without a frame), to show the hundred or so in the window.
 */
export const LARGE_MAP = { nodes: 1500, edges: 3000 };

export function isLargeMap(board: Board | null): boolean {
  if (!board) return false;
  const { stakeholders, steps, groups, notes, links } = board;
  const nodes = stakeholders.length + steps.length + groups.length + notes.length;
  return nodes >= LARGE_MAP.nodes || links.length >= LARGE_MAP.edges;
}

/** The sizes `measured` is estimated with (from canvas.css). */
const PERSON_WIDTH = 200;
/** Padding 2 × 5 px, borders 2 × 1.5 px and the name's line (13 px × 1.25). */
const PERSON_FRAME = 10 + 3 + 13 * 1.25;
const STEP = { width: 190, height: 62 };
const NOTE = { width: 180, height: 90 };
const TEAM = { width: 200, height: 60 };
const HANDLE = 10;

function handle(
  id: string,
  type: 'source' | 'target',
  position: Position,
  w: number,
  h: number,
): NodeHandle {
  const half = HANDLE / 2;
  const at = {
    [Position.Top]: { x: w / 2 - half, y: -half },
    [Position.Bottom]: { x: w / 2 - half, y: h - half },
    [Position.Left]: { x: -half, y: h / 2 - half },
    [Position.Right]: { x: w - half, y: h / 2 - half },
  }[position];
  return { id, type, position, width: HANDLE, height: HANDLE, ...at };
}

/** About the size a card will have on screen, and where its handles will be. */
function estimate(node: MapNode): { width: number; height: number; handles: NodeHandle[] } {
  let width: number;
  let height: number;
  const handles: [string, 'source' | 'target', Position][] = [];
  switch (node.type) {
    case 'stakeholder': {
      const s = node.data.item;
      width = PERSON_WIDTH;
      // Role labels are about as wide as their ids; only the line count matters here.
      height =
        PERSON_FRAME +
        detailsHeight({ hasTitle: !!s.title, roleLabels: s.roles, stance: s.stance });
      handles.push(['in', 'target', Position.Top], ['out', 'source', Position.Bottom]);
      break;
    }
    case 'step':
      ({ width, height } = STEP);
      handles.push(
        ['in', 'target', Position.Left],
        ['people', 'target', Position.Top],
        ['out', 'source', Position.Right],
      );
      break;
    case 'department':
      width = node.data.item.size.width;
      height = node.data.item.size.height;
      handles.push(['attach', 'target', Position.Top]);
      break;
    case 'note':
      ({ width, height } = NOTE);
      handles.push(['attach', 'source', Position.Bottom]);
      break;
    default:
      ({ width, height } = TEAM);
      handles.push(['out', 'source', Position.Right]);
  }
  return {
    width,
    height,
    handles: handles.map(([id, type, position]) => handle(id, type, position, width, height)),
  };
}

/** The `measured` objects this module made up (React Flow replaces them once it measures). */
const ESTIMATED = new WeakSet<object>();

/**
 * The nodes of a large map, each not yet measured given an estimated size and handles: React
 * Flow draws every node it knows no handles of, so without them `onlyRenderVisibleElements`
 * would still render the whole board once to measure it; and it fits the view only once every
 * node has a size. A node React Flow measured (it came into view) drops the estimated handles,
 * so its real ones count from then on. Unchanged nodes (and an unchanged array) are kept.
 */
export function estimateOffscreen(nodes: MapNode[]): MapNode[] {
  let out: MapNode[] | null = null;
  nodes.forEach((node, i) => {
    let next = node;
    if (!node.measured?.width || !node.measured.height) {
      const { width, height, handles } = estimate(node);
      const measured = { width, height };
      ESTIMATED.add(measured);
      next = { ...node, measured, handles } as MapNode;
    } else if (node.handles && !ESTIMATED.has(node.measured)) {
      next = { ...node } as MapNode;
      delete next.handles;
    }
    if (next !== node) {
      out ??= nodes.slice();
      out[i] = next;
    }
  });
  return out ?? nodes;
}
