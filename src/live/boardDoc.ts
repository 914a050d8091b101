/**
 * A board as a Yjs document, for live rooms.
 *
 * Layout (room format 1):
 * - `room` (Y.Map): `format` and `version` of the board file the document holds.
 * - `board` (Y.Map): the board's own fields (title, account, settings…), each field the unit of
 *   last-writer-wins.
 * - one Y.Map per collection (`stakeholders`, `steps`, `groups`, `links`, `team`, `notes`), keyed
 *   by item id; each item is a Y.Map of its fields, so two people editing different fields of
 *   one stakeholder both keep their edit; a list of texts (concerns, roles, capabilities) is a
 *   Y.Array, so two people adding a concern at once both keep theirs.
 * - `order:<collection>` (Y.Array of ids): the order of each collection. Concurrent reorders may
 *   leave an id twice or miss one: reading keeps the first and appends the missing in id order.
 * - `sales` (Y.Map by step id): each stage a Y.Map of fields, its lists Y.Arrays, so two people
 *   adding sales actions to one stage both keep them.
 *
 * Writing compares with the board last written or read, item by item by reference (boards are
 * immutable), so an edit writes only what it changed. Reading never trusts the document: the
 * board it builds goes through `parseBoardFile`, the one way in for untrusted boards.
 */
import * as Y from 'yjs';
import type { Board, SalesStage } from '../domain/types';
import { BOARD_FORMAT, CURRENT_VERSION, emptySalesStage } from '../domain/types';
import { parseBoardFile, type ParseResult, type ValidationIssue } from '../domain/validate';

export const ROOM_FORMAT_VERSION = 1;

export const COLLECTIONS = ['stakeholders', 'steps', 'groups', 'links', 'team', 'notes'] as const;
type Collection = (typeof COLLECTIONS)[number];
const SPECIAL = new Set<string>([...COLLECTIONS, 'sales']);

type Json = unknown;
type Item = { id: string } & Record<string, Json>;
type Fields = Record<string, Json>;

/** True when the document holds no board yet (a room just started, or not synced). */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return doc.getMap('board').size === 0;
}

/**
 * Writes `next` into the document as one transaction with `origin`. `prev` is the board the
 * document held last time this client wrote or read it: items that are the same object in both
 * are skipped. Without `prev`, every item is compared field by field.
 */
export function writeBoard(doc: Y.Doc, next: Board, prev: Board | null, origin: unknown): void {
  doc.transact(() => {
    const room = doc.getMap('room');
    if (room.get('format') !== BOARD_FORMAT) room.set('format', BOARD_FORMAT);
    if (room.get('version') !== CURRENT_VERSION) room.set('version', CURRENT_VERSION);
    if (room.get('layout') !== ROOM_FORMAT_VERSION) room.set('layout', ROOM_FORMAT_VERSION);

    syncPlainFields(doc.getMap('board'), topFields(next), prev ? topFields(prev) : null);

    for (const name of COLLECTIONS) {
      const items = next[name] as unknown as Item[];
      const before = prev ? (prev[name] as unknown as Item[]) : null;
      if (before === items) continue;
      syncCollection(doc, name, items, before);
    }
    if (!prev || prev.sales !== next.sales || prev.steps !== next.steps) {
      syncSales(doc, next, prev);
    }
  }, origin);
}

/**
 * True when the document was written by a newer app (a later board version or room layout):
 * this app must neither read it as its own nor write its older shape over it.
 */
export function isNewerRoom(doc: Y.Doc): boolean {
  const room = doc.getMap('room');
  const version = room.get('version');
  const layout = room.get('layout');
  return (
    (typeof version === 'number' && version > CURRENT_VERSION) ||
    (typeof layout === 'number' && layout > ROOM_FORMAT_VERSION)
  );
}

/** The board the document holds, through the one validation; never throws. */
export function readBoard(doc: Y.Doc): ParseResult {
  let raw: unknown;
  try {
    raw = repairDangling(rawBoard(doc));
  } catch (err) {
    raw = { reason: err instanceof Error ? err.message : String(err) };
  }
  const room = doc.getMap('room');
  return parseBoardFile({ format: room.get('format'), version: room.get('version'), board: raw });
}

