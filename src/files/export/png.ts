import { getViewportForBounds } from '@xyflow/react';
import { toCanvas } from 'html-to-image';
import type { Board } from '../../domain/types';
import './export.css';
import { boardBounds, type Rect } from '../../domain/bounds';
import { clampPixelRatio } from './pngBounds';

/** Margin around the board, in flow pixels, so edge labels and shadows are not cut. */
export const MARGIN = 48;
const BACKGROUND = '#ffffff';
const LEFT_OUT = [
  'react-flow__handle',
  'react-flow__controls',
  'react-flow__minimap',
  'react-flow__panel',
  'react-flow__attribution',
  'react-flow__background',
];

/** A filter that drops elements carrying any of `classNames`. */
function dropping(classNames: string[]) {
  return (node: HTMLElement): boolean => {
    const classes = node.classList;
    return !classes || !classNames.some((c) => classes.contains(c));
  };
}

/** What a caller may pass to any PNG export (the slide exports reuse these). */
export interface PngOptions {
  /** Stops the export between its steps; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Told how far the export is, from 0 to 1, after each step. */
  onProgress?: (fraction: number) => void;
}

export interface MapPngOptions extends PngOptions {
  /**
   * Draws what the map leaves out when zoomed far out (card details, link dashes) until the
   * function it returns is called (`revealForExport`). Arrow heads come back by `ka-exporting`.
   */
  reveal?: () => () => void;
}

/** Lets the page paint (the progress, a Cancel press) between the heavy steps. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

async function step(options: PngOptions, fraction: number) {
  options.onProgress?.(fraction);
  await nextFrame();
  options.signal?.throwIfAborted();
}

function encode(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be drawn'))),
      'image/png',
    ),
  );
}

async function render(
  el: HTMLElement,
  size: { width: number; height: number },
  style: object,
  filter: (node: HTMLElement) => boolean,
  options: PngOptions,
) {
  const { width, height } = size;
  await step(options, 0);
  // Text measured before the fonts load would be drawn in a fallback font (or as boxes).
  await document.fonts.ready;
  await step(options, 0.1);
  const canvas = await toCanvas(el, {
    backgroundColor: BACKGROUND,
    width,
    height,
    pixelRatio: clampPixelRatio(width, height),
    filter,
    style: { width: `${width}px`, height: `${height}px`, ...style },
  });
  await step(options, 0.8);
  // PNG encoding runs off the main thread (canvas.toBlob).
  const blob = await encode(canvas);
  // Frees the canvas memory at once instead of at the next collection.
  canvas.width = 0;
  canvas.height = 0;
  await step(options, 1);
  return blob;
}

/** Rendered node size, unscaled by the zoom (offset sizes ignore CSS transforms). */
function measuredSize(root: HTMLElement, id: string) {
  const el = root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  return el && el.offsetWidth > 0 ? { width: el.offsetWidth, height: el.offsetHeight } : null;
}

/**
 * The part of the map an image must show, in flow coordinates: every card, and every link with
 * its label, so a rework loop drawn under the lowest row keeps its label in the picture.
 */
export function mapBounds(root: HTMLElement, board: Board): Rect {
  const cards = boardBounds(board, (id) => measuredSize(root, id));
  if (!cards) return { x: 0, y: 0, width: 400, height: 300 };
  let { x, y } = cards;
  let right = cards.x + cards.width;
  let bottom = cards.y + cards.height;
  // Links are drawn in flow coordinates, so their boxes need no conversion.
  for (const edge of root.querySelectorAll<SVGGraphicsElement>('.react-flow__edge')) {
    const box = edge.getBBox();
    if (box.width === 0 && box.height === 0) continue;
    x = Math.min(x, box.x);
    y = Math.min(y, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The buying map as a PNG: the whole board at zoom 1 whatever the current viewport, edges and
 * labels included, handles/controls/minimap left out. `root` is the mounted `.react-flow`.
 * What the screen leaves out when zoomed far out is drawn: link dashes and arrow heads, and the
 * cards' details (the export waits a frame for React Flow to measure those, so links join the
 * cards' edges).
 */
export async function mapToPng(
  root: HTMLElement,
  board: Board,
  options: MapPngOptions = {},
): Promise<Blob> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('the map is not on the page');
  const wasFar = root.closest('.ka-far') !== null;
  const conceal = options.reveal?.() ?? (() => {});
  root.classList.add('ka-exporting');
  try {
    // The cards render with their details, then React Flow measures them.
    if (wasFar) {
      await nextFrame();
      await nextFrame();
    }
    const bounds = mapBounds(root, board);
    const width = Math.ceil(bounds.width + 2 * MARGIN);
    const height = Math.ceil(bounds.height + 2 * MARGIN);
    const vp = getViewportForBounds(bounds, width, height, 1, 1, 0);
    const transform = `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`;
    return await render(viewport, { width, height }, { transform }, dropping(LEFT_OUT), options);
  } finally {
    conceal();
    root.classList.remove('ka-exporting');
  }
}

/**
 * The swimlane as a PNG: the whole grid, not only the part scrolled into view. The grid (its
 * table) is drawn rather than the scrolling frame around it, which would clip it.
 */
export async function swimlaneToPng(root: HTMLElement, options: PngOptions = {}): Promise<Blob> {
  const grid = root.querySelector<HTMLElement>('table') ?? root;
  // Editing affordances (add fields, suggestions not taken, chip tools, team members not chosen)
  // are hidden on the page itself while it is drawn, so the grid is measured without them.
  root.classList.add('ka-exporting');
  try {
    const width = Math.ceil(Math.max(grid.scrollWidth, grid.offsetWidth));
    const height = Math.ceil(Math.max(grid.scrollHeight, grid.offsetHeight));
    const style = { margin: '0', overflow: 'visible', maxWidth: 'none', maxHeight: 'none' };
    return await render(grid, { width, height }, style, dropping(LEFT_OUT), options);
  } finally {
    root.classList.remove('ka-exporting');
  }
}
