import { useReactFlow } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Point } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { applyMovePlan, planMoves } from './moves';
import { cascadeSpot } from './placement';
import { addPaletteItem, halfSize, type PaletteItem } from './presets';

const GRID = 10;
const snap = (v: number) => Math.round(v / GRID) * GRID;

/**
 * Adds a palette item centred at a screen point (a drop), or in the middle of the view (a click);
 * click-added items cascade instead of stacking on one spot. A person dropped inside a department
 * joins it. The new item is selected and the inspector opens.
 */
export function useAddItem(canvas: RefObject<HTMLElement | null>) {
  const { t } = useTranslation(['canvas', 'domain']);
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(
    (item: PaletteItem, client?: Point) => {
      const rect = canvas.current?.getBoundingClientRect();
      const screen = client ?? {
        x: (rect?.left ?? 0) + (rect?.width ?? 0) / 2,
        y: (rect?.top ?? 0) + (rect?.height ?? 0) / 2,
      };
      const p = screenToFlowPosition(screen);
      const half = halfSize(item);
      let at = { x: snap(p.x - half.x), y: snap(p.y - half.y) };
      let id = '';
      useDocumentStore.getState().edit((d) => {
        if (!client) at = cascadeSpot(d, at, half);
        id = addPaletteItem(d, item, at, t);
        if (item.kind === 'person') applyMovePlan(d, planMoves(d, new Map([[id, at]])));
      });
      if (!id) return;
      const session = useSessionStore.getState();
      session.select([id]);
      session.setPanel('inspector');
    },
    [canvas, screenToFlowPosition, t],
  );
}