/** The document as a plain board-shaped value, unvalidated. */
export function rawBoard(doc: Y.Doc): Record<string, Json> {
  const out: Record<string, Json> = { ...doc.getMap('board').toJSON() };
  for (const name of COLLECTIONS) {
    const map = doc.getMap<unknown>(name);
    const ids = orderedIds(map, doc.getArray<unknown>(`order:${name}`));
    out[name] = ids.map((id) => fieldsOf(map.get(id)));
  }
  const sales: Record<string, Json> = {};
  for (const [stepId, stage] of doc.getMap<unknown>('sales').entries()) {
    if (!(stage instanceof Y.Map)) {
      setOwn(sales, stepId, stage);
      continue;
    }
    const fields = stage.toJSON() as Fields;
    // A stage with content is on the board even when `present` says otherwise: undoing the
    // gesture that created the stage must not hide what a colleague added to it since.
    if (fields[PRESENT] !== true && !hasContent(fields)) continue;
    delete fields[PRESENT];
    setOwn(sales, stepId, fields);
  }
  out.sales = sales;
  return out;
}

/** Sets an own key, even `__proto__`, so the validation sees (and refuses) a reserved id. */
function setOwn(target: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function hasContent(stage: Fields): boolean {
  return Object.entries(stage).some(
    ([key, value]) =>
      key !== PRESENT &&
      value !== undefined &&
      value !== '' &&
      !(Array.isArray(value) && value.length === 0),
  );
}

const isRecord = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function idsOf(list: unknown): Set<unknown> {
  return new Set(Array.isArray(list) ? list.map((item) => (isRecord(item) ? item.id : null)) : []);
}

/**
 * Drops what points at an item that is no longer there, as deleting it here would have
 * (`removeItems`): two people at once, one deleting a group, a step or a team member while the
 * other attaches something to it, leave such references in the room, and neither edit is wrong.
 * A reference to an item of the wrong kind is left for the validation to refuse.
 */
export function repairDangling(raw: Record<string, Json>): Record<string, Json> {
  const groups = idsOf(raw.groups);
  const team = idsOf(raw.team);
  const steps = idsOf(raw.steps);
  const ends = new Set([...idsOf(raw.stakeholders), ...steps]);
  const noteTargets = new Set([...ends, ...groups]);
  const out = { ...raw };
  const mapItems = (key: string, fix: (item: Record<string, Json>) => Json | null) => {
    if (!Array.isArray(raw[key])) return;
    out[key] = raw[key].flatMap((item: Json) => {
      if (!isRecord(item)) return [item];
      const fixed = fix(item);
      return fixed === null ? [] : [fixed];
    });
  };
  const without = (item: Record<string, Json>, key: string, known: Set<unknown>) => {
    if (typeof item[key] !== 'string' || known.has(item[key])) return item;
    const copy = { ...item };
    delete copy[key];
    return copy;
  };
  mapItems('stakeholders', (s) =>
    without(without(s, 'groupId', groups), 'relationshipOwner', team),
  );
  mapItems('notes', (n) => without(n, 'attachedTo', noteTargets));
  mapItems('links', (l) =>
    (typeof l.source === 'string' && !ends.has(l.source)) ||
    (typeof l.target === 'string' && !ends.has(l.target))
      ? null
      : l,
  );
  if (isRecord(raw.sales)) {
    const sales: Record<string, Json> = {};
    for (const [stepId, stage] of Object.entries(raw.sales)) {
      if (!steps.has(stepId)) continue;
      if (!isRecord(stage)) {
        setOwn(sales, stepId, stage);
        continue;
      }
      const fixed = { ...without(stage, 'owner', team) };
      if (Array.isArray(stage.supporters)) {
        fixed.supporters = stage.supporters.filter((m) => typeof m !== 'string' || team.has(m));
      }
      setOwn(sales, stepId, fixed);
    }
    out.sales = sales;
  }
  return out;
}

function fieldsOf(value: unknown): Json {
  return value instanceof Y.Map ? (value.toJSON() as Json) : value;
}

function orderedIds(map: Y.Map<unknown>, order: Y.Array<unknown>): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const id of order.toArray()) {
    if (typeof id === 'string' && map.has(id) && !seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  }
  const missing = [...map.keys()].filter((id) => !seen.has(id)).sort();
  return ids.concat(missing);
}

function syncCollection(doc: Y.Doc, name: Collection, items: Item[], before: Item[] | null): void {
  const map = doc.getMap<unknown>(name);
  const previous = new Map<string, Item>();
  if (before) for (const item of before) previous.set(item.id, item);
  const wanted = new Set<string>();
  for (const item of items) {
    wanted.add(item.id);
    if (previous.get(item.id) === item && map.has(item.id)) continue;
    const current = map.get(item.id);
    if (current instanceof Y.Map) syncFields(current as Y.Map<unknown>, item);
    else map.set(item.id, newFieldsMap(item));
  }
  // Only what this client knew and removed goes: an item a colleague added a moment ago is kept.
  for (const id of [...map.keys()]) {
    if (!wanted.has(id) && (!before || previous.has(id))) map.delete(id);
  }
  syncOrder(doc.getArray<unknown>(`order:${name}`), map, items);
}

