/**
 * A hand-written check of the common case of boardSchema (schema.ts): a plain, valid board.
 * It returns exactly what `boardSchema.parse` returns (same values, defaults, key order, unknown
 * keys dropped) or `undefined` at the first doubt, and then the zod schema runs and reports the
 * issues. It never decides that a board is invalid, so zod stays the one source of the messages.
 * Zod's own fast path compiles code (`new Function`), which the app's CSP forbids; without it the
 * generic object walk costs several times JSON.parse on a large board.
 */
import { LIMITS, isoDateOk } from './schema';
import {
  COVERAGES,
  LINK_TYPES,
  NOTE_COLORS,
  OBJECTIVES,
  PLAN_LANES,
  ROLES,
  STANCES,
  STEP_KINDS,
  TEAM_ROLES,
  TIERS,
} from './types';
import type { Board } from './types';

type Obj = Record<string, unknown>;

/** Thrown to leave the fast path; caught once in fastBoard. */
const BAIL: unique symbol = Symbol('bail');

function bail(): never {
  throw BAIL;
}

const set = (values: readonly string[]): ReadonlySet<unknown> => new Set(values);
const ROLE = set(ROLES);
const STANCE = set(STANCES);
const COVERAGE = set(COVERAGES);
const NOTE_COLOR = set(NOTE_COLORS);
const STEP_KIND = set(STEP_KINDS);
const LINK_TYPE = set(LINK_TYPES);
const TEAM_ROLE = set(TEAM_ROLES);
const PLAN_LANE = set(PLAN_LANES);
const OBJECTIVE = set(OBJECTIVES);
const TIER = set(TIERS);
const PATHS = set(['part-time', 'split', 'rebuild']);
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
// Read once: a module's export can be a getter (CommonJS interop), and these run per string.
const { id: ID_MAX, name: NAME_MAX, text: TEXT_MAX, note: NOTE_MAX, array: ARRAY_MAX } = LIMITS;

/** A plain object (Object.prototype or null prototype); anything else goes to zod. */
function obj(v: unknown): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bail();
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) bail();
  return v as Obj;
}

function str(v: unknown, max: number, min = 0): string {
  if (typeof v !== 'string' || v.length > max || v.length < min) bail();
  return v;
}

const id = (v: unknown): string => str(v, ID_MAX, 1);
const name = (v: unknown): string => str(v, NAME_MAX);
const text = (v: unknown): string => str(v, TEXT_MAX);
const note = (v: unknown): string => str(v, NOTE_MAX);

function num(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) bail();
  return v;
}

function oneOf(v: unknown, values: ReadonlySet<unknown>): string {
  if (!values.has(v)) bail();
  return v as string;
}

function isoDate(v: unknown): string {
  const s = str(v, 100);
  if (!isoDateOk(s)) bail();
  return s;
}

function arr<T>(v: unknown, item: (x: unknown) => T): T[] {
  if (!Array.isArray(v) || v.length > ARRAY_MAX) bail();
  const out: T[] = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = item(v[i]);
  return out;
}

/** Copies an optional key: absent stays absent; present-but-undefined is left to zod. */
function opt(out: Obj, input: Obj, key: string, check: (v: unknown) => unknown): void {
  if (!(key in input)) return;
  const v = input[key];
  if (v === undefined) bail();
  out[key] = check(v);
}

/** A defaulted key: absent gives the default; present-but-undefined is left to zod. */
function def<T>(input: Obj, key: string, check: (v: unknown) => T, fallback: () => T): T {
  if (!(key in input)) return fallback();
  const v = input[key];
  if (v === undefined) bail();
  return check(v);
}

const empty = (): never[] => [];
const texts = (v: unknown): string[] => arr(v, text);
const ids = (v: unknown): string[] => arr(v, id);

const stance = (v: unknown): string => oneOf(v, STANCE);
const coverage = (v: unknown): string => oneOf(v, COVERAGE);
const color = (v: unknown): string => oneOf(v, NOTE_COLOR);
const role = (v: unknown): string => oneOf(v, ROLE);
const lane = (v: unknown): string => oneOf(v, PLAN_LANE);
const lanes = (v: unknown): string[] => arr(v, lane);
const three = (): number => 3;
const unknownStance = (): string => 'unknown';
const noCoverage = (): string => 'none';
const yellow = (): string => 'yellow';
const no = (): boolean => false;

function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') bail();
  return v;
}

function nextAction(v: unknown): Obj {
  const a = obj(v);
  const next: Obj = { text: text(a.text) };
  opt(next, a, 'due', isoDate);
  return next;
}

function point(v: unknown): { x: number; y: number } {
  const p = obj(v);
  return { x: num(p.x), y: num(p.y) };
}

function influence(v: unknown): number {
  const n = num(v);
  if (!Number.isSafeInteger(n) || n < 1 || n > 5) bail();
  return n;
}

function stakeholder(v: unknown): Obj {
  const s = obj(v);
  const out: Obj = { id: id(s.id), name: name(s.name) };
  opt(out, s, 'title', name);
  opt(out, s, 'groupId', id);
  const roles = arr(s.roles, role);
  if (roles.length < 1) bail();
  out.roles = roles;
  out.influence = def(s, 'influence', influence, three);
  out.stance = def(s, 'stance', stance, unknownStance);
  out.canVeto = def(s, 'canVeto', bool, no);
  out.coverage = def(s, 'coverage', coverage, noCoverage);
  opt(out, s, 'relationshipOwner', id);
  out.concerns = def(s, 'concerns', texts, empty);
  out.position = point(s.position);
  opt(out, s, 'lastContact', isoDate);
  opt(out, s, 'nextAction', nextAction);
  return out;
}

