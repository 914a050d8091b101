import {
  applyEdgeChanges,
  applyNodeChanges,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { Board } from '../domain/types';
import { useSessionStore } from '../store/sessionStore';
import { syncEdges, syncNodes, type MapEdge, type MapNode } from './toFlow';

interface FlowState {
  board: Board | null;
  selection: readonly string[];
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

function derive(prev: FlowState, board: Board | null, selection: readonly string[]): FlowState {
  const selected = selection.length ? new Set(selection) : EMPTY;
  if (!board) return { board, selection, nodes: [], edges: [] };
  return {
    board,
    selection,
    nodes: syncNodes(prev.nodes, board, selected),
    edges: syncEdges(prev.edges, board, selected),
  };
}

/**
 * React Flow's nodes and edges, kept locally: per-frame changes (drag, measure, select) are
 * applied with applyNodeChanges to this state only; the document changes once per gesture and
 * is merged back here, keeping every untouched node object.
 */
export function useFlowState(board: Board | null, selection: readonly string[]) {
  const [state, setState] = useState<FlowState>(() =>
    derive({ board: null, selection: [], nodes: [], edges: [] }, board, selection),
  );
  let current = state;
  if (state.board !== board || state.selection !== selection) {
    // Adjusting state while rendering (React's documented pattern) avoids a frame of stale nodes.
    current = derive(state, board, selection);
    setState(current);
  }
  const onNodesChange = useCallback((changes: NodeChange<MapNode>[]) => {
    setState((s) => ({ ...s, nodes: applyNodeChanges(changes, s.nodes) }));
    syncSelection(changes);
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<MapEdge>[]) => {
    setState((s) => ({ ...s, edges: applyEdgeChanges(changes, s.edges) }));
    syncSelection(changes);
  }, []);
  return { nodes: current.nodes, edges: current.edges, onNodesChange, onEdgesChange };
}
