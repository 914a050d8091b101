/** What drawing a connection between two map items means: which link types it may create. */
import { checkLink, itemKind, linkTypesFor } from '../domain/linkRules';
import type { Board, LinkType } from '../domain/types';

export type RefusalReason = 'same-node' | 'duplicate' | 'group' | 'bad-ends';

export type ConnectionPlan =
  | { ok: true; source: string; target: string; types: LinkType[] }
  | { ok: false; reason: RefusalReason };

/**
 * Plans a link for a connection drawn from `from` to `to`. When only the reverse direction fits
 * (a step dragged onto a person), the link is turned round, since participation always runs
 * person -> step. Types that would duplicate an existing link are left out.
 */
export function planConnection(board: Board, from: string, to: string): ConnectionPlan {
  if (from === to) return { ok: false, reason: 'same-node' };
  const kinds = [itemKind(board, from), itemKind(board, to)];
  if (kinds.includes('group')) return { ok: false, reason: 'group' };
  let [source, target] = [from, to];
  let types = linkTypesFor(board, source, target);
  if (types.length === 0) {
    [source, target] = [to, from];
    types = linkTypesFor(board, source, target);
  }
  if (types.length === 0) return { ok: false, reason: 'bad-ends' };
  const free = types.filter((type) => checkLink(board, source, target, type).ok);
  if (free.length === 0) return { ok: false, reason: 'duplicate' };
  return { ok: true, source, target, types: free };
}
