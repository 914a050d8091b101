/** What a card's rendering depends on besides the context: its item, and whether it connects. */
interface ItemProps {
  id: string;
  data: unknown;
  isConnectable?: boolean;
}

/**
 * For `memo` on node components that draw from their id and data alone. React Flow also passes
 * a node's measured size and absolute position, which change once for every card when the map
 * opens (measured: 2 renders of each card instead of 1) and on every frame of a drag; the card
 * looks the same, so it is not rendered again.
 */
export function sameItem(a: ItemProps, b: ItemProps) {
  return a.id === b.id && a.data === b.data && a.isConnectable === b.isConnectable;
}
