/**
 * What a selection is about on the map (focus view): a buying step with its stakeholders and
 * their departments; a stakeholder with the steps they take part in and their reporting and
 * influence lines. Returns item and link ids to keep highlighted; null when there is no focus.
 */
import { PARTICIPATION_LINKS } from './types';
import type { Board } from './types';

const PARTICIPATION: ReadonlySet<string> = new Set(PARTICIPATION_LINKS);

export function focusSet(board: Board, id: string): Set<string> | null {
  const step = board.steps.find((s) => s.id === id);
  const person = board.stakeholders.find((s) => s.id === id);
  if (!step && !person) return null;
  const keep = new Set<string>([id]);
  const people = new Set<string>();
  if (person) people.add(person.id);
  for (const l of board.links) {
    if (step && PARTICIPATION.has(l.type) && l.target === id) {
      keep.add(l.id);
      people.add(l.source);
    }
    if (person && l.source === id && PARTICIPATION.has(l.type)) {
      keep.add(l.id);
      keep.add(l.target);
    }
    if (person && (l.type === 'reports-to' || l.type === 'influences')) {
      if (l.source === id || l.target === id) {
        keep.add(l.id);
        keep.add(l.source);
        keep.add(l.target);
      }
    }
  }
  for (const s of board.stakeholders) {
    if (!people.has(s.id)) continue;
    keep.add(s.id);
    if (s.groupId !== undefined) keep.add(s.groupId);
  }
  return keep;
}

/** Below this many links a board is too bare for dimming to help: everything stays lit. */
export const FOCUS_MIN_LINKS = 2;

/**
 * What the map keeps lit for a selection while focus is on: the focus set of the one selected
 * step or person, or null (nothing dimmed) when focus is off, the selection is not one item, or
 * the board has fewer than FOCUS_MIN_LINKS links (a new board would otherwise grey out every
 * card just added).
 */
export function mapFocus(
  board: Board | null,
  selection: readonly string[],
  focusOn: boolean,
): Set<string> | null {
  if (!board || !focusOn || selection.length !== 1) return null;
  if (board.links.length < FOCUS_MIN_LINKS) return null;
  return focusSet(board, selection[0]!);
}