/** Brings the order array to the items' order, touching as little as it can. */
function syncOrder(order: Y.Array<unknown>, map: Y.Map<unknown>, items: Item[]): void {
  const want = items.map((i) => i.id);
  const have = order.toArray();
  if (have.length === want.length && have.every((id, i) => id === want[i])) return;
  // Drop ids no longer there (and duplicates), back to front so indexes stay valid.
  const seen = new Set<unknown>();
  const keep: boolean[] = have.map((id) => {
    const ok = typeof id === 'string' && map.has(id) && !seen.has(id);
    seen.add(id);
    return ok;
  });
  for (let i = have.length - 1; i >= 0; i--) if (!keep[i]) order.delete(i, 1);
  const kept = have.filter((_, i) => keep[i]) as string[];
  const keptSet = new Set(kept);
  // Kept ids in the wanted relative order: insert the new ones where they belong.
  const wantedKept = want.filter((id) => keptSet.has(id));
  if (wantedKept.length === kept.length && wantedKept.every((id, i) => id === kept[i])) {
    want.forEach((id, i) => {
      if (!keptSet.has(id)) order.insert(i, [id]);
    });
    return;
  }
  order.delete(0, order.length);
  order.insert(0, want);
}

/**
 * Every step has its stage map from the moment the step is written, with all its lists, so two
 * people adding the first sales actions of a stage at once add to one list (two maps created at
 * once would leave only one). `present` says whether the board has the stage.
 */
function syncSales(doc: Y.Doc, next: Board, prev: Board | null): void {
  const map = doc.getMap<unknown>('sales');
  const { sales } = next;
  const before = prev?.sales ?? null;
  // What this client knew: a stage or step a colleague added a moment ago is not removed.
  const prevSteps = prev ? new Set(prev.steps.map((s) => s.id)) : null;
  const known = (id: string) => !prev || Object.hasOwn(prev.sales, id) || !!prevSteps?.has(id);
  for (const [stepId, stage] of Object.entries(sales)) {
    const current = map.get(stepId);
    if (!(current instanceof Y.Map)) {
      map.set(stepId, newStageMap(stage));
      continue;
    }
    const stageMap = current as Y.Map<unknown>;
    if (stageMap.get(PRESENT) !== true) stageMap.set(PRESENT, true);
    if (before && Object.hasOwn(before, stepId) && before[stepId] === stage) continue;
    syncFields(stageMap, stage as unknown as Fields, PRESENT);
  }
  for (const step of next.steps) {
    if (!Object.hasOwn(sales, step.id) && !(map.get(step.id) instanceof Y.Map)) {
      map.set(step.id, newStageMap(null));
    }
  }
  const steps = new Set(next.steps.map((s) => s.id));
  for (const [id, value] of [...map.entries()]) {
    if (Object.hasOwn(sales, id) || !known(id)) continue;
    if (!steps.has(id) || !(value instanceof Y.Map)) map.delete(id);
    else if (value.get(PRESENT) !== false) value.set(PRESENT, false);
  }
}

const PRESENT = 'present';

function newStageMap(stage: SalesStage | null): Y.Map<unknown> {
  const map = newFieldsMap({ ...emptySalesStage(), ...(stage ?? {}) } as unknown as Fields);
  map.set(PRESENT, stage !== null);
  return map;
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function newFieldsMap(fields: Fields): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    map.set(key, isTextList(value) ? Y.Array.from(value) : value);
  }
  return map;
}

/** Sets each field that differs; a list of texts is edited in place, so concurrent adds merge. */
function syncFields(map: Y.Map<unknown>, fields: Fields, keep?: string): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      if (map.has(key)) map.delete(key);
      continue;
    }
    const current = map.get(key);
    if (isTextList(value)) {
      if (current instanceof Y.Array) syncTextList(current as Y.Array<unknown>, value);
      else map.set(key, Y.Array.from(value));
    } else if (!sameJson(current, value)) {
      map.set(key, value);
    }
  }
  for (const key of [...map.keys()]) {
    if (fields[key] === undefined && key !== keep) map.delete(key);
  }
}

