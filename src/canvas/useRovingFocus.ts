import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Node } from '@xyflow/react';
import { useSessionStore } from '../store/sessionStore';

type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';
const DIRECTIONS: Record<Arrow, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

interface Box {
  id: string;
  x: number;
  y: number;
}

/**
 * The card an arrow key leads to from `from`: the nearest card whose centre lies in that
 * direction, angles off the axis counting double, so Right on a row goes to the row's next card.
 */
export function nextCard(boxes: readonly Box[], from: string, key: Arrow): string | undefined {
  const start = boxes.find((b) => b.id === from);
  if (!start) return undefined;
  const d = DIRECTIONS[key];
  let best: { id: string; score: number } | undefined;
  for (const b of boxes) {
    if (b.id === from) continue;
    const dx = b.x - start.x;
    const dy = b.y - start.y;
    const along = dx * d.x + dy * d.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * d.y + dy * d.x);
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: b.id, score };
  }
  return best?.id;
}

const CARD_TYPES = new Set(['stakeholder', 'step']);

/**
 * The map as one tab stop: only one card (the selected one, else the one last reached, else the
 * first step) is focusable, and the arrow keys move the focus between cards while the focused
 * card is not selected (a selected card's arrows still nudge it). Links are reached through the
 * inspector and the outline, not by tabbing through every one of them.
 */
export function useRovingFocus<N extends Node>(
  nodes: N[],
  centreOf: (id: string) => { x: number; y: number } | undefined,
  root: RefObject<HTMLElement | null>,
  /** Brings a card into view (a large map draws only the cards in view). */
  reveal?: (id: string) => void,
) {
  // The other cards stay focusable from script and by click (tabindex -1), out of the tab order.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const mark = () => {
      for (const card of el.querySelectorAll('.react-flow__node:not([tabindex])')) {
        card.setAttribute('tabindex', '-1');
      }
    };
    mark();
    const watch = new MutationObserver(mark);
    watch.observe(el, { childList: true, subtree: true, attributeFilter: ['tabindex'] });
    return () => watch.disconnect();
  }, [root]);
  const selection = useSessionStore((s) => s.selection);
  const [reached, setReached] = useState<string | null>(null);
  const cards = nodes.filter((n) => CARD_TYPES.has(n.type ?? ''));
  const selected = selection.length === 1 ? selection[0] : undefined;
  const candidates = [selected, reached, cards.find((n) => n.type === 'step')?.id, cards[0]?.id];
  const active = candidates.find((id) => id !== undefined && cards.some((n) => n.id === id));
  const rovingNodes = useMemo(
    () =>
      active ? nodes.map((n) => (n.id === active ? ({ ...n, focusable: true } as N) : n)) : nodes,
    [nodes, active],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const el = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      const id = el?.dataset.id;
      if (!el || !id) return;
      // React Flow answers Enter and Space only on the card in the tab order; a card focused
      // by a click or a script is selected here the same way.
      if ((e.key === 'Enter' || e.key === ' ') && el.getAttribute('tabindex') === '-1') {
        e.preventDefault();
        setReached(id);
        const session = useSessionStore.getState();
        session.select([id]);
        session.setPanel('inspector');
        return;
      }
      if (!(e.key in DIRECTIONS) || el.classList.contains('selected')) return;
      const boxes = cards
        .map((n) => ({ id: n.id, ...centreOf(n.id) }))
        .filter((b): b is Box => b.x !== undefined && b.y !== undefined);
      const to = nextCard(boxes, id, e.key as Arrow);
      e.preventDefault();
      e.stopPropagation();
      if (!to) return;
      const container = el.parentElement;
      const drawn = container?.querySelector<HTMLElement>(
        `.react-flow__node[data-id="${CSS.escape(to)}"]`,
      );
      // A drawn card takes the focus now (it has tabindex -1), before the render that makes it the
      // tab stop: the render takes the tab stop from the card left, which would otherwise drop the
      // focus to the page until the next frame (keys pressed meanwhile went nowhere).
      drawn?.focus();
      setReached(to);
      if (drawn) return;
      // A card out of view on a large map is not drawn: the map moves to it first, and it is
      // focused once drawn.
      let frames = 60;
      const focusNext = () => {
        const next = container?.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(to)}"]`,
        );
        if (next) next.focus();
        else if (frames-- > 0) {
          if (frames === 59) reveal?.(to);
          requestAnimationFrame(focusNext);
        }
      };
      requestAnimationFrame(focusNext);
    },
    [cards, centreOf, reveal],
  );
  return { nodes: rovingNodes, onKeyDown };
}
