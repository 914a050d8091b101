/**
 * Commands behind the outline view and list imports: a person or a step given as a row of
 * names (department, relationship owner, who drives or approves a step…) rather than ids. A
 * name the board lacks creates what it names (a department frame, a team member, a person), so
 * typing a row is all it takes. New cards are placed: people in their department's frame (or in
 * a row below the frames), steps in process order on the process row, frames beside each other.
 * Run one row inside one edit, and the row is one undo entry.
 */
import { columnOrder } from '../order';
import { PERSON_BOX, STEP_BOX, slotInFrame } from '../placement';
import type {
  Board,
  Coverage,
  Group,
  LinkType,
  Point,
  Role,
  Size,
  Stance,
  StepKind,
} from '../types';
import { addGroup, updateGroup } from './groups';
import { addLink } from './links';
import { setStageOwner } from './sales';
import { addStakeholder, updateStakeholder } from './stakeholders';
import { addStep, updateStep } from './steps';
import { addTeamMember } from './team';

/** The participation link each name column of a step row makes. */
export const STEP_NAME_COLUMNS = ['drives', 'approves', 'evaluates', 'informed'] as const;
export type StepNameColumn = (typeof STEP_NAME_COLUMNS)[number] & LinkType;

/** A person as the outline holds it: names instead of ids; absent fields stay as they are. */
export interface PersonRow {
  name: string;
  title?: string;
  /** A department's label; '' clears the department. */
  department?: string;
  roles?: Role[];
  influence?: 1 | 2 | 3 | 4 | 5;
  stance?: Stance;
  canVeto?: boolean;
  coverage?: Coverage;
  /** A team member's name; '' clears the owner. */
  owner?: string;
  concerns?: string[];
}

/** A buying step as the outline holds it. `order` is its 1-based place in the process. */
export interface StepRow {
  label: string;
  kind?: StepKind;
  order?: number;
  drives?: string[];
  approves?: string[];
  evaluates?: string[];
  informed?: string[];
  /** The stage owner (a team member's name); '' clears it. */
  owner?: string;
}

/** The width of a new department frame: room for two cards side by side. */
export const FRAME_SIZE: Size = { width: 480, height: 180 };
const FRAME_GAP = 40;
/** Room between two steps of the process row, for the arrow. */
const STEP_GAP = 60;
/** From the process row down to the frames. */
const ROW_GAP = 120;

const same = (a: string, b: string) =>
  a.normalize('NFKC').trim().toLowerCase() === b.normalize('NFKC').trim().toLowerCase();

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function rects(board: Board): Rect[] {
  return [
    ...board.groups.map((g) => ({ ...g.position, ...g.size })),
    ...board.steps.map((s) => ({ ...s.position, ...STEP_BOX })),
    ...board.stakeholders.map((s) => ({ ...s.position, ...PERSON_BOX })),
  ];
}

/** The first spot from `start` going right (then row by row down) where `size` overlaps nothing. */
function scanRight(board: Board, start: Point, size: Size, gap = 20): Point {
  const taken = rects(board).map((r) => ({
    x: r.x - gap,
    y: r.y - gap,
    width: r.width + 2 * gap,
    height: r.height + 2 * gap,
  }));
  for (let row = 0; row < 200; row += 1) {
    for (let col = 0; col < 40; col += 1) {
      const p = { x: start.x + col * (size.width + gap), y: start.y + row * (size.height + gap) };
      if (!taken.some((t) => overlaps(t, { ...p, ...size }))) return p;
    }
  }
  return start;
}

/** The bottom of the process row (where frames start below it). */
function processBottom(board: Board): number | undefined {
  if (board.steps.length === 0) return undefined;
  return Math.max(...board.steps.map((s) => s.position.y + STEP_BOX.height));
}

/** The department frame called `label` (any case), created beside the others when missing. */
export function ensureGroup(d: Board, label: string): string | undefined {
  const text = label.trim();
  if (text === '') return undefined;
  const found = d.groups.find((g) => same(g.label, text));
  if (found) return found.id;
  const below = processBottom(d);
  const top =
    d.groups.length > 0
      ? Math.min(...d.groups.map((g) => g.position.y))
      : below !== undefined
        ? below + ROW_GAP
        : 0;
  const left =
    d.groups.length > 0
      ? Math.max(...d.groups.map((g) => g.position.x + g.size.width)) + FRAME_GAP
      : d.steps.length > 0
        ? Math.min(...d.steps.map((s) => s.position.x))
        : 0;
  const at = scanRight(d, { x: left, y: top }, FRAME_SIZE, FRAME_GAP / 2);
  return addGroup(d, { label: text, position: at, size: { ...FRAME_SIZE } });
}

