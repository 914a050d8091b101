/** Helpers shared by the board commands. Commands mutate a board (usually an immer draft). */
import { freshId } from '../ids';
import { LIMITS } from '../schema';
import type { Board, Point, Size } from '../types';

/** Id prefixes by item kind, matching the shared examples (s-…, p-…, g-…, l-…, t-…). */
export const ID_PREFIX = {
  stakeholder: 's',
  step: 'p',
  group: 'g',
  link: 'l',
  team: 't',
} as const;

export { ownStage } from '../types';

/** Every item id of the board (ids are unique across kinds). */
export function allIds(board: Board): Set<string> {
  const ids = new Set<string>();
  for (const list of [
    board.stakeholders,
    board.steps,
    board.groups,
    board.links,
    board.team,
    board.notes,
  ]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}

/**
 * The id for a new item: the caller's, when given, or a fresh one.
 * A caller id that is taken is a programming error, so it throws rather than corrupt the board.
 */
export function claimId(board: Board, prefix: string, wanted?: string): string {
  const taken = allIds(board);
  if (wanted === undefined) return freshId(prefix, taken);
  if (wanted === '' || taken.has(wanted)) throw new Error(`id "${wanted}" is empty or taken`);
  return wanted;
}

export function isPoint(p: Point | undefined): p is Point {
  return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
}

export function isSize(s: Size | undefined): s is Size {
  return (
    s !== undefined &&
    Number.isFinite(s.width) &&
    Number.isFinite(s.height) &&
    s.width > 0 &&
    s.height > 0
  );
}

/** Cuts user text to the length validation accepts. */
export function clip(text: string, max: number = LIMITS.name): string {
  return text.length > max ? text.slice(0, max) : text;
}

export function hasTeamMember(board: Board, id: string | undefined): id is string {
  return id !== undefined && board.team.some((t) => t.id === id);
}

export function hasGroup(board: Board, id: string | undefined): id is string {
  return id !== undefined && board.groups.some((g) => g.id === id);
}

/**
 * Sets an optional string field, or deletes it when the value is undefined or empty,
 * so the board keeps the same shape validation produces (absent, not undefined).
 */
export function setOptional<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value === undefined || value === '') delete target[key];
  else target[key] = value;
}
