import type { Board } from '../domain/types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Longest side of an exported PNG, in device pixels: within every browser's canvas limits. */
export const MAX_SIDE = 8192;
/** Sharp on high-density screens and in print. */
export const PIXEL_RATIO = 2;

/**
 * Largest canvas area, in device pixels, every browser draws: Safari refuses canvases over
 * 16,777,216 px (4096 × 4096) and Chromium and Firefox fail on very large ones, whatever the sides.
 */
export const MAX_AREA = 16_777_216;

/**
 * Pixel ratio 2, lowered so that no side of the image exceeds MAX_SIDE pixels and its area
 * stays within MAX_AREA pixels.
 */
export function clampPixelRatio(width: number, height: number, ratio = PIXEL_RATIO): number {
  const w = Math.max(width, 1);
  const h = Math.max(height, 1);
  return Math.min(ratio, MAX_SIDE / Math.max(w, h), Math.sqrt(MAX_AREA / (w * h)));
}

/**
 * The whole board's bounds in flow coordinates: every step, stakeholder and department at its
 * position, sized as measured on screen (`sizeOf`), or by `fallback` when not measured.
 */
export function boardBounds(
  board: Board,
  sizeOf: (id: string) => { width: number; height: number } | null,
  fallback = { width: 180, height: 64 },
): Rect | null {
  const rects: Rect[] = [];
  for (const item of [...board.stakeholders, ...board.steps]) {
    rects.push({ ...item.position, ...(sizeOf(item.id) ?? fallback) });
  }
  for (const g of board.groups) rects.push({ ...g.position, ...(sizeOf(g.id) ?? g.size) });
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}
