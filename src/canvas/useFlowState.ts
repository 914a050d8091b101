import {
  applyEdgeChanges,
  applyNodeChanges,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { Board } from '../domain/types';
import { useSessionStore } from '../store/sessionStore';
import { useLayersStore } from '../workshop/layersStore';
import { coverageEdges, isCoverageEdge, teamNodes, type TeamNodeType } from './coverage';
import { estimateOffscreen, isLargeMap } from './offscreenNodes';
import { syncEdges, syncNodes, type MapEdge, type MapNode } from './toFlow';

/** React Flow's nodes and edges for a board, and how the map's changes go back to them. */
export interface FlowState {
  nodes: MapNode[];
  edges: MapEdge[];
  onNodesChange: (changes: NodeChange<MapNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<MapEdge>[]) => void;
  /** A large map draws only the items in view (its cards off screen have estimated sizes). */
  large: boolean;
}

interface Derived {
  board: Board | null;
  selection: readonly string[];
  coverage: boolean;
  nodes: MapNode[];
  edges: MapEdge[];
}

const EMPTY = new Set<string>();

/**
 * React Flow selection -> session selection, from the user's own `select` changes only. The
 * controlled nodes carry the session's selection back; listening to `onSelectionChange` instead
 * echoes React Flow's one-render-late view and ping-pongs when the map mounts with a selection.
 */
function syncSelection(changes: readonly (NodeChange | EdgeChange)[]): void {
  let touched = false;
  const session = useSessionStore.getState();
  const next = new Set(session.selection);
  for (const c of changes) {
    if (c.type !== 'select') continue;
    touched = true;
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  const same =
    next.size === session.selection.length && session.selection.every((id) => next.has(id));
  if (touched && !same) session.select([...next]);
}

function derive(
  prev: Derived,
  board: Board | null,
  selection: readonly string[],
  coverage: boolean,
): Derived {
  const selected = selection.length ? new Set(selection) : EMPTY;
  if (!board) return { board, selection, coverage, nodes: [], edges: [] };
  if (!coverage && !prev.coverage) {
    return {
      board,
      selection,
      coverage,
      nodes: syncNodes(prev.nodes, board, selected),
      edges: syncEdges(prev.edges, board, selected),
    };
  }
  // The coverage layer (team lane and lines) goes after the board's own nodes and edges.
  const nodes = syncNodes(
    prev.nodes.filter((n) => n.type !== 'team'),
    board,
    selected,
  );
  const edges = syncEdges(
    prev.edges.filter((e) => !isCoverageEdge(e)),
    board,
    selected,
  );
  if (!coverage) return { board, selection, coverage, nodes, edges };
  const team = new Map(
    prev.nodes.filter((n): n is TeamNodeType => n.type === 'team').map((n) => [n.id, n]),
  );
  const lines = new Map(prev.edges.filter(isCoverageEdge).map((e) => [e.id, e]));
  return {
    board,
    selection,
    coverage,
    nodes: [...nodes, ...teamNodes(board, team)],
    edges: [...edges, ...coverageEdges(board, lines)],
  };
}

/**
 * React Flow's nodes and edges, kept locally: per-frame changes (drag, measure, select) are
 * applied with applyNodeChanges to this state only; the document changes once per gesture and
 * is merged back here, keeping every untouched node object.
 */
export function useFlowState(board: Board | null, selection: readonly string[]): FlowState {
  const coverage = useLayersStore((s) => s.coverage);
  // Decided once, when the map opens: whether it draws only what is in view.
  const [[first, large]] = useState(() => {
    const d = derive(
      { board: null, selection: [], coverage: false, nodes: [], edges: [] },
      board,
      selection,
      coverage,
    );
    const big = isLargeMap(board);
    return [big ? { ...d, nodes: estimateOffscreen(d.nodes) } : d, big] as const;
  });
  const [state, setState] = useState<Derived>(first);
  let current = state;
  if (state.board !== board || state.selection !== selection || state.coverage !== coverage) {
    // Adjusting state while rendering (React's documented pattern) avoids a frame of stale nodes.
    current = derive(state, board, selection, coverage);
    if (large) current = { ...current, nodes: estimateOffscreen(current.nodes) };
    setState(current);
  }
  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      setState((s) => {
        const nodes = applyNodeChanges(changes, s.nodes);
        return { ...s, nodes: large ? estimateOffscreen(nodes) : nodes };
      });
      syncSelection(changes);
    },
    [large],
  );
  const onEdgesChange = useCallback((changes: EdgeChange<MapEdge>[]) => {
    setState((s) => ({ ...s, edges: applyEdgeChanges(changes, s.edges) }));
    syncSelection(changes);
  }, []);
  return { nodes: current.nodes, edges: current.edges, onNodesChange, onEdgesChange, large };
}