/** Our team member called `name` (any case), added (as sales) when missing. */
export function ensureTeamMember(d: Board, name: string): string | undefined {
  const text = name.trim();
  if (text === '') return undefined;
  return d.team.find((m) => same(m.name, text))?.id ?? addTeamMember(d, { name: text });
}

/** The person called `name` (any case), or undefined. */
export function findPerson(board: Board, name: string): string | undefined {
  const text = name.trim();
  return text === '' ? undefined : board.stakeholders.find((s) => same(s.name, text))?.id;
}

/** A place for a person without a department: a row below the frames and the process. */
function looseSpot(d: Board): Point {
  const all = rects(d);
  const bottom = all.length > 0 ? Math.max(...all.map((r) => r.y + r.height)) : 0;
  const left = all.length > 0 ? Math.min(...all.map((r) => r.x)) : 0;
  const loose = d.stakeholders.filter((s) => s.groupId === undefined);
  // Next to the loose people already placed, else a new row below everything.
  const start =
    loose.length > 0
      ? { x: left, y: Math.min(...loose.map((s) => s.position.y)) }
      : { x: left, y: all.length > 0 ? bottom + 60 : 0 };
  return scanRight(d, start, PERSON_BOX);
}

/** Puts a person in their frame (growing it when full), or in the loose row without one. */
function place(d: Board, id: string): void {
  const s = d.stakeholders.find((x) => x.id === id);
  if (!s) return;
  const group = s.groupId ? d.groups.find((g) => g.id === s.groupId) : undefined;
  if (!group) return;
  const slot = slotInFrame(d, id, group);
  if (slot.size) grow(d, group, slot.size);
  s.position = slot.position;
}

/** Grows a frame, moving frames and loose people it would now cover down out of its way. */
function grow(d: Board, group: Group, size: Size): void {
  const before = { ...group.position, ...group.size };
  updateGroup(d, group.id, { size });
  const dy = size.height - before.height;
  if (dy <= 0) return;
  for (const s of d.stakeholders) {
    if (s.groupId === undefined && s.position.y >= before.y + before.height) {
      if (s.position.x < before.x + size.width && s.position.x + PERSON_BOX.width > before.x) {
        s.position = { x: s.position.x, y: s.position.y + dy };
      }
    }
  }
}

/**
 * Adds a person (no `id`) or changes one from a row. A department or owner named but missing
 * is created; a new person, or one whose department changed, is placed in the frame.
 */
export function upsertPersonRow(d: Board, row: PersonRow, id?: string): string {
  const groupId =
    row.department === undefined ? undefined : (ensureGroup(d, row.department) ?? null);
  const owner = row.owner === undefined ? undefined : (ensureTeamMember(d, row.owner) ?? null);
  const patch = {
    name: row.name.trim(),
    ...(row.title !== undefined ? { title: row.title.trim() } : {}),
    ...(row.roles && row.roles.length > 0 ? { roles: row.roles } : {}),
    ...(row.influence !== undefined ? { influence: row.influence } : {}),
    ...(row.stance !== undefined ? { stance: row.stance } : {}),
    ...(row.canVeto !== undefined ? { canVeto: row.canVeto } : {}),
    ...(row.coverage !== undefined ? { coverage: row.coverage } : {}),
    ...(row.concerns !== undefined ? { concerns: row.concerns } : {}),
  };
  const existing = id ? d.stakeholders.find((s) => s.id === id) : undefined;
  if (!existing) {
    const newId = addStakeholder(d, {
      ...patch,
      ...(groupId ? { groupId } : {}),
      ...(owner ? { relationshipOwner: owner } : {}),
      position: { x: 0, y: 0 },
    });
    const s = d.stakeholders.find((x) => x.id === newId)!;
    s.position = groupId ? s.position : looseSpot(d);
    place(d, newId);
    return newId;
  }
  const moved = groupId !== undefined && (groupId ?? undefined) !== existing.groupId;
  updateStakeholder(d, existing.id, {
    ...patch,
    ...(groupId !== undefined ? { groupId: groupId ?? undefined } : {}),
    ...(owner !== undefined ? { relationshipOwner: owner ?? undefined } : {}),
  });
  if (moved) {
    if (existing.groupId) place(d, existing.id);
    else existing.position = looseSpot(d);
  }
  return existing.id;
}

/** The person called `name`, added without a department when the board has none by that name. */
export function ensurePerson(d: Board, name: string): string | undefined {
  const text = name.trim();
  if (text === '') return undefined;
  return findPerson(d, text) ?? upsertPersonRow(d, { name: text });
}

/** True when the `next` links make one simple chain through every step (or there are none). */
function simpleChain(board: Board): boolean {
  const next = board.links.filter((l) => l.type === 'next');
  if (next.length === 0) return true;
  if (next.length !== board.steps.length - 1) return false;
  const outs = new Set(next.map((l) => l.source));
  const ins = new Set(next.map((l) => l.target));
  return outs.size === next.length && ins.size === next.length;
}

