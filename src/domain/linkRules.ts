/** Which link types may join which items (docs/domain.md §4), shared by validation and commands. */
import { PARTICIPATION_LINKS, PEOPLE_LINKS } from './types';
import type { Board, LinkType, Role } from './types';

export type ItemKind = 'stakeholder' | 'step' | 'group' | 'link' | 'team';
/** The kinds a link end can be. */
export type NodeKind = 'stakeholder' | 'step';

/** Kind of the item with this id, or null when the board has none. */
export function itemKind(board: Board, id: string): ItemKind | null {
  if (board.stakeholders.some((s) => s.id === id)) return 'stakeholder';
  if (board.steps.some((s) => s.id === id)) return 'step';
  if (board.groups.some((g) => g.id === id)) return 'group';
  if (board.links.some((l) => l.id === id)) return 'link';
  if (board.team.some((t) => t.id === id)) return 'team';
  return null;
}

/** Link types valid from an item of kind `source` to one of kind `target`. */
function linkTypesForKinds(source: ItemKind | null, target: ItemKind | null): readonly LinkType[] {
  if (source === 'step' && target === 'step') return ['next'];
  if (source === 'stakeholder' && target === 'step') return PARTICIPATION_LINKS;
  if (source === 'stakeholder' && target === 'stakeholder') return PEOPLE_LINKS;
  return [];
}

/** The [source, target] kinds a link of this type needs. */
export function endKindsFor(type: LinkType): readonly [NodeKind, NodeKind] {
  if (type === 'next') return ['step', 'step'];
  if ((PEOPLE_LINKS as readonly LinkType[]).includes(type)) return ['stakeholder', 'stakeholder'];
  return ['stakeholder', 'step'];
}

/** Link types valid between two items of the board; none when they are the same item. */
export function linkTypesFor(board: Board, sourceId: string, targetId: string): LinkType[] {
  if (sourceId === targetId) return [];
  return [...linkTypesForKinds(itemKind(board, sourceId), itemKind(board, targetId))];
}

export type LinkCheck =
  { ok: true } | { ok: false; reason: 'same-node' | 'bad-ends' | 'duplicate' };

/** Whether a new link of `type` from `source` to `target` may be added. */
export function checkLink(board: Board, source: string, target: string, type: LinkType): LinkCheck {
  if (source === target) return { ok: false, reason: 'same-node' };
  if (!linkTypesFor(board, source, target).includes(type)) return { ok: false, reason: 'bad-ends' };
  const dup = board.links.some(
    (l) => l.source === source && l.target === target && l.type === type,
  );
  return dup ? { ok: false, reason: 'duplicate' } : { ok: true };
}

/** The participation link a role most likely means (docs/domain.md §4: who does what in a step). */
const ROLE_LINK: Partial<Record<Role, LinkType>> = {
  'decision-maker': 'drives',
  user: 'drives',
  approver: 'approves',
  evaluator: 'evaluates',
};

/**
 * The link type a person → step connection most likely means, from the person's roles in their
 * order: drives for a decision maker or user, approves for an approver, evaluates for an
 * evaluator, informed otherwise. Only a type of `free` is returned (undefined when the likely
 * ones are all taken), so the caller can fall back to asking.
 */
export function likelyLinkType(
  board: Board,
  source: string,
  free: readonly LinkType[],
): LinkType | undefined {
  const person = board.stakeholders.find((s) => s.id === source);
  if (!person) return undefined;
  const wanted = person.roles.map((r) => ROLE_LINK[r]).filter((t) => t !== undefined);
  return [...wanted, 'informed' as const].find((t) => free.includes(t));
}
