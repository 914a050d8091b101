import type { Stance } from '../domain/types';

/**
 * Below this zoom a person card shows its name only, and what else it says is drawn as a grey
 * block of the same size: its 12-13 px text would be under 5.2 px on screen, unreadable. On a
 * big map this is most of the time spent drawing it (a 1,000-item board at fit-to-view zoom
 * rendered, styled and laid out 5,600 elements of details, 17,000 layout boxes in all).
 */
export const CARD_DETAIL_MIN_ZOOM = 0.4;

/** The width the lines of a person card's details have, in CSS px (`.ka-person`). */
const LINE_WIDTH = 200 - 6 - 1.5 - 2 * 9;

/** Line heights in CSS px (font size × 1.25) and the margins above each line. */
const SUB = 13 * 1.25;
const ROLE = 12 * 1.25;
const ROLE_GAP = 3;
const BADGES_MARGIN = 2;
const STANCE_ROW = 2 + 13 * 1.25;
/** An unknown stance's label has a dashed border. */
const STANCE_BORDER = 2;
const COVERAGE_ROW = 2 + 12 * 1.25;
const OWNER_ROW = 1 + 12 * 1.25;

let measure: ((text: string) => number) | null | undefined;
const widths = new Map<string, number>();

/** The width of `text` in the cards' 12 px font, from a canvas (no layout); null without one. */
function textWidth(text: string): number | null {
  if (measure === undefined) {
    const ctx =
      typeof OffscreenCanvas === 'function' && typeof document !== 'undefined'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : null;
    if (ctx) ctx.font = `12px ${getComputedStyle(document.documentElement).fontFamily}`;
    measure = ctx ? (t) => ctx.measureText(t).width : null;
  }
  if (!measure) return null;
  let w = widths.get(text);
  if (w === undefined) widths.set(text, (w = measure(text)));
  return w;
}

/** How wide a role label is: measured, or estimated (CJK characters square, others 0.58 em). */
function roleWidth(label: string): number {
  let text = textWidth(label);
  if (text === null) {
    text = 0;
    for (const ch of label) text += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7;
  }
  return text + 8;
}

/** How many lines the role labels take, wrapped into the card's width. */
function roleLines(labels: readonly string[]): number {
  let lines = 0;
  let used = 0;
  for (const label of labels) {
    const w = Math.min(roleWidth(label), LINE_WIDTH);
    if (lines === 0 || used + ROLE_GAP + w > LINE_WIDTH) {
      lines++;
      used = w;
    } else used += ROLE_GAP + w;
  }
  return lines;
}

/**
 * The height of a person card's details (`.ka-details`), computed from the lines they show:
 * the height of the block drawn in their place when zoomed far out, so a card keeps its size
 * (and its links their ends) when the zoom crosses CARD_DETAIL_MIN_ZOOM.
 */
export function detailsHeight(card: {
  hasTitle: boolean;
  roleLabels: readonly string[];
  stance: Stance;
}): number {
  const lines = roleLines(card.roleLabels);
  const badges = BADGES_MARGIN + (lines > 0 ? lines * ROLE + (lines - 1) * ROLE_GAP : 0);
  const stance = STANCE_ROW + (card.stance === 'unknown' ? STANCE_BORDER : 0);
  return (card.hasTitle ? SUB : 0) + badges + stance + COVERAGE_ROW + OWNER_ROW;
}
