import { useReactFlow, useStore, ViewportPortal, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { followedPeer, useLiveStore, type Peer } from '../live/liveStore';
import { useDocumentStore } from '../store/documentStore';
import type { MapEdge, MapNode } from './toFlow';

/**
 * Shares where this user is on the map with a live room and follows a participant's viewport.
 * Returns the handlers the canvas wires: the pointer (cursor) and the viewport (moves).
 */
export function usePresenceHandlers() {
  const { screenToFlowPosition } = useReactFlow<MapNode, MapEdge>();
  const onPointerMove = useCallback(
    (e: ReactPointerEvent) => {
      const { publish, status } = useLiveStore.getState();
      if (status.kind === 'local') return;
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      publish('cursor', { x: Math.round(p.x), y: Math.round(p.y) });
    },
    [screenToFlowPosition],
  );
  const onPointerLeave = useCallback(() => {
    const { publish, status } = useLiveStore.getState();
    if (status.kind !== 'local') publish('cursor', null);
  }, []);
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    // A move the user makes (not one set by following) ends following.
    if (event && useLiveStore.getState().following !== null) useLiveStore.getState().follow(null);
  }, []);
  const onMove = useCallback((_event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
    const { publish, status } = useLiveStore.getState();
    if (status.kind === 'local') return;
    publish('view', { view: 'map', viewport: roundViewport(viewport) });
  }, []);
  return { onPointerMove, onPointerLeave, onMoveStart, onMove };
}

function roundViewport(v: Viewport): Viewport {
  return { x: Math.round(v.x), y: Math.round(v.y), zoom: Math.round(v.zoom * 1000) / 1000 };
}

/** Other participants' cursors and selections on the map, and following a participant's view. */
export function LivePresence() {
  const peers = useLiveStore((s) => s.peers);
  const followed = useLiveStore((s) => followedPeer(s)?.view?.viewport);
  const { setViewport, getViewport } = useReactFlow<MapNode, MapEdge>();
  useEffect(() => {
    const { status, publish } = useLiveStore.getState();
    if (status.kind !== 'local')
      publish('view', { view: 'map', viewport: roundViewport(getViewport()) });
  }, [getViewport]);
  useEffect(() => {
    if (followed) void setViewport(followed, { duration: 150 });
  }, [followed, setViewport]);
  if (peers.length === 0) return null;
  return (
    <ViewportPortal>
      {peers.map((peer) => (
        <PeerMarks key={peer.clientId} peer={peer} />
      ))}
    </ViewportPortal>
  );
}

function PeerMarks({ peer }: { peer: Peer }) {
  const { t } = useTranslation('live');
  const zoom = useStore((s) => s.transform[2]);
  // Items move with every board change: their outlines follow.
  useDocumentStore((s) => s.revision);
  const { getInternalNode } = useReactFlow<MapNode, MapEdge>();
  const scale = 1 / zoom;
  return (
    <>
      {peer.selection.map((id) => {
        const node = getInternalNode(id);
        const w = node?.measured.width;
        const h = node?.measured.height;
        if (!node || !w || !h) return null;
        const { x, y } = node.internals.positionAbsolute;
        return (
          <div
            key={id}
            className="live-selection"
            data-peer={peer.name}
            style={{
              transform: `translate(${x - 4}px, ${y - 4}px)`,
              width: w + 8,
              height: h + 8,
              borderColor: peer.color,
            }}
          />
        );
      })}
      {peer.cursor && (
        <div
          className="live-cursor"
          data-testid="live-cursor"
          aria-label={t('cursorOf', { name: peer.name })}
          style={{
            transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${scale})`,
            color: peer.color,
          }}
        >
          <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
            <path
              d="M1 1 L1 17 L5 13 L8 19 L11 18 L8 12 L14 12 Z"
              fill="currentColor"
              stroke="#fff"
            />
          </svg>
          <span style={{ background: peer.color }}>{peer.name}</span>
        </div>
      )}
    </>
  );
}
