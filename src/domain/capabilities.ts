/**
 * The capability rules of docs/domain.md §4 and §6, in one place: how names compare, how typed text
 * becomes a capability code, how a capability is named, and which required capabilities a
 * stage's people lack. Flags, suggestions, the swimlane, the team panel and exports use these.
 */
import type { Lang } from './lang';
import { CAPABILITY_NAMES } from './text/names';
import { CAPABILITIES, type CapabilityCode, type SalesStage, type TeamMember } from './types';

/** The form two names compare by: trimmed and case-insensitive. */
export function normText(text: string): string {
  return text.trim().toLowerCase();
}

/** True when two names are the same under {@link normText}. */
export function sameText(a: string, b: string): boolean {
  return normText(a) === normText(b);
}

const BY_NAME = new Map<string, CapabilityCode>();
for (const code of CAPABILITIES) {
  BY_NAME.set(code, code);
  for (const names of Object.values(CAPABILITY_NAMES)) BY_NAME.set(normText(names[code]), code);
}

/** The code a text stands for (a code, or a code's name in any UI language); null for free text. */
export function capabilityCode(text: string): CapabilityCode | null {
  return BY_NAME.get(normText(text)) ?? null;
}

/** What typed capability text is stored as: its code when it names one, else the trimmed text. */
export function toCapability(text: string): string {
  return capabilityCode(text) ?? text.trim();
}

/** The key capabilities match by: the code, or the normalised free text. */
export function capabilityKey(text: string): string {
  return capabilityCode(text) ?? normText(text);
}

/** A capability as shown in `lang`: a code by its name, free text as entered. */
export function capabilityName(text: string, lang: Lang): string {
  const code = capabilityCode(text);
  return code ? CAPABILITY_NAMES[lang][code] : text;
}

/** The capability keys a team member holds. */
export function heldCapabilities(member: Pick<TeamMember, 'capabilities'>): Set<string> {
  return new Set(member.capabilities.map(capabilityKey));
}

/**
 * The gap rule (§6 `stage.capability-gap`): the required entries (trimmed, the first of each
 * key, blanks ignored) that none of `holders` has.
 */
export function missingCapabilities(
  required: readonly string[],
  holders: readonly ReadonlySet<string>[],
): string[] {
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const entry of required) {
    const key = capabilityKey(entry);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    if (!holders.some((held) => held.has(key))) missing.push(entry.trim());
  }
  return missing;
}

/** The gap rule for one stage: its owner and supporters (team members only) are the holders. */
export function stageCapabilityGap(
  stage: Partial<Pick<SalesStage, 'owner' | 'supporters' | 'capabilities'>>,
  team: readonly TeamMember[],
): string[] {
  const people = new Set([...(stage.owner ? [stage.owner] : []), ...(stage.supporters ?? [])]);
  const holders = team.filter((m) => people.has(m.id)).map(heldCapabilities);
  return missingCapabilities(stage.capabilities ?? [], holders);
}