/**
 * Moves a step to 1-based place `order` of the process. On a simple chain (or no `next` links
 * at all) the chain is relinked in the new order and the steps swap places on the row; on a
 * branching process only the positions are swapped, and the links stay as drawn.
 */
export function reorderStep(d: Board, id: string, order: number): void {
  const steps = columnOrder(d);
  const from = steps.findIndex((s) => s.id === id);
  if (from < 0 || !Number.isFinite(order)) return;
  const to = Math.max(0, Math.min(steps.length - 1, Math.round(order) - 1));
  if (to === from) return;
  const chain = simpleChain(d);
  const slots = steps.map((s) => ({ ...s.position }));
  const ids = steps.map((s) => s.id);
  const [moved] = ids.splice(from, 1);
  ids.splice(to, 0, moved!);
  ids.forEach((sid, i) => updateStep(d, sid, { position: slots[i]! }));
  if (!chain || d.links.every((l) => l.type !== 'next')) return;
  d.links = d.links.filter((l) => l.type !== 'next');
  for (let i = 1; i < ids.length; i += 1) {
    addLink(d, { source: ids[i - 1]!, target: ids[i]!, type: 'next' });
  }
}

/** Where a new step goes: after the last step of the process, on its row. */
function nextStepSpot(d: Board): { at: Point; after?: string } {
  const order = columnOrder(d);
  const last = order[order.length - 1];
  if (last) {
    const at = { x: last.position.x + STEP_BOX.width + STEP_GAP, y: last.position.y };
    return { at: scanRight(d, at, STEP_BOX, 10), after: last.id };
  }
  const tops = d.groups.map((g) => g.position.y);
  const all = rects(d);
  const y = tops.length > 0 ? Math.min(...tops) - ROW_GAP - STEP_BOX.height : 0;
  const x = all.length > 0 ? Math.min(...all.map((r) => r.x)) : 0;
  return { at: scanRight(d, { x, y }, STEP_BOX, 10) };
}

/**
 * Adds a step at the end of the process (chained after the last step by a `next` link) or
 * changes one, from a row: label, kind, place in the order, stage owner, and who drives,
 * approves, evaluates or is informed. A name column lists everyone with that link to the step:
 * links to people no longer named are removed, names the board lacks add the person.
 */
export function upsertStepRow(d: Board, row: StepRow, id?: string): string {
  let stepId = id && d.steps.some((s) => s.id === id) ? id : undefined;
  if (!stepId) {
    const kind = row.kind ?? 'custom';
    const label = row.label.trim();
    const { at, after } = nextStepSpot(d);
    stepId = addStep(d, { label, kind, position: at });
    if (after) addLink(d, { source: after, target: stepId, type: 'next' });
  } else {
    updateStep(d, stepId, {
      ...(row.label.trim() !== '' ? { label: row.label.trim() } : {}),
      ...(row.kind ? { kind: row.kind } : {}),
    });
  }
  if (row.order !== undefined) reorderStep(d, stepId, row.order);
  for (const type of STEP_NAME_COLUMNS) {
    const names = row[type];
    if (names === undefined) continue;
    const wanted = new Set(names.map((n) => ensurePerson(d, n)).filter((x) => x !== undefined));
    d.links = d.links.filter(
      (l) => !(l.target === stepId && l.type === type && !wanted.has(l.source)),
    );
    for (const person of wanted) {
      if (!d.links.some((l) => l.source === person && l.target === stepId && l.type === type)) {
        addLink(d, { source: person, target: stepId, type });
      }
    }
  }
  if (row.owner !== undefined) setStageOwner(d, stepId, ensureTeamMember(d, row.owner));
  return stepId;
}

/** The names of the people with a `type` link to a step, in the board's order. */
export function namesLinked(board: Board, stepId: string, type: LinkType): string[] {
  const ids = new Set(
    board.links.filter((l) => l.target === stepId && l.type === type).map((l) => l.source),
  );
  return board.stakeholders.filter((s) => ids.has(s.id)).map((s) => s.name);
}

/**
 * Gives every step without a stage owner the team member called `name` (added when missing);
 * steps that have an owner keep theirs. Returns how many steps got the owner.
 */
export function setOwnerWhereMissing(d: Board, name: string): number {
  const member = ensureTeamMember(d, name);
  if (!member) return 0;
  let count = 0;
  for (const step of d.steps) {
    const stage = Object.hasOwn(d.sales, step.id) ? d.sales[step.id] : undefined;
    if (stage?.owner !== undefined) continue;
    setStageOwner(d, step.id, member);
    count += 1;
  }
  return count;
}
