/**
 * The editable deck as data: slides of native shapes, lines and tables, in inches on a 16:9
 * slide (13.333 × 7.5 in, PowerPoint's widescreen). Built by `deckModel.ts` from the board,
 * drawn by `pptx.ts`; pure, so tests read exactly what goes on each slide.
 */

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
/** The smallest text on any slide, in points (a projected deck stays readable). */
export const MIN_PT = 12;

export interface DeckRun {
  text: string;
  /** Points; never below MIN_PT. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** RRGGBB without '#'. */
  color?: string;
  /** Starts a new paragraph. */
  breakBefore?: boolean;
}

export interface DeckBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A shape with text in it: a card, frame, marker or plain text box. */
export interface DeckShape extends DeckBox {
  kind: 'shape';
  /** What it shows, so tests and the renderer can tell cards from decoration. */
  role: 'stakeholder' | 'step' | 'frame' | 'note' | 'marker' | 'label' | 'text' | 'legend';
  /** The board item it draws (cards, frames, notes, markers). */
  itemId?: string;
  shape: 'roundRect' | 'rect';
  fill?: string;
  line?: { color: string; width: number; dash?: DeckDash };
  runs: DeckRun[];
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
}

export type DeckDash = 'solid' | 'dash' | 'sysDot';

/** A straight line with an optional arrow head at its end (a link, or a legend sample). */
export interface DeckLine {
  kind: 'line';
  linkId?: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  /** Points. */
  width: number;
  dash: DeckDash;
  arrow: boolean;
}

export interface DeckCell {
  runs: DeckRun[];
  fill?: string;
}

export interface DeckTable {
  kind: 'table';
  x: number;
  y: number;
  /** Column widths in inches. */
  colW: number[];
  /** The first row is the header; it repeats when the table runs over to another slide. */
  rows: DeckCell[][];
}

export type DeckElement = DeckShape | DeckLine | DeckTable;

export type DeckSlideKind =
  'title' | 'map' | 'swimlane' | 'readiness' | 'actions' | 'compare' | 'portfolio';

export interface DeckSlide {
  kind: DeckSlideKind;
  title: string;
  elements: DeckElement[];
}

export interface DeckModel {
  lang: 'zh-CN' | 'en';
  title: string;
  slides: DeckSlide[];
}
