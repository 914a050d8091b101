import { capabilityKey, normText } from './capabilities';
import { KIND_CAPABILITIES, KIND_TEXTS, STAKEHOLDER_TEXTS } from './text/suggestions';
import { fill } from './text/fill';
import type { Lang } from './lang';
import type { Board, BuyingStep, Link, SalesStage, Stakeholder } from './types';
import { PARTICIPATION_LINKS, ownStage } from './types';

export type { Lang } from './lang';

/** A rule-based entry the team can accept into a lane of a stage, or dismiss. */
export interface Suggestion {
  lane: 'actions' | 'information' | 'systems' | 'capabilities';
  text: string;
  source: 'kind' | 'stakeholder';
  stakeholderId?: string;
}

type Lane = Suggestion['lane'];

const PARTICIPATION: ReadonlySet<string> = new Set(PARTICIPATION_LINKS);

/**
 * Lookups built once per array and reused by every column: without them each column would scan
 * every link and search the stakeholders, quadratic on a large board. Keyed on the arrays
 * themselves (immutable snapshots), so an edit to the sales plan keeps the map indexes.
 */
const stepIndex = new WeakMap<readonly BuyingStep[], ReadonlyMap<string, BuyingStep>>();
const peopleIndex = new WeakMap<readonly Stakeholder[], ReadonlyMap<string, Stakeholder>>();
const linkIndex = new WeakMap<readonly Link[], ReadonlyMap<string, readonly Link[]>>();

function byId<T extends { id: string }>(
  cache: WeakMap<readonly T[], ReadonlyMap<string, T>>,
  list: readonly T[],
): ReadonlyMap<string, T> {
  let index = cache.get(list);
  if (!index) {
    const map = new Map<string, T>();
    // The first item wins, as `Array.find` would.
    for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
    index = map;
    cache.set(list, index);
  }
  return index;
}

/** Participation links per target step, in board order. */
function participationByStep(links: readonly Link[]): ReadonlyMap<string, readonly Link[]> {
  let index = linkIndex.get(links);
  if (!index) {
    const map = new Map<string, Link[]>();
    for (const link of links) {
      if (!PARTICIPATION.has(link.type)) continue;
      const list = map.get(link.target);
      if (list) list.push(link);
      else map.set(link.target, [link]);
    }
    index = map;
    linkIndex.set(links, index);
  }
  return index;
}

/**
 * Suggestions for the stage of `stepId` (docs/domain.md §5): the row of its step kind, then for each
 * stakeholder linked to the step (in link order) "address {name}'s concerns", one information
 * item per concern and, for an `approves` link, "secure {name}'s approval". Texts already in the
 * stage's lane or in `dismissed` (case-insensitive) are left out; no text appears twice in a lane.
 */
export function suggestionsFor(board: Board, stepId: string, lang: Lang): Suggestion[] {
  const step = byId(stepIndex, board.steps).get(stepId);
  if (!step) return [];
  const stage: Partial<SalesStage> = ownStage(board.sales, stepId) ?? {};
  // Capabilities compare by code, so a typed name hides the suggestion of its code.
  const key = (lane: Lane, text: string) =>
    lane === 'capabilities' ? capabilityKey(text) : normText(text);
  const dismissed = new Set((stage.dismissed ?? []).map(normText));
  const taken: Record<Lane, Set<string>> = {
    actions: new Set((stage.actions ?? []).map(normText)),
    information: new Set((stage.information ?? []).map(normText)),
    systems: new Set((stage.systems ?? []).map(normText)),
    capabilities: new Set((stage.capabilities ?? []).map(capabilityKey)),
  };
  const out: Suggestion[] = [];
  const add = (lane: Lane, text: string, stakeholderId?: string): void => {
    const k = key(lane, text);
    if (k === '' || dismissed.has(normText(text)) || taken[lane].has(k)) return;
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
  const people = byId(peopleIndex, board.stakeholders);
  for (const link of participationByStep(board.links).get(stepId) ?? []) {
    const person = people.get(link.source);
    if (!person) continue;
    const name = { name: person.name };
    // Duplicate texts (a second link from the same person) are dropped by `add`.
    add('actions', fill(templates.concerns, name), person.id);
    for (const concern of person.concerns) add('information', concern, person.id);
    if (link.type === 'approves') add('actions', fill(templates.approval, name), person.id);
  }
  return out;
}
