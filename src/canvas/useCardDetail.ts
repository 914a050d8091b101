import { useStore } from '@xyflow/react';
import { createContext, useEffect, useState } from 'react';
import { CARD_DETAIL_MIN_ZOOM } from '../look/cardDetail';

// The map's card detail hooks; the rules they follow are in src/look/cardDetail.ts.

/** The part of a board a fit to view shows, in flow coordinates (cards sized about right). */
export interface Extent {
  width: number;
  height: number;
}

/**
 * About the zoom a board opened with items (`extent` given) will have, while it waits for its
 * first fit to view (React Flow fits once the cards are measured; until then the zoom is 1):
 * at most what fits the extent into the window, which is at least as large as the canvas. Null
 * once the first fit is over (the nodes measured and no fit queued), or for a board opened
 * empty: then the zoom itself counts. Drawing the first render at the zoom it will have spares
 * a big board's cards a full layout, and the whole map a second style pass, when the fit zooms
 * out.
 */
export function useOpeningZoom(extent: Extent | null): number | null {
  const settled = useStore((s) => s.nodesInitialized && !s.fitViewQueued);
  const [opened, setOpened] = useState(extent === null);
  useEffect(() => {
    if (settled) setOpened(true);
  }, [settled]);
  if (opened || settled || !extent) return null;
  return Math.min(
    window.innerWidth / Math.max(1, extent.width),
    window.innerHeight / Math.max(1, extent.height),
  );
}

/** True while person cards show a block instead of their details (read by the cards). */
export const CardsFarContext = createContext(false);

/**
 * Whether the map shows card details, as a class for the canvas (`ka-far` when it does not),
 * from the zoom (or the `opening` zoom while a board waits for its first fit).
 */
export function useCardDetail(opening: number | null): string {
  const far = useStore((s) => (opening ?? s.transform[2]) < CARD_DETAIL_MIN_ZOOM);
  return far ? 'ka-far' : '';
}
