/** Commands on a selection of any mix of items: remove and move. */
import type { Board, Point } from '../types';
import { isPoint } from './shared';

/** Removes, in place and from the end, the items matching `pred` (keeps patches small). */
function removeWhere<T>(list: T[], pred: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i -= 1) {
    if (pred(list[i]!)) list.splice(i, 1);
  }
}

/**
 * Removes stakeholders, steps, groups, links, team members and notes by id, and everything that
 * would dangle (note attachments included): links to removed items, sales stages of removed steps, groupIds of removed groups and
 * references to removed team members. Undo restores it all through the inverse patches.
 */
export function removeItems(d: Board, ids: string[]): void {
  const gone = new Set(ids);
  const removedGroups = new Set(d.groups.filter((g) => gone.has(g.id)).map((g) => g.id));
  const removedTeam = new Set(d.team.filter((t) => gone.has(t.id)).map((t) => t.id));
  removeWhere(d.stakeholders, (s) => gone.has(s.id));
  removeWhere(d.steps, (s) => gone.has(s.id));
  removeWhere(d.groups, (g) => gone.has(g.id));
  removeWhere(d.team, (t) => gone.has(t.id));
  removeWhere(d.notes, (n) => gone.has(n.id));
  for (const n of d.notes)
    if (n.attachedTo !== undefined && gone.has(n.attachedTo)) delete n.attachedTo;
  removeWhere(d.links, (l) => gone.has(l.id) || gone.has(l.source) || gone.has(l.target));
  for (const stepId of Object.keys(d.sales)) {
    if (gone.has(stepId)) delete d.sales[stepId];
  }
  for (const s of d.stakeholders) {
    if (s.groupId !== undefined && removedGroups.has(s.groupId)) delete s.groupId;
    if (s.relationshipOwner !== undefined && removedTeam.has(s.relationshipOwner)) {
      delete s.relationshipOwner;
    }
  }
  if (removedTeam.size === 0) return;
  for (const stage of Object.values(d.sales)) {
    if (stage.owner !== undefined && removedTeam.has(stage.owner)) delete stage.owner;
    removeWhere(stage.supporters, (m) => removedTeam.has(m));
  }
}

/** Moves stakeholders, steps, groups and notes to new positions (ignores other ids and bad points). */
export function moveItems(d: Board, moves: { id: string; position: Point }[]): void {
  const to = new Map<string, Point>();
  for (const m of moves) if (isPoint(m.position)) to.set(m.id, m.position);
  for (const list of [d.stakeholders, d.steps, d.groups, d.notes]) {
    for (const item of list) {
      const p = to.get(item.id);
      if (p && (p.x !== item.position.x || p.y !== item.position.y)) {
        item.position = { x: p.x, y: p.y };
      }
    }
  }
}
