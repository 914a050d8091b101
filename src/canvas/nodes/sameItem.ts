/**
 * For `memo` on node components that draw from their id and data alone. React Flow also passes
 * a node's measured size and absolute position, which change once for every card when the map
 * opens (measured: 2 renders of each card instead of 1) and on every frame of a drag; the card
 * looks the same, so it is not rendered again.
 */
export function sameItem(a: { id: string; data: unknown }, b: { id: string; data: unknown }) {
  return a.id === b.id && a.data === b.data;
}
