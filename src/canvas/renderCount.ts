/** Dev-only render counter for map nodes, read by the browser test that checks drag renders. */
declare global {
  interface Window {
    __kaRenderCounts?: Record<string, number>;
    __KA_COUNT_RENDERS__?: boolean;
  }
}

/** Counts one render of the node `id` (in dev builds, or when the test sets the flag). */
export function countRender(id: string): void {
  if (typeof window === 'undefined') return;
  if (!(import.meta.env.DEV || window.__KA_COUNT_RENDERS__)) return;
  const counts = (window.__kaRenderCounts ??= {});
  counts[id] = (counts[id] ?? 0) + 1;
}
