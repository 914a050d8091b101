import type { FlagCode } from '../domain/flags';
import type { Suggestion } from '../domain/suggest';
import type { StageListLane } from '../domain/types';

/** The swimlane's rows, top to bottom (DOMAIN.md §2). */
export const LANES = [
  'owner',
  'actions',
  'information',
  'systems',
  'capabilities',
  'supporters',
  'enablement',
] as const;
export type Lane = (typeof LANES)[number];

/** Which plan flag marks which cell: the place where the team can fix it. */
export const LANE_FLAGS: Record<Lane, readonly FlagCode[]> = {
  owner: ['stage.no-owner'],
  actions: [],
  information: [],
  systems: ['stage.no-system-support'],
  capabilities: ['stage.capability-gap'],
  supporters: ['stage.no-enablement'],
  enablement: ['stage.no-enablement'],
};

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
