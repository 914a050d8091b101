import {
  Background,
  BackgroundVariant,
  Controls,
  Panel,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  type OnNodeDrag,
  type FitViewOptions,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { isTyping } from '../ui/isTyping';
import { useTranslation } from 'react-i18next';
import type { Board, Point, Size } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { LayersMenu } from '../workshop/LayersMenu';
import { useLayersStore } from '../workshop/layersStore';
import { MapViewStyle } from '../workshop/MapViewStyle';
import { PresentButton } from '../workshop/PresentButton';
import { AddNoteButton } from './AddNoteButton';
import { AutoLayoutButton } from './AutoLayoutButton';
import { ConnectOverlay } from './ConnectOverlay';
import { CoverageFit, CoverageHandles } from './CoverageFit';
import { FindBox } from './FindBox';
import { LaterMiniMap } from './LaterMiniMap';
import { Legend } from './Legend';
import { LinkMarkers } from './LinkMarkers';
import { LivePresence, usePresenceHandlers } from './LivePresence';
import { edgeTypes } from './edges/edgeTypes';
import { applyMovePlan, planMoves } from './moves';
import { nodeTypes } from './nodes/nodeTypes';
import { NodeTextContext, type NodeT } from './nodes/nodeText';
import { useCachedTranslation } from '../i18n/cachedT';
import { Palette } from './Palette';
import { PALETTE_MIME, type PaletteItem } from './presets';
import type { MapEdge, MapNode } from './toFlow';
import { useAddItem } from './useAddItem';
import { useCanvasKeys } from './useCanvasKeys';
import { useConnect } from './useConnect';
import type { FlowState } from './useFlowState';
import { useFlowAriaLabels } from './useFlowAriaLabels';
import { useRovingFocus } from './useRovingFocus';
import { useFocusRequest } from './useFocusRequest';
import { useLinkDetail } from './useLinkDetail';
import { CardsFarContext, useCardDetail, useOpeningZoom } from './useCardDetail';
import { boardBounds } from '../domain/bounds';
import { usePhone } from '../shared/useMediaQuery';
import { ZoomIndicator } from './ZoomIndicator';

const SNAP: [number, number] = [10, 10];
const PAN_BUTTONS = [1, 2];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
export const FIT = { padding: 0.12 };
export const MIN_ZOOM = 0.15;
export const MAX_ZOOM = 2;

interface FlowCanvasProps {
  board: Board | null;
  /** React Flow's nodes and edges for the board (`useFlowState`). */
  flow: FlowState;
  /** Whether the board had items when opened: it is then fitted to view once measured. */
  fitOnOpen: boolean;
  /** How that first fit is made (which items, how far out at most). */
  fitOptions?: FitViewOptions;
}

/** The map: palette on the left, the React Flow canvas, legend and overlays. */
export function FlowCanvas({ board, flow, fitOnOpen, fitOptions = FIT }: FlowCanvasProps) {
  const { t } = useTranslation('canvas');
  // The nodes' translations, looked up once per key and language (see cachedT).
  const nodeT: NodeT = useCachedTranslation(['canvas', 'domain']).t;
  const { nodes, edges, onNodesChange, onEdgesChange } = flow;
  const { getInternalNode, fitView, setCenter, getZoom } = useReactFlow<MapNode, MapEdge>();
  // Shift+1 shows the whole map (the board opens on its process row, readable).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.shiftKey || e.code !== 'Digit1' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target)) return;
      e.preventDefault();
      void fitView({ ...FIT, duration: 200 });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [fitView]);
  const wrapper = useRef<HTMLDivElement>(null);
  const connect = useConnect();
  const add = useAddItem(wrapper);
  // On a phone the map is for reading: pan, zoom and select; editing is in the outline, the
  // swimlane and the side panel.
  const viewOnly = usePhone();
  useCanvasKeys(viewOnly);
  useFocusRequest();
  const ariaLabels = useFlowAriaLabels();
  const presence = usePresenceHandlers();

  const onNodeDragStart = useCallback(() => {
    const { setDragging } = useLayersStore.getState();
    setDragging(true);
    // React Flow drops a drag without a stop on multi-touch: the pointer's release ends it too.
    const end = () => {
      setDragging(false);
      window.removeEventListener('pointerup', end, true);
      window.removeEventListener('pointercancel', end, true);
    };
    window.addEventListener('pointerup', end, true);
    window.addEventListener('pointercancel', end, true);
  }, []);
  const onNodeDragStop = useCallback<OnNodeDrag<MapNode>>(
    (_event, _node, dragged) => {
      useLayersStore.getState().setDragging(false);
      const current = useDocumentStore.getState().board;
      if (!current) return;
      const moved = new Map<string, Point>();
      for (const n of dragged) {
        const parent = n.parentId
          ? getInternalNode(n.parentId)?.internals.positionAbsolute
          : undefined;
        moved.set(n.id, {
          x: Math.round(n.position.x + (parent?.x ?? 0)),
          y: Math.round(n.position.y + (parent?.y ?? 0)),
        });
      }
      const sizeOf = (id: string): Size | undefined => {
        const m = getInternalNode(id)?.measured;
        return m?.width && m.height ? { width: m.width, height: m.height } : undefined;
      };
      const plan = planMoves(current, moved, sizeOf);
      useDocumentStore.getState().edit((d) => applyMovePlan(d, plan));
    },
    [getInternalNode],
  );

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (viewOnly) return;
    const raw = e.dataTransfer.getData(PALETTE_MIME);
    if (!raw) return;
    e.preventDefault();
    add(JSON.parse(raw) as PaletteItem, { x: e.clientX, y: e.clientY });
  };

  // A board opened with items is fitted to view once measured: its extent says meanwhile how far
  // out the fit will be.
  const [extentOnOpen] = useState(() =>
    fitOnOpen && board ? boardBounds(board, () => null) : null,
  );
  const opened = useOpeningZoom(extentOnOpen);
  // The first fit never goes below its own minimum (the zoom where cards are readable).
  const openingZoom = opened === null ? null : Math.max(opened, fitOptions.minZoom ?? 0);
  const linkDetail = useLinkDetail(openingZoom);
  const cardDetail = useCardDetail(openingZoom);
  const canvasClass = ['ka-canvas', linkDetail.className, cardDetail, viewOnly && 'ka-view-only']
    .filter(Boolean)
    .join(' ');
  const empty =
    board !== null && board.stakeholders.length + board.steps.length + board.groups.length === 0;
  const centreOf = useCallback(
    (id: string) => {
      const n = getInternalNode(id);
      if (!n) return undefined;
      const p = n.internals.positionAbsolute;
      return { x: p.x + (n.measured.width ?? 0) / 2, y: p.y + (n.measured.height ?? 0) / 2 };
    },
    [getInternalNode],
  );
  const revealCard = useCallback(
    (id: string) => {
      const centre = centreOf(id);
      if (centre) void setCenter(centre.x, centre.y, { zoom: getZoom() });
    },
    [centreOf, setCenter, getZoom],
  );
  const roving = useRovingFocus(nodes, centreOf, wrapper, flow.large ? revealCard : undefined);
  return (
    <div className="map-view" data-testid="map-view">
      {!viewOnly && <Palette onAdd={add} />}
      <section
        className={canvasClass}
        ref={wrapper}
        style={linkDetail.style}
        aria-label={t('label')}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onKeyDown={roving.onKeyDown}
        onPointerMove={presence.onPointerMove}
        onPointerLeave={presence.onPointerLeave}
      >
        <NodeTextContext value={nodeT}>
          <CardsFarContext value={cardDetail === 'ka-far'}>
            <ReactFlow<MapNode, MapEdge>
              nodes={roving.nodes}
              edges={edges}
              onlyRenderVisibleElements={flow.large}
              /* Cards and links are out of the tab order by their own `focusable: false`
                 (toFlow.ts), not by nodesFocusable/edgesFocusable: React Flow applies those
                 props after its first render, which then drew every card and link again. */
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onNodeDragStart={onNodeDragStart}
              onNodeDragStop={onNodeDragStop}
              onConnect={connect.onConnect}
              onConnectEnd={connect.onConnectEnd}
              isValidConnection={connect.isValidConnection}
              connectionRadius={40}
              nodesDraggable={!viewOnly}
              nodesConnectable={!viewOnly}
              edgesReconnectable={!viewOnly}
              snapToGrid
              snapGrid={SNAP}
              selectionOnDrag={!viewOnly}
              selectionMode={SelectionMode.Partial}
              panOnDrag={viewOnly ? true : PAN_BUTTONS}
              multiSelectionKeyCode={MULTI_KEYS}
              deleteKeyCode={null}
              fitView={fitOnOpen}
              fitViewOptions={fitOptions}
              ariaLabelConfig={ariaLabels}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              onMoveStart={presence.onMoveStart}
              onMove={presence.onMove}
            >
              <Background variant={BackgroundVariant.Dots} gap={20} size={1.5} />
              <LaterMiniMap />
              <Controls showInteractive={!viewOnly} />
              <Panel position="top-left">
                <Legend />
                {viewOnly && (
                  <p className="ka-view-only-note" role="note" data-testid="view-only-note">
                    {t('viewOnly')}
                  </p>
                )}
              </Panel>
              {/* Tools and the find box share one corner, so neither covers the other at any width. */}
              <Panel position="top-right" className="ka-top-right">
                <div className="ka-tools">
                  <PresentButton />{' '}
                  {!viewOnly && (
                    <>
                      <AddNoteButton /> <AutoLayoutButton />{' '}
                    </>
                  )}
                  <LayersMenu />
                </div>
                <FindBox />
              </Panel>
              <Panel position="bottom-center">
                <ZoomIndicator />
              </Panel>

              <LinkMarkers />
              <CoverageFit />
              <CoverageHandles />
              <LivePresence />
            </ReactFlow>
          </CardsFarContext>
        </NodeTextContext>
        {empty && (
          <p className="ka-empty-hint" data-testid="empty-hint">
            {t('emptyHint')}
          </p>
        )}
        <ConnectOverlay connect={connect} />
        <MapViewStyle />
      </section>
    </div>
  );
}
