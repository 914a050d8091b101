import type { Lang } from '../../domain/lang';
import type { Board, SalesStage } from '../../domain/types';
import { capabilityName } from '../../domain/capabilities';
import { emptySalesStage, ownStage } from '../../domain/types';
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

/** A team member's name, or the raw id when the reference is dangling (kept visible, not lost). */
export function memberName(board: Board, id: string): string {
  return board.team.find((m) => m.id === id)?.name ?? id;
}

/** The stage of a step with every default filled, so exports never read undefined lists. */
export function stageOf(board: Board, stepId: string): SalesStage {
  return { ...emptySalesStage(), ...ownStage(board.sales, stepId) };
}
