import { KIND_CAPABILITIES, KIND_TEXTS, STAKEHOLDER_TEXTS } from './text/suggestions';
import { fill } from './text/fill';
import type { Board, SalesStage } from './types';
import { PARTICIPATION_LINKS } from './types';

export type Lang = 'en' | 'zh-CN';

/** A rule-based entry the team can accept into a lane of a stage, or dismiss. */
export interface Suggestion {
  lane: 'actions' | 'information' | 'systems' | 'capabilities';
  text: string;
  source: 'kind' | 'stakeholder';
  stakeholderId?: string;
}

type Lane = Suggestion['lane'];

const PARTICIPATION: ReadonlySet<string> = new Set(PARTICIPATION_LINKS);

/** Comparison key: entries match regardless of case and surrounding spaces. */
const key = (text: string): string => text.trim().toLowerCase();

/**
 * Suggestions for the stage of `stepId` (DOMAIN.md §5): the row of its step kind, then for each
 * stakeholder linked to the step (in link order) "address {name}'s concerns", one information
 * item per concern and, for an `approves` link, "secure {name}'s approval". Texts already in the
 * stage's lane or in `dismissed` (case-insensitive) are left out; no text appears twice in a lane.
 */
export function suggestionsFor(board: Board, stepId: string, lang: Lang): Suggestion[] {
  const step = board.steps.find((s) => s.id === stepId);
  if (!step) return [];
  const stage: Partial<SalesStage> = board.sales[stepId] ?? {};
  const dismissed = new Set((stage.dismissed ?? []).map(key));
  const taken: Record<Lane, Set<string>> = {
    actions: new Set((stage.actions ?? []).map(key)),
    information: new Set((stage.information ?? []).map(key)),
    systems: new Set((stage.systems ?? []).map(key)),
    capabilities: new Set((stage.capabilities ?? []).map(key)),
  };
  const out: Suggestion[] = [];
  const add = (lane: Lane, text: string, stakeholderId?: string): void => {
    const k = key(text);
    if (k === '' || dismissed.has(k) || taken[lane].has(k)) return;
    taken[lane].add(k);
    out.push(
      stakeholderId === undefined
        ? { lane, text, source: 'kind' }
        : { lane, text, source: 'stakeholder', stakeholderId },
    );
  };

  const row = KIND_TEXTS[lang][step.kind];
  for (const text of row.actions) add('actions', text);
  for (const text of row.information) add('information', text);
  for (const text of row.systems) add('systems', text);
  for (const code of KIND_CAPABILITIES[step.kind]) add('capabilities', code);

  const templates = STAKEHOLDER_TEXTS[lang];
  for (const link of board.links) {
    if (link.target !== stepId || !PARTICIPATION.has(link.type)) continue;
    // A step has few links: a lookup per link is cheaper than indexing every stakeholder.
    const person = board.stakeholders.find((s) => s.id === link.source);
    if (!person) continue;
    const name = { name: person.name };
    // Duplicate texts (a second link from the same person) are dropped by `add`.
    add('actions', fill(templates.concerns, name), person.id);
    for (const concern of person.concerns) add('information', concern, person.id);
    if (link.type === 'approves') add('actions', fill(templates.approval, name), person.id);
  }
  return out;
}
