import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useSessionStore } from '../store/sessionStore';

/**
 * Centres the map on an item when another view asks for it (session `focus(id)`). A request made
 * just before the map mounted (a flag clicked in the swimlane) waits until the nodes are measured,
 * so it is not lost and lands after the initial fit.
 */
export function useFocusRequest(): void {
  const request = useSessionStore((s) => s.focusRequest);
  const ready = useNodesInitialized();
  const handled = useRef<number | null>(null);
  const { getInternalNode, setCenter, getZoom } = useReactFlow();
  useEffect(() => {
    if (!request || !ready || handled.current === request.n) return;
    const node = getInternalNode(request.id);
    if (!node) return;
    handled.current = request.n;
    const { x, y } = node.internals.positionAbsolute;
    const w = node.measured.width ?? 0;
    const h = node.measured.height ?? 0;
    const zoom = request.zoom ?? Math.max(getZoom(), 0.8);
    // After the initial fit of a freshly mounted map, so the fit does not undo the centring.
    requestAnimationFrame(() => {
      void setCenter(x + w / 2, y + h / 2, { zoom, duration: 300 });
    });
  }, [request, ready, getInternalNode, setCenter, getZoom]);
}
