import { getViewportForBounds } from '@xyflow/react';
import { toBlob } from 'html-to-image';
import type { Board } from '../domain/types';
import './export.css';
import { boardBounds, clampPixelRatio } from './pngBounds';

/** Margin around the board, in flow pixels, so edge labels and shadows are not cut. */
const MARGIN = 48;
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

async function render(
  el: HTMLElement,
  width: number,
  height: number,
  style: object,
  filter: (node: HTMLElement) => boolean,
) {
  // Text measured before the fonts load would be drawn in a fallback font (or as boxes).
  await document.fonts.ready;
  const blob = await toBlob(el, {
    backgroundColor: BACKGROUND,
    width,
    height,
    pixelRatio: clampPixelRatio(width, height),
    filter,
    style: { width: `${width}px`, height: `${height}px`, ...style },
  });
  if (!blob) throw new Error('the image could not be drawn');
  return blob;
}

/** Rendered node size, unscaled by the zoom (offset sizes ignore CSS transforms). */
function measuredSize(root: HTMLElement, id: string) {
  const el = root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  return el && el.offsetWidth > 0 ? { width: el.offsetWidth, height: el.offsetHeight } : null;
}

/**
 * The buying map as a PNG: the whole board at zoom 1 whatever the current viewport, edges and
 * labels included, handles/controls/minimap left out. `root` is the mounted `.react-flow`.
 */
export async function mapToPng(root: HTMLElement, board: Board): Promise<Blob> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('the map is not on the page');
  const bounds = boardBounds(board, (id) => measuredSize(root, id)) ?? {
    x: 0,
    y: 0,
    width: 400,
    height: 300,
  };
  const width = Math.ceil(bounds.width + 2 * MARGIN);
  const height = Math.ceil(bounds.height + 2 * MARGIN);
  const vp = getViewportForBounds(bounds, width, height, 1, 1, 0);
  const transform = `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`;
  return render(viewport, width, height, { transform }, dropping(LEFT_OUT));
}

/**
 * The swimlane as a PNG: the whole grid, not only the part scrolled into view. The grid (its
 * table) is drawn rather than the scrolling frame around it, which would clip it.
 */
export async function swimlaneToPng(root: HTMLElement): Promise<Blob> {
  const grid = root.querySelector<HTMLElement>('table') ?? root;
  // Editing affordances (add fields, suggestions not taken, chip tools, team members not chosen)
  // are hidden on the page itself while it is drawn, so the grid is measured without them.
  root.classList.add('ka-exporting');
  try {
    const width = Math.ceil(Math.max(grid.scrollWidth, grid.offsetWidth));
    const height = Math.ceil(Math.max(grid.scrollHeight, grid.offsetHeight));
    const style = { margin: '0', overflow: 'visible', maxWidth: 'none', maxHeight: 'none' };
    return await render(grid, width, height, style, dropping(LEFT_OUT));
  } finally {
    root.classList.remove('ka-exporting');
  }
}
