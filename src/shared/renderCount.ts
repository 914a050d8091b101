/**
 * Dev-only render counter for map nodes, the palette, the legend and swimlane cells, read by the
 * tests and the bench that check which components an edit or a drag re-renders.
 */
declare global {
  /** Replaced at build time (vite.config.ts): false in a production build. */
  const __KA_RENDER_COUNTS__: boolean | undefined;
  interface Window {
    __kaRenderCounts?: Record<string, number>;
    __KA_COUNT_RENDERS__?: boolean;
  }
}

/** Counts one render of `id` (in dev builds, or when a test or the bench sets the flag). */
export function countRender(id: string): void {
  // Not defined where Vite's config is not loaded (Vitest's own): counted there as in dev.
  if (typeof __KA_RENDER_COUNTS__ !== 'undefined' && !__KA_RENDER_COUNTS__) return;
  if (typeof window === 'undefined') return;
  if (!(import.meta.env.DEV || window.__KA_COUNT_RENDERS__)) return;
  const counts = (window.__kaRenderCounts ??= {});
  counts[id] = (counts[id] ?? 0) + 1;
}
