import { SEVERITY, type Flag, type FlagCode } from './flagCodes';
import { columnOrder } from './order';
import { heldCapabilities, missingCapabilities } from './capabilities';
import type { Board, BuyingStep, Stakeholder } from './types';
import { PARTICIPATION_LINKS, stageOf } from './types';

export { PLAN_FLAGS, SEVERITY } from './flagCodes';
export { flagMessage } from './text/flags';
export type { Flag, FlagCode, Severity } from './flagCodes';

const PARTICIPATION: ReadonlySet<string> = new Set(PARTICIPATION_LINKS);
const PAPER_KINDS: ReadonlySet<string> = new Set(['procurement', 'legal', 'signing']);
/** Whether a list holds a non-blank entry (no filtered copy). */
const anyFilled = (list: readonly string[]): boolean => list.some((t) => t.trim() !== '');

function makeFlag(
  code: FlagCode,
  subject: string | null,
  params: Record<string, string> = {},
  missing?: readonly string[],
): Flag {
  const flag: Flag = { code, subject, severity: SEVERITY[code], params };
  return missing ? { ...flag, missing } : flag;
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

function mapFlags(board: Board): Flag[] {
  const out: Flag[] = [];
  const people = board.stakeholders;
  const approvers = new Set<string>();
  for (const link of board.links) if (link.type === 'approves') approvers.add(link.source);

  if (!people.some((s) => s.roles.includes('decision-maker'))) {
    out.push(makeFlag('map.no-decision-maker', null));
  }
  if (!people.some((s) => s.roles.includes('champion'))) {
    out.push(makeFlag('map.no-champion', null));
  }
  const engaged = people.filter((s) => s.coverage !== 'none').length;
  const needed = Math.min(3, people.length);
  if (people.length >= 2 && engaged < needed) {
    const counts = { engaged: `${engaged}`, total: `${people.length}`, needed: `${needed}` };
    out.push(makeFlag('map.single-threaded', null, counts));
  }

  for (const s of people) {
    const who = { id: s.id, name: s.name };
    const key = isKey(s, approvers);
    if (key && s.coverage === 'none') out.push(makeFlag('map.key-player-unengaged', s.id, who));
    if (key && s.stance === 'unknown') out.push(makeFlag('map.stance-unknown', s.id, who));
    const risky = s.stance === 'blocker' || (s.stance === 'skeptic' && s.influence >= 4);
    if (risky && !s.relationshipOwner) {
      const stance = s.stance === 'blocker' ? 'blocker' : 'skeptic';
      out.push(makeFlag('map.blocker-unaddressed', s.id, { ...who, stance }));
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
      out.push(makeFlag('map.department-unengaged', g.id, { id: g.id, group: g.label }));
    }
  }

  if (board.steps.length > 0) {
    if (!board.steps.some((s) => s.kind === 'budget')) {
      out.push(makeFlag('map.no-budget-step', null));
    }
    if (!board.steps.some((s) => PAPER_KINDS.has(s.kind))) {
      out.push(makeFlag('map.paper-process-unmapped', null));
    }
  }
  return out;
}

function stageFlags(board: Board, order: readonly BuyingStep[]): Flag[] {
  const out: Flag[] = [];
  const stakeholderIds = new Set(board.stakeholders.map((s) => s.id));
  const reached = new Set<string>();
  for (const link of board.links) {
    if (PARTICIPATION.has(link.type) && stakeholderIds.has(link.source)) reached.add(link.target);
  }
  const skills = new Map<string, ReadonlySet<string>>();
  for (const t of board.team) skills.set(t.id, heldCapabilities(t));

  for (const step of order) {
    const stage = stageOf(board, step.id);
    // The kind names the step in messages when its label is blank; params keep the raw label.
    const where = { id: step.id, step: step.label, kind: step.kind };
    const add = (code: FlagCode, extra: Record<string, string> = {}, list?: string[]): void => {
      out.push(makeFlag(code, step.id, { ...where, ...extra }, list));
    };
    const ownerSkills = stage.owner === undefined ? undefined : skills.get(stage.owner);
    const supporterSkills: ReadonlySet<string>[] = [];
    for (const id of stage.supporters) {
      const set = skills.get(id);
      if (set) supporterSkills.push(set);
    }

    if (!reached.has(step.id)) add('stage.no-stakeholder');
    if (!ownerSkills) add('stage.no-owner');
    if (!anyFilled(stage.systems)) add('stage.no-system-support');
    if (supporterSkills.length === 0 && !anyFilled(stage.enablement)) {
      add('stage.no-enablement');
    }
    const holders = ownerSkills ? [ownerSkills, ...supporterSkills] : supporterSkills;
    const missing = missingCapabilities(stage.capabilities, holders);
    if (missing.length > 0) {
      add('stage.capability-gap', { missing: missing.join(', ') }, missing);
    }
  }
  return out;
}

/**
 * Every flag of docs/domain.md §6: map flags first, then stage flags in column order. Pass `order`
 * when the column order is already known, to avoid sorting twice.
 */
export function computeFlags(
  board: Board,
  order: readonly BuyingStep[] = columnOrder(board),
): Flag[] {
  return [...mapFlags(board), ...stageFlags(board, order)];
}