function noteItem(v: unknown): Obj {
  const n = obj(v);
  const out: Obj = { id: id(n.id), text: note(n.text) };
  out.color = def(n, 'color', color, yellow);
  out.position = point(n.position);
  opt(out, n, 'attachedTo', id);
  return out;
}

function step(v: unknown): Obj {
  const s = obj(v);
  return {
    id: id(s.id),
    label: name(s.label),
    kind: oneOf(s.kind, STEP_KIND),
    position: point(s.position),
  };
}

function group(v: unknown): Obj {
  const g = obj(v);
  const out: Obj = { id: id(g.id), label: name(g.label), position: point(g.position) };
  const sz = obj(g.size);
  const width = num(sz.width);
  const height = num(sz.height);
  if (!(width > 0) || !(height > 0)) bail();
  out.size = { width, height };
  return out;
}

function link(v: unknown): Obj {
  const l = obj(v);
  const out: Obj = {
    id: id(l.id),
    source: id(l.source),
    target: id(l.target),
    type: oneOf(l.type, LINK_TYPE),
  };
  opt(out, l, 'label', name);
  return out;
}

function member(v: unknown): Obj {
  const m = obj(v);
  return {
    id: id(m.id),
    name: name(m.name),
    role: oneOf(m.role, TEAM_ROLE),
    capabilities: def(m, 'capabilities', texts, empty),
  };
}

function stage(v: unknown): Obj {
  const s = obj(v);
  const out: Obj = {};
  opt(out, s, 'owner', id);
  out.supporters = def(s, 'supporters', ids, empty);
  out.actions = def(s, 'actions', texts, empty);
  out.information = def(s, 'information', texts, empty);
  out.systems = def(s, 'systems', texts, empty);
  out.capabilities = def(s, 'capabilities', texts, empty);
  out.enablement = def(s, 'enablement', texts, empty);
  out.dismissed = def(s, 'dismissed', texts, empty);
  opt(out, s, 'notes', note);
  const gaps = def(s, 'gaps', lanes, empty);
  out.gaps = [...new Set(gaps)];
  return out;
}

function sales(v: unknown): Obj {
  const input = obj(v);
  const out: Obj = {};
  for (const key of Reflect.ownKeys(input)) {
    if (typeof key !== 'string' || RESERVED.has(key) || key.length > ID_MAX) bail();
    if (!Object.prototype.propertyIsEnumerable.call(input, key)) bail();
    out[key] = stage(input[key]);
  }
  return out;
}

function account(v: unknown): Obj {
  const a = obj(v);
  const out: Obj = { name: name(a.name), tier: oneOf(a.tier, TIER) };
  opt(out, a, 'industry', name);
  opt(out, a, 'notes', note);
  opt(out, a, 'category', name);
  opt(out, a, 'purchaseVolume', (x) => {
    const n = num(x);
    if (n < 0 || n > Number.MAX_SAFE_INTEGER) bail();
    return n;
  });
  opt(out, a, 'similarAccounts', (x) => {
    const n = num(x);
    if (!Number.isSafeInteger(n) || n < 1 || n > 1_000_000) bail();
    return n;
  });
  return out;
}

function settings(v: unknown): Obj {
  const s = obj(v);
  const out: Obj = {};
  opt(out, s, 'thresholds', (x) => {
    const t = obj(x);
    const partTime = num(t.partTime);
    const split = num(t.split);
    if (partTime < 0 || partTime > 1 || split < 0 || split > 1 || split >= partTime) bail();
    return { partTime, split };
  });
  return out;
}

function board(v: unknown): Obj {
  const b = obj(v);
  const out: Obj = { id: id(b.id), title: name(b.title) };
  opt(out, b, 'objective', (x) => oneOf(x, OBJECTIVE));
  opt(out, b, 'objectiveNote', note);
  out.account = account(b.account);
  opt(out, b, 'offering', name);
  out.stakeholders = arr(b.stakeholders, stakeholder);
  out.steps = arr(b.steps, step);
  out.groups = def(b, 'groups', (x) => arr(x, group), empty);
  out.links = arr(b.links, link);
  out.team = def(b, 'team', (x) => arr(x, member), empty);
  out.sales = def(b, 'sales', sales, () => ({}));
  out.notes = def(b, 'notes', (x) => arr(x, noteItem), empty);
  opt(out, b, 'reviewedPath', (x) => oneOf(x, PATHS));
  opt(out, b, 'settings', settings);
  out.createdAt = isoDate(b.createdAt);
  out.updatedAt = isoDate(b.updatedAt);
  return out;
}

/** The board as boardSchema would return it, or undefined when zod must decide. */
export function fastBoard(raw: unknown): Board | undefined {
  try {
    return board(raw) as unknown as Board;
  } catch {
    // BAIL, or an exotic input (a throwing getter, a proxy): zod decides and reports.
    return undefined;
  }
}
