/**
 * The canvas an export draws on, and its PNG encoding: an OffscreenCanvas where the browser has
 * one (no element in the page), else a detached canvas element. The encoding runs off the main
 * thread; a cancel does not wait for it.
 */
import type { DrawContext } from '../export/draw/drawMap';
import type { Measure } from '../export/draw/mapScene';

export interface ExportCanvas {
  g: DrawContext & { canvas: unknown };
  width: number;
  height: number;
  /** The PNG of what was drawn. */
  png: (signal?: AbortSignal) => Promise<Blob>;
  /** Gives the pixel memory back at once (rather than at the next collection). */
  release: () => void;
}

export function exportCanvas(width: number, height: number): ExportCanvas {
  const w = Math.max(1, Math.ceil(width));
  const h = Math.max(1, Math.ceil(height));
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(w, h);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('the image could not be drawn');
    return {
      g,
      width: w,
      height: h,
      png: (signal) => encodeOffThread(canvas, signal),
      release: () => {
        canvas.width = 0;
        canvas.height = 0;
      },
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('the image could not be drawn');
  const encode = new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be drawn'))),
      'image/png',
    ),
  );
  return {
    g,
    width: w,
    height: h,
    png: (signal) => untilAborted(encode, signal),
    release: () => {
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}

/**
 * The PNG of `canvas`, encoded in a worker (its pixels handed over, not copied); where no
 * worker can be started, by the canvas itself. A Cancel ends the worker at once.
 */
function encodeOffThread(canvas: OffscreenCanvas, signal?: AbortSignal): Promise<Blob> {
  signal?.throwIfAborted();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./encodeWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return untilAborted(canvas.convertToBlob({ type: 'image/png' }), signal);
  }
  const bitmap = canvas.transferToImageBitmap();
  const done = new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Blob | { error: string }>) =>
      e.data instanceof Blob ? resolve(e.data) : reject(new Error(e.data.error));
    worker.onerror = () => reject(new Error('the image could not be encoded'));
    worker.postMessage(bitmap, [bitmap]);
  });
  const end = () => worker.terminate();
  return untilAborted(done, signal).finally(end);
}

/** `work`, or a rejection with the signal's reason as soon as it aborts. */
export function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err as Error);
      },
    );
  });
}

/** Text widths from a small canvas, remembered per font and text (names are measured often). */
export function canvasMeasure(): Measure {
  const canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1)
      : document.createElement('canvas');
  const g = canvas.getContext('2d') as CanvasRenderingContext2D | null;
  if (!g) throw new Error('the image could not be drawn');
  const widths = new Map<string, number>();
  let current = '';
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (font !== current) {
        g.font = font;
        current = font;
      }
      w = g.measureText(text).width;
      widths.set(key, w);
    }
    return w;
  };
}

/** Waits for the page's fonts, so text is measured and drawn in them (not a fallback). */
export async function fontsReady(): Promise<void> {
  if (typeof document !== 'undefined' && 'fonts' in document) await document.fonts.ready;
}
