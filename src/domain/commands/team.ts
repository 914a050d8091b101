/** Commands on our own team members. */
import { capabilityKey } from '../capabilities';
import { LIMITS } from '../schema';
import type { Board, TeamMember, TeamRole } from '../types';
import { ID_PREFIX, claimId, clip } from './shared';

export interface TeamMemberInput {
  name: string;
  role?: TeamRole;
  capabilities?: string[];
  id?: string;
}
export type TeamMemberPatch = Partial<Omit<TeamMember, 'id'>>;

/** Trims capability entries, drops empty ones and repeats (the same code or name, any case). */
function cleanCapabilities(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const cap = clip(raw.trim(), LIMITS.text);
    const key = capabilityKey(cap);
    if (cap === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(cap);
  }
  return out.slice(0, LIMITS.array);
}

/** Adds a team member (role defaults to sales); returns its id. */
export function addTeamMember(d: Board, input: TeamMemberInput): string {
  const id = claimId(d, ID_PREFIX.team, input.id);
  d.team.push({
    id,
    name: clip(input.name),
    role: input.role ?? 'sales',
    capabilities: cleanCapabilities(input.capabilities ?? []),
  });
  return id;
}

/** Changes a team member's name, role or capabilities. */
export function updateTeamMember(d: Board, id: string, patch: TeamMemberPatch): void {
  const member = d.team.find((t) => t.id === id);
  if (!member) return;
  if (patch.name !== undefined) member.name = clip(patch.name);
  if (patch.role !== undefined) member.role = patch.role;
  if (patch.capabilities !== undefined) member.capabilities = cleanCapabilities(patch.capabilities);
}
