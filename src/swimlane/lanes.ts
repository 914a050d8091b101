export { LANE_FLAGS, LANES, type Lane } from '../domain/lanes';
import type { Suggestion } from '../domain/suggest';
import type { StageListLane } from '../domain/types';

export type SuggestionLane = Suggestion['lane'];
const SUGGESTED: ReadonlySet<string> = new Set([
  'actions',
  'information',
  'systems',
  'capabilities',
]);

/** True for the lanes that receive rule-based suggestions. */
export function takesSuggestions(lane: StageListLane): lane is SuggestionLane {
  return SUGGESTED.has(lane);
}
