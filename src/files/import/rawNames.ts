/**
 * Names of the items in a raw board file, before it is validated: one rule for every message
 * that names them (the refusal of an item, the links an import drops). An item is called by its
 * name, else its label (a step), else its id; a blank name counts as none. A link is called by
 * its ends: "source → target".
 */

export type Raw = Record<string, unknown>;

export const isObj = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;

/** The name of one item of the file, or '?' when it has neither name nor id. */
export function rawItemName(item: Raw): string {
  return text(item.name) ?? text(item.label) ?? (typeof item.id === 'string' ? item.id : '?');
}

/** The board's items by id with their names: people, the team, steps and departments. */
export function rawNames(board: Raw): Map<string, string> {
  const names = new Map<string, string>();
  for (const key of ['stakeholders', 'team', 'steps', 'groups'] as const) {
    const list = board[key];
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (isObj(item) && typeof item.id === 'string') names.set(item.id, rawItemName(item));
    }
  }
  return names;
}

/** A link's end: the name of the item with that id, else the id itself; '?' when not an id. */
export function rawEndName(end: unknown, names: ReadonlyMap<string, string>): string {
  return typeof end === 'string' ? (names.get(end) ?? end) : '?';
}

/** A link as the messages name it: "source → target". */
export function rawLinkName(link: Raw, names: ReadonlyMap<string, string>): string {
  return `${rawEndName(link.source, names)} → ${rawEndName(link.target, names)}`;
}
