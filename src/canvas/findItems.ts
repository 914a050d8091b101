/** Finding map items by what a facilitator remembers: a name, a title or a department. */
import type { Board } from '../domain/types';

/**
 * The ids of stakeholders and steps matching `query` (case-insensitive, anywhere in the text):
 * people by name, title or department, steps by label. Exact name matches come first, then the
 * map's own order (people, then steps).
 */
export function findItems(board: Board, query: string): string[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [];
  const has = (text: string | undefined) => text?.toLocaleLowerCase().includes(q) ?? false;
  const groups = new Map(board.groups.map((g) => [g.id, g.label]));
  const hits: { id: string; exact: boolean }[] = [];
  for (const s of board.stakeholders) {
    const dept = s.groupId === undefined ? undefined : groups.get(s.groupId);
    if (has(s.name) || has(s.title) || has(dept))
      hits.push({ id: s.id, exact: s.name.toLocaleLowerCase() === q });
  }
  for (const s of board.steps) {
    if (has(s.label)) hits.push({ id: s.id, exact: s.label.toLocaleLowerCase() === q });
  }
  return [...hits.filter((h) => h.exact), ...hits.filter((h) => !h.exact)].map((h) => h.id);
}
