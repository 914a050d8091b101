import { MiniMap, useNodesInitialized, useStore } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { MapNode } from './toFlow';

function minimapColor(n: MapNode): string {
  if (n.type === 'department') return '#e4e7eb';
  if (n.type === 'note') return '#f5d90a';
  if (n.type === 'team') return '#d6336c';
  return n.type === 'step' ? '#2457c5' : '#9aa5b1';
}

const noNodes = (s: { nodeLookup: { size: number } }) => s.nodeLookup.size === 0;

/**
 * The overview map, drawn once the map's own nodes are measured and the page is idle: on a
 * 1,000-node board it is 1,000 more shapes, and the nodes come first (a cold open showed the
 * nodes ~300 ms sooner without it).
 */
export function LaterMiniMap() {
  const measured = useNodesInitialized();
  const empty = useStore(noNodes);
  const [shown, setShown] = useState(false);
  const ready = measured || empty;
  useEffect(() => {
    if (!ready || shown) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setShown(true), { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setShown(true));
    return () => clearTimeout(id);
  }, [ready, shown]);
  return shown ? <MiniMap<MapNode> pannable zoomable nodeColor={minimapColor} /> : null;
}
