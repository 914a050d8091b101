import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import './canvas.css';
import { openingItems } from '../domain/bounds';
import type { Board } from '../domain/types';
import { CARD_DETAIL_MIN_ZOOM } from '../look/cardDetail';
import { FIT, FlowCanvas, MAX_ZOOM, MIN_ZOOM } from './FlowCanvas';

/**
 * How a board opens: fitted on the process row and its people, never below the zoom where card
 * text is readable (the whole map is the fit-view control away).
 */
function openingFit(board: Board | null) {
  // The flow area the canvas shows at the smallest opening zoom (the window less the palette,
  // the side panel and the header, about; less the fit's padding): a map opens on the beginning
  // of a process too long for it. Fitted whole at that zoom, it showed the middle of the box
  // around its row and people: on a long process, links and no card.
  const fits =
    typeof window === 'undefined'
      ? undefined
      : {
          width:
            (Math.max(320, window.innerWidth - 540) * (1 - FIT.padding)) / CARD_DETAIL_MIN_ZOOM,
          height:
            (Math.max(240, window.innerHeight - 60) * (1 - FIT.padding)) / CARD_DETAIL_MIN_ZOOM,
        };
  const ids = board ? openingItems(board, fits) : [];
  return {
    ...FIT,
    minZoom: CARD_DETAIL_MIN_ZOOM,
    ...(ids.length > 0 ? { nodes: ids.map((id) => ({ id })) } : {}),
  };
}
import { useFlowState } from './useFlowState';

/**
 * The buying map: the client's stakeholders, buying steps, departments and links. React Flow's
 * store starts with the board's nodes and edges, so the first render draws them (given only as
 * props, they would reach the store in an effect: a second render, after a frame of an empty map).
 */
export function MapView() {
  const board = useDocumentStore((s) => s.board);
  const selection = useSessionStore((s) => s.selection);
  const flow = useFlowState(board, selection);
  const [opening] = useState(() => ({
    // Fit only a board that had items when opened: fitting on the first drop would jump the view.
    fit: (board?.steps.length ?? 0) + (board?.stakeholders.length ?? 0) > 0,
    fitOptions: openingFit(board),
    nodes: flow.nodes,
    edges: flow.edges,
  }));
  return (
    <ReactFlowProvider
      initialNodes={opening.nodes}
      initialEdges={opening.edges}
      fitView={opening.fit}
      initialFitViewOptions={opening.fitOptions}
      initialMinZoom={MIN_ZOOM}
      initialMaxZoom={MAX_ZOOM}
    >
      <FlowCanvas
        board={board}
        flow={flow}
        fitOnOpen={opening.fit}
        fitOptions={opening.fitOptions}
      />
    </ReactFlowProvider>
  );
}