function topFields(board: Board): Fields {
  const top: Fields = {};
  for (const [key, value] of Object.entries(board)) if (!SPECIAL.has(key)) top[key] = value;
  return top;
}

/**
 * Sets the board's own fields that differ. With `before` (the fields this client last wrote or
 * read), only the fields this client changed are written, so a colleague's change it has not
 * read (or could not: a room holding an invalid board) is not written over.
 */
function syncPlainFields(map: Y.Map<unknown>, fields: Fields, before: Fields | null): void {
  const mine = (key: string) => !before || !sameJson(before[key], fields[key]);
  for (const [key, value] of Object.entries(fields)) {
    if (!mine(key)) continue;
    if (value === undefined) {
      if (map.has(key)) map.delete(key);
    } else if (!sameJson(map.get(key), value)) {
      map.set(key, value);
    }
  }
  for (const key of [...map.keys()]) if (fields[key] === undefined && mine(key)) map.delete(key);
}

/** Replaces the changed middle of a list: the common start and end stay, with their history. */
function syncTextList(list: Y.Array<unknown>, want: string[]): void {
  const have = list.toArray();
  let start = 0;
  while (start < have.length && start < want.length && have[start] === want[start]) start++;
  let end = 0;
  while (
    end < have.length - start &&
    end < want.length - start &&
    have[have.length - 1 - end] === want[want.length - 1 - end]
  ) {
    end++;
  }
  const removeCount = have.length - start - end;
  if (removeCount > 0) list.delete(start, removeCount);
  const insert = want.slice(start, want.length - end);
  if (insert.length > 0) list.insert(start, insert);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Fields)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Fields)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Fields)[k], (b as Fields)[k]));
}

/** A part of the room's board that failed validation and was left out of what this laptop shows. */
export interface SetAside {
  /** What was wrong, its path in `file`. */
  issue: ValidationIssue;
  /** The board file the issue's path points into (to name the item in a message). */
  file: { board: Record<string, Json> };
  /** The Yjs client that wrote the refused value, when the document says. */
  author: number | null;
}

export type TolerantRead =
  | {
      ok: true;
      board: Board;
      setAside: SetAside[];
      /** The board file version the room held, when it was older and migrated on reading. */
      migratedFrom?: number;
    }
  | { ok: false; issues: ValidationIssue[] };

const ITEM_PATH = /^board\.(stakeholders|steps|groups|links|team|notes)\[(\d+)\](?:\.([\w$]+))?/;
const STAGE_PATH = /^board\.sales(?:\.([\w$-]+)|\["((?:[^"\\]|\\.)*)"\])/;
const TOP_PATH = /^board\.([\w$]+)/;
const MAX_PASSES = 8;

/**
 * The board the document holds, validated item by item: what fails validation is set aside and
 * the rest is kept. An invalid field of an item this laptop knew (from `fallback`, the last
 * board it read or wrote) takes its known value; an invalid item it did not know is left out;
 * an invalid board field takes its known value. Every other colleague's edit stays. Fails only
 * when what is wrong cannot be set aside (the file's format, say). With `anyVersion`, a room
 * whose `version` is unknown is read as the current version (to restore it).
 */
export function readBoardTolerant(
  doc: Y.Doc,
  fallback: Board | null,
  options: { anyVersion?: boolean } = {},
): TolerantRead {
  let raw: Record<string, Json>;
  try {
    raw = repairDangling(rawBoard(doc));
  } catch {
    return readBoard(doc) as TolerantRead;
  }
  const room = doc.getMap('room');
  const version = options.anyVersion ? CURRENT_VERSION : room.get('version');
  const format = options.anyVersion ? BOARD_FORMAT : room.get('format');
  const setAside: SetAside[] = [];
  let result = parseBoardFile({ format, version, board: raw });
  for (let pass = 0; !result.ok && pass < MAX_PASSES; pass++) {
    const fixed = setAsideIssues(doc, raw, result.issues, fallback);
    if (!fixed) break;
    setAside.push(...fixed.setAside);
    raw = repairDangling(fixed.raw);
    result = parseBoardFile({ format, version, board: raw });
  }
  if (!result.ok) return { ok: false, issues: result.issues };
  const { migratedFrom } = result;
  return {
    ok: true,
    board: result.file.board,
    setAside,
    ...(migratedFrom === undefined ? {} : { migratedFrom }),
  };
}

