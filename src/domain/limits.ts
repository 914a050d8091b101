/**
 * Supported board size. Within these limits the editor opens, switches views, edits and exports
 * without freezing the page (measured in Chromium on boards at these limits); above them a board
 * is refused at the one way in (validate.ts), so no file, paste, stored row or template can
 * freeze the tab.
 */
import { issue } from './issues';
import type { ValidationIssue } from './issues';

export const BOARD_LIMITS = {
  stakeholders: 2000,
  steps: 1000,
  links: 10000,
  groups: 500,
} as const;

export type LimitedList = keyof typeof BOARD_LIMITS;

/**
 * Issues for every list of `rawBoard` longer than its limit; [] when within them. Looks only at
 * array lengths, so it runs before the (costly) shape check of every item.
 */
export function checkLimits(rawBoard: unknown): ValidationIssue[] {
  if (typeof rawBoard !== 'object' || rawBoard === null) return [];
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(BOARD_LIMITS) as LimitedList[]) {
    const list: unknown = (rawBoard as Record<string, unknown>)[key];
    const max = BOARD_LIMITS[key];
    if (Array.isArray(list) && list.length > max) {
      const text = `${list.length} ${key}; a board can have at most ${max} ${key}`;
      issues.push(issue(`board.${key}`, 'too-many', text, { count: list.length, max }));
    }
  }
  return issues;
}
