import { useReactFlow } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { addStepAfter } from '../domain/commands';
import type { Board, Point, Size } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { freeSpot, itemRects, type Rect } from './freeSpot';
import { applyMovePlan, planMoves } from './moves';
import { addPaletteItem, halfSize, type PaletteItem } from './presets';

const GRID = 10;
const snap = (v: number) => Math.round(v / GRID) * GRID;
/** Room between a selected step and the step added after it, for the arrow. */
const CHAIN_GAP = 60;

/** The one selected step, when exactly one item is selected and it is a step. */
function selectedStep(board: Board) {
  const ids = useSessionStore.getState().selection;
  return ids.length === 1 ? board.steps.find((s) => s.id === ids[0]) : undefined;
}

/**
 * Adds a palette item centred at a screen point (a drop), or at the free spot nearest the middle
 * of the view (a click), never on another item or under the minimap, legend or controls. A step
 * clicked while a step is selected goes after it, chained by a `next` link. A person dropped
 * inside a department joins it; a dropped frame moves clear of other items. The new item is
 * selected and the inspector opens.
 */
export function useAddItem(canvas: RefObject<HTMLElement | null>) {
  const { t } = useTranslation(['canvas', 'domain']);
  const { screenToFlowPosition, getInternalNode, setCenter, getZoom } = useReactFlow();
  return useCallback(
    (item: PaletteItem, client?: Point) => {
      const board = useDocumentStore.getState().board;
      const el = canvas.current;
      if (!board || !el) return;
      const rect = el.getBoundingClientRect();
      const toFlow = (r: DOMRect | Rect): Rect => {
        const a = screenToFlowPosition({ x: r.x, y: r.y });
        const b = screenToFlowPosition({ x: r.x + r.width, y: r.y + r.height });
        return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
      };
      const sizeOf = (id: string): Size | undefined => {
        const m = getInternalNode(id)?.measured;
        return m?.width && m.height ? { width: m.width, height: m.height } : undefined;
      };
      const half = halfSize(item);
      const size = { width: half.x * 2, height: half.y * 2 };
      const screen = client ?? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      const p = screenToFlowPosition(screen);
      let at = { x: snap(p.x - half.x), y: snap(p.y - half.y) };
      const after = item.kind === 'step' && !client ? selectedStep(board) : undefined;
      if (after) {
        const w = sizeOf(after.id)?.width ?? size.width;
        at = { x: snap(after.position.x + w + CHAIN_GAP), y: after.position.y };
      }
      if (!client || item.kind === 'department') {
        const furniture = [...el.querySelectorAll('.react-flow__panel')].map((n) =>
          toFlow(n.getBoundingClientRect()),
        );
        // A chained step keeps to its row even past the view's edge (the view follows it).
        const spot = after
          ? freeSpot(at, size, itemRects(board, sizeOf))
          : freeSpot(at, size, [...itemRects(board, sizeOf), ...furniture], toFlow(rect));
        at = { x: snap(spot.x), y: snap(spot.y) };
      }
      let id = '';
      useDocumentStore.getState().edit((d) => {
        if (after && item.kind === 'step') {
          const label = t(`domain:kind.${item.step}`);
          id = addStepAfter(d, after.id, { kind: item.step, label, position: at });
        } else id = addPaletteItem(d, item, at, t);
        if (item.kind === 'person') applyMovePlan(d, planMoves(d, new Map([[id, at]])));
      });
      if (!id) return;
      const view = toFlow(rect);
      const visible =
        at.x >= view.x &&
        at.y >= view.y &&
        at.x + size.width <= view.x + view.width &&
        at.y + size.height <= view.y + view.height;
      if (!visible) void setCenter(at.x + half.x, at.y + half.y, { zoom: getZoom() });
      const session = useSessionStore.getState();
      session.select([id]);
      session.setPanel('inspector');
    },
    [canvas, screenToFlowPosition, getInternalNode, setCenter, getZoom, t],
  );
}
