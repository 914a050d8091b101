import { SEVERITY, type Flag, type FlagCode } from './flagCodes';
import { columnOrder } from './order';
import type { Lang } from './lang';
import { capabilityName, heldCapabilities, missingCapabilities } from './capabilities';
import { FLAG_TEXTS, LIST_SEPARATOR } from './text/flags';
import { STANCE_NAMES } from './text/names';
import { fill } from './text/fill';
import { stepName } from './text/stepName';
import type { Board, BuyingStep, Stakeholder } from './types';
import { PARTICIPATION_LINKS, emptySalesStage } from './types';

export { PLAN_FLAGS, SEVERITY } from './flagCodes';
export type { Flag, FlagCode, Severity } from './flagCodes';

const PARTICIPATION: ReadonlySet<string> = new Set(PARTICIPATION_LINKS);
const PAPER_KINDS: ReadonlySet<string> = new Set(['procurement', 'legal', 'signing']);
const filled = (list: readonly string[]): string[] => list.filter((t) => t.trim() !== '');

function makeFlag(
  lang: Lang,
  code: FlagCode,
  subject: string | null,
  params: Record<string, string> = {},
  display: Record<string, string> = params,
): Flag {
  const message = fill(FLAG_TEXTS[lang][code], display);
  return { code, subject, severity: SEVERITY[code], params, message };
}

/** Key stakeholder (§6): decision maker, approver, veto holder, or source of an `approves` link. */
function isKey(s: Stakeholder, approvers: ReadonlySet<string>): boolean {
  return (
    s.roles.includes('decision-maker') ||
    s.roles.includes('approver') ||
    s.canVeto ||
    approvers.has(s.id)
  );
}

function mapFlags(board: Board, lang: Lang): Flag[] {
  const out: Flag[] = [];
  const people = board.stakeholders;
  const approvers = new Set<string>();
  for (const link of board.links) if (link.type === 'approves') approvers.add(link.source);

  if (!people.some((s) => s.roles.includes('decision-maker'))) {
    out.push(makeFlag(lang, 'map.no-decision-maker', null));
  }
  if (!people.some((s) => s.roles.includes('champion'))) {
    out.push(makeFlag(lang, 'map.no-champion', null));
  }
  const engaged = people.filter((s) => s.coverage !== 'none').length;
  const needed = Math.min(3, people.length);
  if (people.length >= 2 && engaged < needed) {
    const counts = { engaged: `${engaged}`, total: `${people.length}`, needed: `${needed}` };
    out.push(makeFlag(lang, 'map.single-threaded', null, counts));
  }

  for (const s of people) {
    const who = { id: s.id, name: s.name };
    const key = isKey(s, approvers);
    if (key && s.coverage === 'none')
      out.push(makeFlag(lang, 'map.key-player-unengaged', s.id, who));
    if (key && s.stance === 'unknown') out.push(makeFlag(lang, 'map.stance-unknown', s.id, who));
    const risky = s.stance === 'blocker' || (s.stance === 'skeptic' && s.influence >= 4);
    if (risky && !s.relationshipOwner) {
      const stance = s.stance === 'blocker' ? 'blocker' : 'skeptic';
      const params = { ...who, stance };
      const display = { ...params, stance: STANCE_NAMES[lang][stance] };
      out.push(makeFlag(lang, 'map.blocker-unaddressed', s.id, params, display));
    }
  }

  const members = new Map<string, { total: number; engaged: number }>();
  for (const s of people) {
    if (s.groupId === undefined) continue;
    const m = members.get(s.groupId) ?? { total: 0, engaged: 0 };
    m.total++;
    if (s.coverage !== 'none') m.engaged++;
    members.set(s.groupId, m);
  }
  for (const g of board.groups) {
    const m = members.get(g.id);
    if (m && m.engaged === 0) {
      out.push(makeFlag(lang, 'map.department-unengaged', g.id, { id: g.id, group: g.label }));
    }
  }

  if (board.steps.length > 0) {
    if (!board.steps.some((s) => s.kind === 'budget')) {
      out.push(makeFlag(lang, 'map.no-budget-step', null));
    }
    if (!board.steps.some((s) => PAPER_KINDS.has(s.kind))) {
      out.push(makeFlag(lang, 'map.paper-process-unmapped', null));
    }
  }
  return out;
}

function stageFlags(board: Board, lang: Lang, order: readonly BuyingStep[]): Flag[] {
  const out: Flag[] = [];
  const stakeholderIds = new Set(board.stakeholders.map((s) => s.id));
  const reached = new Set<string>();
  for (const link of board.links) {
    if (PARTICIPATION.has(link.type) && stakeholderIds.has(link.source)) reached.add(link.target);
  }
  const skills = new Map<string, ReadonlySet<string>>();
  for (const t of board.team) skills.set(t.id, heldCapabilities(t));

  for (const step of order) {
    const stage = { ...emptySalesStage(), ...board.sales[step.id] };
    const where = { id: step.id, step: step.label };
    // Messages name the step even when its label is blank; params keep the raw label.
    const shownWhere = { ...where, step: stepName(step, lang) };
    const add = (code: FlagCode, extra: Record<string, string> = {}, display = extra): void => {
      out.push(
        makeFlag(lang, code, step.id, { ...where, ...extra }, { ...shownWhere, ...display }),
      );
    };
    const ownerSkills = stage.owner === undefined ? undefined : skills.get(stage.owner);
    const supporterSkills: ReadonlySet<string>[] = [];
    for (const id of stage.supporters) {
      const set = skills.get(id);
      if (set) supporterSkills.push(set);
    }

    if (!reached.has(step.id)) add('stage.no-stakeholder');
    if (!ownerSkills) add('stage.no-owner');
    if (filled(stage.systems).length === 0) add('stage.no-system-support');
    if (supporterSkills.length === 0 && filled(stage.enablement).length === 0) {
      add('stage.no-enablement');
    }
    const holders = ownerSkills ? [ownerSkills, ...supporterSkills] : supporterSkills;
    const missing = missingCapabilities(stage.capabilities, holders);
    if (missing.length > 0) {
      const shown = missing.map((c) => capabilityName(c, lang));
      const display = { missing: shown.join(LIST_SEPARATOR[lang]) };
      add('stage.capability-gap', { missing: missing.join(', ') }, display);
    }
  }
  return out;
}

/**
 * Every flag of DOMAIN.md §6: map flags first, then stage flags in column order. Pass `order`
 * when the column order is already known, to avoid sorting twice.
 */
export function computeFlags(
  board: Board,
  lang: Lang,
  order: readonly BuyingStep[] = columnOrder(board),
): Flag[] {
  return [...mapFlags(board, lang), ...stageFlags(board, lang, order)];
}
