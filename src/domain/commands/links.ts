/** Commands on typed links. */
import { checkLink, linkTypesFor } from '../linkRules';
import type { Board, Link, LinkType } from '../types';
import { ID_PREFIX, claimId, clip, setOptional } from './shared';

export interface LinkInput {
  source: string;
  target: string;
  type: LinkType;
  label?: string;
  id?: string;
}

/** Adds a link when linkRules allows it; returns its id, or null when refused. */
export function addLink(d: Board, input: LinkInput): string | null {
  if (!checkLink(d, input.source, input.target, input.type).ok) return null;
  const id = claimId(d, ID_PREFIX.link, input.id);
  const link: Link = { id, source: input.source, target: input.target, type: input.type };
  if (input.label) link.label = clip(input.label);
  d.links.push(link);
  return id;
}

/**
 * Changes a link's label ('' or undefined clears it) or type. A type is only changed when it is
 * valid for the link's ends and would not duplicate another link.
 */
export function updateLink(d: Board, id: string, patch: { label?: string; type?: LinkType }): void {
  const link = d.links.find((l) => l.id === id);
  if (!link) return;
  if ('label' in patch) setOptional(link, 'label', patch.label && clip(patch.label));
  const type = patch.type;
  if (type === undefined || type === link.type) return;
  const valid = linkTypesFor(d, link.source, link.target).includes(type);
  const duplicate = d.links.some(
    (l) => l.source === link.source && l.target === link.target && l.type === type,
  );
  if (valid && !duplicate) link.type = type;
}
