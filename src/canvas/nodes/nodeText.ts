import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';

export type NodeT = TFunction<['canvas', 'domain']>;

/**
 * The map nodes' translations, made once by the canvas (`cachedT`): a translation hook and
 * i18next's key lookups in each of a thousand nodes were much of a big board's open.
 */
export const NodeTextContext = createContext<NodeT | null>(null);

export function useNodeT(): NodeT {
  const t = useContext(NodeTextContext);
  if (!t) throw new Error('map nodes are drawn inside the canvas, which gives their texts');
  return t;
}
