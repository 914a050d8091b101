import { useStore } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { ARROW_MIN_ZOOM, DASH_MIN_ZOOM, DASH_VARS } from '../look/linkStyles';

const DASHED = DASH_VARS as CSSProperties;

/** How much of a link's look the map draws at its zoom: 0 colour and width only, 1 with arrow
 * heads, 2 with dashes too. */
function detailLevel(zoom: number): 0 | 1 | 2 {
  return zoom >= DASH_MIN_ZOOM ? 2 : zoom >= ARROW_MIN_ZOOM ? 1 : 0;
}

/**
 * The canvas style and class that turn link dashes on from `DASH_MIN_ZOOM` up and arrow heads
 * from `ARROW_MIN_ZOOM` up. The selector returns the level, so the canvas re-renders when the
 * zoom crosses a threshold, not on every pan or zoom step. While a board waits for its first
 * fit, the `opening` zoom counts (`useOpeningZoom`).
 */
export function useLinkDetail(opening: number | null): {
  style: CSSProperties | undefined;
  className: string;
} {
  const level = useStore((s) => detailLevel(opening ?? s.transform[2]));
  return {
    style: level === 2 ? DASHED : undefined,
    className: level === 0 ? 'ka-arrowless' : '',
  };
}
