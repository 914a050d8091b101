/**
 * Rebasing a gesture onto a board that changed since: what undo and redo do after a colleague's
 * change came in from a live room (see history.ts).
 *
 * The gesture is the change from `base` to `ours`; `theirs` is the board now. The change is
 * carried over item by item (by id, never by array position) and field by field, the same units
 * a live room merges in (src/live/boardDoc.ts):
 * - a field the gesture changed takes the gesture's value, unless someone changed it since
 *   (their later value stays, as a live room's undo leaves a field a colleague wrote since);
 * - a list of texts (concerns, sales actions…) loses what the gesture added and regains what it
 *   removed, keeping what others added meanwhile;
 * - an item the gesture removed goes, an item it added comes back where it stood (unless it is
 *   already there); a gesture's reordering applies while no one else reordered the same items;
 * - a sales stage the gesture removed goes only as far as the gesture's part of it: what a
 *   colleague added to it since stays.
 * Whatever this leaves dangling (a link to an item a colleague deleted) the live room's read
 * drops, as it does for two concurrent edits.
 */
import type { Board, SalesStage } from '../domain/types';
import { emptySalesStage } from '../domain/types';

type Fields = Record<string, unknown>;
type Item = { id: string } & Fields;

const COLLECTIONS = ['stakeholders', 'steps', 'groups', 'links', 'team', 'notes'] as const;
const SPECIAL = new Set<string>([...COLLECTIONS, 'sales']);

export function rebaseBoard(base: Board, ours: Board, theirs: Board): Board {
  const top = mergeFields(
    base as unknown as Fields,
    ours as unknown as Fields,
    theirs as unknown as Fields,
    SPECIAL,
  );
  const out = { ...top } as unknown as Board & Fields;
  for (const name of COLLECTIONS) {
    const b = base[name] as unknown as Item[];
    const o = ours[name] as unknown as Item[];
    if (b === o) continue;
    (out as Fields)[name] = mergeItems(b, o, theirs[name] as unknown as Item[]);
  }
  if (base.sales !== ours.sales) out.sales = mergeStages(base.sales, ours.sales, theirs.sales);
  return out;
}

function mergeItems(base: Item[], ours: Item[], theirs: Item[]): Item[] {
  const baseById = new Map(base.map((i) => [i.id, i]));
  const oursById = new Map(ours.map((i) => [i.id, i]));
  const result: Item[] = [];
  for (const item of theirs) {
    const b = baseById.get(item.id);
    const o = oursById.get(item.id);
    if (b && !o) continue; // the gesture removes it
    result.push(b && o && b !== o ? (mergeFields(b, o, item) as Item) : item);
  }
  // Items the gesture adds come back after the item before them in the gesture's list.
  const present = new Set(result.map((i) => i.id));
  ours.forEach((item, index) => {
    if (baseById.has(item.id) || present.has(item.id)) return;
    let at = 0;
    for (let k = index - 1; k >= 0; k--) {
      const prev = result.findIndex((i) => i.id === ours[k]!.id);
      if (prev >= 0) {
        at = prev + 1;
        break;
      }
    }
    result.splice(at, 0, item);
    present.add(item.id);
  });
  return reorder(base, ours, theirs, result);
}

/** Applies the gesture's reordering of the items it kept, unless someone reordered them since. */
function reorder(base: Item[], ours: Item[], theirs: Item[], result: Item[]): Item[] {
  const kept = new Set(ours.filter((i) => base.some((b) => b.id === i.id)).map((i) => i.id));
  const order = (list: Item[]) => list.filter((i) => kept.has(i.id)).map((i) => i.id);
  const from = order(base);
  const to = order(ours);
  if (sameList(from, to)) return result;
  const now = order(theirs);
  if (!sameList(now, from)) return result;
  const byId = new Map(result.map((i) => [i.id, i]));
  const wanted = to.filter((id) => byId.has(id));
  let next = 0;
  return result.map((item) => (kept.has(item.id) ? byId.get(wanted[next++]!)! : item));
}

function mergeStages(
  base: Record<string, SalesStage>,
  ours: Record<string, SalesStage>,
  theirs: Record<string, SalesStage>,
): Record<string, SalesStage> {
  const out: Record<string, SalesStage> = { ...theirs };
  const empty = emptySalesStage() as unknown as Fields;
  const keys = new Set([...Object.keys(base), ...Object.keys(ours)]);
  for (const key of keys) {
    const b = own(base, key) as Fields | undefined;
    const o = own(ours, key) as Fields | undefined;
    const t = own(theirs, key) as Fields | undefined;
    if (b === o) continue;
    if (!t) {
      // Added by the gesture and not there now: it comes back; otherwise someone removed it.
      if (o && !b) define(out, key, o);
      continue;
    }
    const merged = mergeFields(b ?? empty, o ?? empty, t);
    if (!o && !hasContent(merged)) delete out[key];
    else define(out, key, merged);
  }
  return out;
}

/** Fields the gesture changed (from `base` to `ours`) carried onto `theirs`. */
function mergeFields(base: Fields, ours: Fields, theirs: Fields, skip?: Set<string>): Fields {
  let out: Fields | null = null;
  const keys = new Set([...Object.keys(base), ...Object.keys(ours)]);
  for (const key of keys) {
    if (skip?.has(key)) continue;
    const b = base[key];
    const o = ours[key];
    if (sameJson(b, o)) continue;
    const t = theirs[key];
    let value: unknown;
    if (sameJson(t, b)) value = o;
    else if (isTextList(b) && isTextList(o) && isTextList(t)) value = mergeList(b, o, t);
    else continue; // someone changed it since: their value stays
    out ??= { ...theirs };
    if (value === undefined) delete out[key];
    else define(out, key, value);
  }
  return out ?? theirs;
}

/** The gesture's additions and removals in a list of texts, carried onto `theirs`. */
function mergeList(base: string[], ours: string[], theirs: string[]): string[] {
  const result = theirs.slice();
  const left = base.slice();
  const added: number[] = [];
  ours.forEach((text, index) => {
    const at = left.indexOf(text);
    if (at >= 0) left.splice(at, 1);
    else added.push(index);
  });
  for (const text of left) {
    const at = result.indexOf(text);
    if (at >= 0) result.splice(at, 1);
  }
  for (const index of added) {
    const before = index > 0 ? result.indexOf(ours[index - 1]!) : -1;
    result.splice(before + 1, 0, ours[index]!);
  }
  return result;
}

function hasContent(stage: Fields): boolean {
  return Object.values(stage).some(
    (v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
  );
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets an own key, even one named like an Object.prototype member. */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function isTextList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Fields)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Fields)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Fields)[k], (b as Fields)[k]));
}
