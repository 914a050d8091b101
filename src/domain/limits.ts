/**
 * Supported board size. Within these limits the editor opens, switches views, edits and exports
 * without freezing the page (measured in Chromium on boards at these limits); above them a board
 * is refused at the one way in (validate.ts), so no file, paste, stored row or template can
 * freeze the tab.
 */
import { issue } from './issues';
import type { ValidationIssue } from './issues';

/** Files above this are refused before they are read: the app's import and `analyze` alike. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** A byte count in MB (MiB), one decimal: "12.3 MB". */
export const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

/** The import limit as messages write it: "10 MB". */
export const MAX_IMPORT_TEXT = `${MAX_IMPORT_BYTES / 1048576} MB`;

export const BOARD_LIMITS = {
  stakeholders: 2000,
  steps: 1000,
  links: 10000,
  groups: 500,
  notes: 1000,
} as const;

/** Concerns count too: one person's list, and all of the board's together. */
export const CONCERN_LIMITS = { perPerson: 100, total: 10000 } as const;

export type LimitedList = keyof typeof BOARD_LIMITS;

/** What each limited list is called in messages (groups are departments on the board). */
const LIST_NAMES: Record<LimitedList, string> = {
  stakeholders: 'stakeholders',
  steps: 'steps',
  links: 'links',
  groups: 'departments',
  notes: 'sticky notes',
};

/** Own keys of `value` when it is a plain object, counted without copying them all. */
function ownKeyCount(value: unknown): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 0;
  let count = 0;
  for (const key in value) if (Object.hasOwn(value, key)) count++;
  return count;
}

/**
 * Issues for every list of `rawBoard` longer than its limit; [] when within them. Looks only at
 * array lengths, so it runs before the (costly) shape check of every item.
 */
export function checkLimits(rawBoard: unknown): ValidationIssue[] {
  if (typeof rawBoard !== 'object' || rawBoard === null) return [];
  const issues: ValidationIssue[] = [];
  const raw = rawBoard as Record<string, unknown>;
  for (const key of Object.keys(BOARD_LIMITS) as LimitedList[]) {
    const list: unknown = Object.hasOwn(raw, key) ? raw[key] : undefined;
    const max = BOARD_LIMITS[key];
    if (Array.isArray(list) && list.length > max) {
      const name = LIST_NAMES[key];
      const text = `${list.length} ${name}; a board can have at most ${max} ${name}`;
      issues.push(issue(`board.${key}`, 'too-many', text, { count: list.length, max }));
    }
  }
  issues.push(...checkConcerns(Object.hasOwn(raw, 'stakeholders') ? raw.stakeholders : undefined));
  // The sales plan has one stage per step at most: a file with more keys is refused by their
  // count, before each key and stage is checked (300,000 keys would exhaust the stack).
  const stages = ownKeyCount(Object.hasOwn(raw, 'sales') ? raw.sales : undefined);
  if (stages > BOARD_LIMITS.steps) {
    const max = BOARD_LIMITS.steps;
    const text = `${stages} sales stages; a board can have at most ${max} (one per step)`;
    issues.push(issue('board.sales', 'too-many', text, { count: stages, max }));
  }
  return issues;
}

/** Issues for a person with too many concerns, and for too many concerns in all. */
function checkConcerns(people: unknown): ValidationIssue[] {
  if (!Array.isArray(people) || people.length > BOARD_LIMITS.stakeholders) return [];
  const issues: ValidationIssue[] = [];
  let total = 0;
  people.forEach((person: unknown, i) => {
    const concerns: unknown =
      typeof person === 'object' && person !== null && Object.hasOwn(person, 'concerns')
        ? (person as { concerns: unknown }).concerns
        : undefined;
    if (!Array.isArray(concerns)) return;
    total += concerns.length;
    const max = CONCERN_LIMITS.perPerson;
    if (concerns.length > max) {
      const text = `${concerns.length} concerns; a person can have at most ${max} concerns`;
      const path = `board.stakeholders[${i}].concerns`;
      issues.push(issue(path, 'too-many', text, { count: concerns.length, max }));
    }
  });
  if (total > CONCERN_LIMITS.total) {
    const max = CONCERN_LIMITS.total;
    const text = `${total} concerns in all; a board can have at most ${max} concerns`;
    issues.push(issue('board.stakeholders', 'too-many', text, { count: total, max }));
  }
  return issues;
}
