/**
 * What the room server can tell about an update before it applies it: a value written into the
 * room that the board's validation would refuse (an influence of 99, a version this app does not
 * know). The update's items are decoded; each plain value set on a key of the room's maps is
 * checked against the schema of the field it lands in. What it cannot place (a key of a map
 * created elsewhere and not yet seen) passes, as does an update over GUARD_MAX_BYTES: the clients
 * validate item by item on reading.
 */
import type { ZodType } from 'zod';
import * as Y from 'yjs';
import { ROOM_FORMAT_VERSION } from '../live/boardDoc';
import {
  boardSchema,
  groupSchema,
  linkSchema,
  noteSchema,
  salesStageSchema,
  stakeholderSchema,
  stepSchema,
  teamMemberSchema,
} from '../domain/schema';
import { BOARD_FORMAT, CURRENT_VERSION } from '../domain/types';

type Shape = Record<string, ZodType>;

const ITEM_FIELDS: Record<string, Shape> = {
  stakeholders: stakeholderSchema.shape,
  steps: stepSchema.shape,
  groups: groupSchema.shape,
  links: linkSchema.shape,
  team: teamMemberSchema.shape,
  notes: noteSchema.shape,
  sales: salesStageSchema.shape,
};
const BOARD_FIELDS: Shape = boardSchema.shape;
const ROOM_FIELDS: Record<string, unknown> = {
  format: BOARD_FORMAT,
  version: CURRENT_VERSION,
  layout: ROOM_FORMAT_VERSION,
};

/** Where a decoded item lands: a root map's key, or a key of an item map in a root map. */
type Place = { root: string; key: string } | { root: string; item: string; key: string };

/**
 * Updates larger than this (a whole board sent when a room starts) are not decoded here: that
 * would hold the server for about a second per 2 MB. The laptops validate them item by item.
 */
export const GUARD_MAX_BYTES = 1024 * 1024;

/** Why the update may not be stored, or null when nothing in it is known to be invalid. */
export function invalidUpdate(doc: Y.Doc, update: Uint8Array): string | null {
  if (update.byteLength > GUARD_MAX_BYTES) return null;
  let structs: Array<Y.Item | Y.GC | Y.Skip>;
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return null; // not an update: Hocuspocus refuses it when it fails to apply
  }
  const local = new Map<string, Y.Item>();
  for (const struct of structs) {
    if (struct instanceof Y.Item) local.set(key(struct.id), struct);
  }
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue;
    const place = placeOf(doc, local, struct);
    if (!place) continue;
    const values = struct.content.arr;
    for (const value of values) {
      const reason = checkValue(place, value);
      if (reason) return reason;
    }
  }
  return null;
}

function checkValue(place: Place, value: unknown): string | null {
  if (!('item' in place)) {
    if (place.root === 'room' && place.key in ROOM_FIELDS) {
      return value === ROOM_FIELDS[place.key] ? null : `room.${place.key} ${String(value)}`;
    }
    const schema = place.root === 'board' ? BOARD_FIELDS[place.key] : undefined;
    if (schema && !schema.safeParse(value).success) return `board.${place.key}`;
    return null;
  }
  if (place.root === 'sales' && place.key === 'present') {
    return typeof value === 'boolean' ? null : 'sales.present';
  }
  const schema = ITEM_FIELDS[place.root]?.[place.key];
  if (place.key === 'id' && value !== place.item) return `${place.root}.id`;
  if (schema && !schema.safeParse(value).success) return `${place.root}.${place.key}`;
  return null;
}

const key = (id: Y.ID) => `${id.client}:${id.clock}`;

/** The item with `id`, from the update itself or the document. */
function find(doc: Y.Doc, local: Map<string, Y.Item>, id: Y.ID): Y.Item | null {
  const mine = local.get(key(id));
  if (mine) return mine;
  try {
    const found = Y.getItem(doc.store, id);
    return found instanceof Y.Item ? found : null;
  } catch {
    return null;
  }
}

/** Parent and key of an item: its own, or its left neighbour's (an overwrite of a map key). */
function parentOf(
  doc: Y.Doc,
  local: Map<string, Y.Item>,
  item: Y.Item,
): { parent: string | Y.ID | Y.AbstractType<unknown>; sub: string } | null {
  let current: Y.Item | null = item;
  for (let hops = 0; current && hops < 4; hops++) {
    const parent = current.parent as string | Y.ID | Y.AbstractType<unknown> | null;
    if (parent !== null && current.parentSub !== null) return { parent, sub: current.parentSub };
    if (parent !== null) return null; // an array element
    current = current.origin ? find(doc, local, current.origin) : null;
  }
  return null;
}

function rootName(doc: Y.Doc, parent: string | Y.ID | Y.AbstractType<unknown>): string | null {
  if (typeof parent === 'string') return parent;
  if (parent instanceof Y.AbstractType) return parent._item ? null : Y.findRootTypeKey(parent);
  return null;
}

function placeOf(doc: Y.Doc, local: Map<string, Y.Item>, item: Y.Item): Place | null {
  const own = parentOf(doc, local, item);
  if (!own) return null;
  const root = rootName(doc, own.parent);
  if (root !== null) return { root, key: own.sub };
  // A key of a map that is itself the value of a root map's key (an item of a collection).
  let container: Y.Item | null = null;
  if (own.parent instanceof Y.AbstractType) container = own.parent._item;
  else if (typeof own.parent !== 'string') container = find(doc, local, own.parent);
  if (!container) return null;
  const outer = parentOf(doc, local, container);
  if (!outer) return null;
  const outerRoot = rootName(doc, outer.parent);
  return outerRoot === null ? null : { root: outerRoot, item: outer.sub, key: own.sub };
}
