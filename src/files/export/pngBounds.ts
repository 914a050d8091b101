/** Longest side of an exported PNG, in device pixels: within every browser's canvas limits. */
export const MAX_SIDE = 8192;
/** Sharp on high-density screens and in print. */
const PIXEL_RATIO = 2;

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