/** Who wrote a key of a Yjs map (its current value), when known. */
function authorOf(map: unknown, key: string): number | null {
  if (!(map instanceof Y.Map)) return null;
  const item = (map as Y.Map<unknown>)._map.get(key);
  return item ? item.id.client : null;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * One pass: every issue's item or field gets its known value (or goes). Null when no issue
 * points at anything that can be set aside.
 */
function setAsideIssues(
  doc: Y.Doc,
  raw: Record<string, Json>,
  issues: ValidationIssue[],
  fallback: Board | null,
): { raw: Record<string, Json>; setAside: SetAside[] } | null {
  const out: Record<string, Json> = { ...raw };
  const file = { board: raw };
  const setAside: SetAside[] = [];
  const known = fallback as unknown as Record<string, Json> | null;
  const drop = new Map<string, Set<number>>();
  const fields = new Map<string, Map<number, Set<string>>>();
  for (const issue of issues) {
    const item = ITEM_PATH.exec(issue.path);
    if (item) {
      const [, name = '', index = '0', field] = item;
      const list = raw[name];
      const entry = Array.isArray(list) ? (list[Number(index)] as unknown) : undefined;
      const id = isRecord(entry) && typeof entry.id === 'string' ? entry.id : null;
      const itemMap = id === null ? undefined : doc.getMap<unknown>(name).get(id);
      const before = id === null ? undefined : findItem(known?.[name], id);
      if (field && field !== 'id' && before) {
        const byIndex = fields.get(name) ?? new Map<number, Set<string>>();
        fields.set(name, byIndex);
        const set = byIndex.get(Number(index)) ?? new Set<string>();
        byIndex.set(Number(index), set.add(field));
        setAside.push({ issue, file, author: authorOf(itemMap, field) });
      } else {
        const set = drop.get(name) ?? new Set<number>();
        drop.set(name, set.add(Number(index)));
        const author = id === null ? null : authorOf(doc.getMap(name), id);
        setAside.push({ issue, file, author });
      }
      continue;
    }
    const stage = STAGE_PATH.exec(issue.path);
    if (stage && isRecord(raw.sales)) {
      const stepId = stage[1] ?? JSON.parse(`"${stage[2] ?? ''}"`);
      const sales = { ...(out.sales as Record<string, Json>) };
      const before = isRecord(known?.sales) ? known.sales[stepId] : undefined;
      if (before === undefined) delete sales[stepId];
      else setOwn(sales, stepId, clone(before));
      out.sales = sales;
      setAside.push({ issue, file, author: authorOf(doc.getMap('sales'), stepId) });
      continue;
    }
    const top = TOP_PATH.exec(issue.path);
    if (top && top[1] !== 'sales') {
      const key = top[1] ?? '';
      const before = known?.[key];
      if (before === undefined) delete out[key];
      else out[key] = clone(before);
      const author = SPECIAL.has(key) ? null : authorOf(doc.getMap('board'), key);
      setAside.push({ issue, file, author });
      continue;
    }
    return null; // the format, the version, the root: nothing to set aside
  }
  if (setAside.length === 0) return null;
  for (const [name, byIndex] of fields) {
    const list = (out[name] as Json[]).slice();
    for (const [index, keys] of byIndex) {
      const entry = { ...(list[index] as Record<string, Json>) };
      const before = findItem(known?.[name], entry.id as string) as Record<string, Json>;
      for (const key of keys) {
        if (before[key] === undefined) delete entry[key];
        else entry[key] = clone(before[key]);
      }
      list[index] = entry;
    }
    out[name] = list;
  }
  for (const [name, indexes] of drop) {
    const list = out[name];
    if (Array.isArray(list)) out[name] = list.filter((_, i) => !indexes.has(i));
  }
  return { raw: out, setAside };
}

function findItem(list: Json, id: string): Record<string, Json> | undefined {
  if (!Array.isArray(list)) return undefined;
  const found = list.find((item) => isRecord(item) && item.id === id) as unknown;
  return isRecord(found) ? found : undefined;
}

/**
 * Puts the room right without losing anyone's valid work: its format and version become this
 * app's, and every part that failed validation gets its last valid value (or goes), as
 * `readBoardTolerant` reads it. Returns the board the room then holds, or null when even that
 * cannot be read.
 */
export function restoreValidParts(doc: Y.Doc, fallback: Board | null, origin: unknown) {
  const read = readBoardTolerant(doc, fallback, { anyVersion: true });
  if (!read.ok) {
    if (!fallback) return null;
    writeBoard(doc, fallback, null, origin);
    return fallback;
  }
  // Compared field by field with the room: only what differs (the set-aside parts) is written.
  writeBoard(doc, read.board, null, origin);
  return read.board;
}
