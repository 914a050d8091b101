/** Commands on stakeholders. */
import { CONCERN_LIMITS } from '../limits';
import { LIMITS } from '../schema';
import type { Board, Point, Stakeholder } from '../types';
import { ID_PREFIX, claimId, clip, hasGroup, hasTeamMember, isPoint, setOptional } from './shared';

export type StakeholderInput = Partial<Omit<Stakeholder, 'id'>> & { position: Point; id?: string };
export type StakeholderPatch = Partial<Omit<Stakeholder, 'id'>>;

/**
 * Concerns as stored: clipped, no blanks, and no more than the limits allow (CONCERN_LIMITS: per
 * person, and for the board given the concerns of everyone but `self`), so a board the app
 * makes always opens again.
 */
function cleanConcerns(d: Board, concerns: string[], self?: Stakeholder): string[] {
  let others = 0;
  for (const p of d.stakeholders) if (p.id !== self?.id) others += p.concerns.length;
  const room = Math.max(0, Math.min(CONCERN_LIMITS.perPerson, CONCERN_LIMITS.total - others));
  return concerns
    .map((c) => clip(c, LIMITS.text))
    .filter((c) => c.trim() !== '')
    .slice(0, room);
}

function validInfluence(v: number | undefined): v is Stakeholder['influence'] {
  return v !== undefined && Number.isInteger(v) && v >= 1 && v <= 5;
}

/** Adds a stakeholder with docs/domain.md defaults; drops a groupId or owner the board lacks. Returns its id. */
export function addStakeholder(d: Board, input: StakeholderInput): string {
  const id = claimId(d, ID_PREFIX.stakeholder, input.id);
  const s: Stakeholder = {
    id,
    name: clip(input.name ?? ''),
    roles: input.roles && input.roles.length > 0 ? [...input.roles] : ['influencer'],
    influence: validInfluence(input.influence) ? input.influence : 3,
    stance: input.stance ?? 'unknown',
    canVeto: input.canVeto ?? false,
    coverage: input.coverage ?? 'none',
    concerns: cleanConcerns(d, input.concerns ?? []),
    position: isPoint(input.position) ? { ...input.position } : { x: 0, y: 0 },
  };
  if (input.title) s.title = clip(input.title);
  if (hasGroup(d, input.groupId)) s.groupId = input.groupId;
  if (hasTeamMember(d, input.relationshipOwner)) s.relationshipOwner = input.relationshipOwner;
  d.stakeholders.push(s);
  return id;
}

/**
 * Changes a stakeholder. `undefined` (or '') clears an optional field; values that would make
 * the board invalid (no roles, influence outside 1–5, unknown group or owner) are ignored.
 */
export function updateStakeholder(d: Board, id: string, patch: StakeholderPatch): void {
  const s = d.stakeholders.find((x) => x.id === id);
  if (!s) return;
  if (patch.name !== undefined) s.name = clip(patch.name);
  if ('title' in patch) setOptional(s, 'title', patch.title && clip(patch.title));
  if (patch.roles && patch.roles.length > 0) s.roles = [...patch.roles];
  if (validInfluence(patch.influence)) s.influence = patch.influence;
  if (patch.stance !== undefined) s.stance = patch.stance;
  if (patch.canVeto !== undefined) s.canVeto = patch.canVeto;
  if (patch.coverage !== undefined) s.coverage = patch.coverage;
  if (patch.concerns !== undefined) s.concerns = cleanConcerns(d, patch.concerns, s);
  if (isPoint(patch.position)) s.position = { ...patch.position };
  if ('groupId' in patch && (patch.groupId === undefined || hasGroup(d, patch.groupId))) {
    setOptional(s, 'groupId', patch.groupId);
  }
  if (
    'relationshipOwner' in patch &&
    (patch.relationshipOwner === undefined || hasTeamMember(d, patch.relationshipOwner))
  ) {
    setOptional(s, 'relationshipOwner', patch.relationshipOwner);
  }
}
