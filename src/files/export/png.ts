/**
 * What every image export shares. The map and swimlane images are drawn from the board
 * (`src/files/export/draw/`, glued to the page in `src/files/image/`), never from the page.
 */

/** Margin around the map, in map pixels, so link labels and shadows are not cut. */
export const MARGIN = 48;

/** What a caller may pass to any PNG export (the slide and Office exports reuse these). */
export interface PngOptions {
  /** Stops the export between its slices; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Told how far the export is, from 0 to 1, as it goes. */
  onProgress?: (fraction: number) => void;
}
