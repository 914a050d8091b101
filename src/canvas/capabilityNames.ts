/** Turns capabilities typed as text into the capability codes of DOMAIN.md §4 where they match. */
import { CAPABILITIES } from '../domain/types';
import { domain as en } from '../i18n/en/domain';
import { domain as zh } from '../i18n/zh-CN/domain';

/**
 * Lower-cased code and translated names (every language) -> code. Only the domain words of the
 * other language are bundled here, not its whole set of messages.
 */
const BY_NAME = new Map<string, string>();
for (const code of CAPABILITIES) {
  BY_NAME.set(code, code);
  for (const names of [en, zh]) {
    BY_NAME.set(names.capability[code].trim().toLowerCase(), code);
  }
}

/**
 * The capability code for a typed capability when it is a code or a code's name in any UI
 * language (trimmed, case-insensitive), so it counts for the analysis; otherwise the trimmed text.
 */
export function capabilityCode(text: string): string {
  const trimmed = text.trim();
  return BY_NAME.get(trimmed.toLowerCase()) ?? trimmed;
}
