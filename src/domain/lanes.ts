import type { FlagCode } from './flagCodes';

/** The swimlane's rows, top to bottom (docs/domain.md §2): on screen, in print and on slides. */
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
