import { useStore } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { DASH_MIN_ZOOM, DASH_VARS } from './linkStyles';

const DASHED = DASH_VARS as CSSProperties;

/**
 * The canvas style that turns link dashes on from `DASH_MIN_ZOOM` up. A boolean selector, so the
 * canvas re-renders when the zoom crosses the threshold, not on every pan or zoom step.
 */
export function useLinkDashes(): CSSProperties | undefined {
  const dashed = useStore((s) => s.transform[2] >= DASH_MIN_ZOOM);
  return dashed ? DASHED : undefined;
}
