import type { Lang } from '../../domain/lang';
import { capabilityName } from '../../domain/capabilities';
import { resources } from '../../i18n/resources';

/** The translated words an export needs: the domain's names and the share namespace. */
export function labelsFor(lang: Lang) {
  return { lang, d: resources[lang].domain, s: resources[lang].share };
}
export type Labels = ReturnType<typeof labelsFor>;

/** A capability entry by its translated name when it is a code; free text stays as typed. */
export function capabilityText(l: Labels, text: string): string {
  return capabilityName(text, l.lang);
}
