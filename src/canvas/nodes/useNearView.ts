import { useStore, type ReactFlowState } from '@xyflow/react';

/** How far beyond the view a card still counts as near it, as a share of the view's size. */
const MARGIN = 0.5;

/** Whether node `id` lies in the view or within MARGIN of it. */
export function nearView(s: ReactFlowState, id: string): boolean {
  const node = s.nodeLookup.get(id);
  if (!node) return true;
  const [tx, ty, zoom] = s.transform;
  const w = (s.width || window.innerWidth) / zoom;
  const h = (s.height || window.innerHeight) / zoom;
  const left = -tx / zoom - w * MARGIN;
  const top = -ty / zoom - h * MARGIN;
  const { x, y } = node.internals.positionAbsolute;
  const nw = node.measured.width ?? 0;
  const nh = node.measured.height ?? 0;
  return (
    x + nw >= left &&
    x <= left + w * (1 + 2 * MARGIN) &&
    y + nh >= top &&
    y <= top + h * (1 + 2 * MARGIN)
  );
}

/**
 * Whether a card is in or near the view: a person card far outside it draws its details as the
 * block of the same size it draws zoomed far out (cardDetail.ts), so a 1,000-card map does not
 * build 5,600 elements of details nobody sees; it draws them when panned or zoomed near.
 */
export function useNearView(id: string): boolean {
  return useStore((s) => nearView(s, id));
}
