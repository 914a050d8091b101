import type { FlagCode } from '../domain/flags';
import { useSessionStore } from '../store/sessionStore';
import type { Lane } from './lanes';

/** Where each plan flag is fixed in the swimlane: the cell that receives the cursor. */
export const FLAG_LANE: Partial<Record<FlagCode, Lane>> = {
  'stage.no-owner': 'owner',
  'stage.no-system-support': 'systems',
  'stage.no-enablement': 'supporters',
  'stage.capability-gap': 'capabilities',
};

/**
 * Opens the place where a flag is fixed. A plan flag shows the swimlane with the cursor in the
 * cell that answers it; every other flag (map flags, a step no stakeholder reaches) is fixed on
 * the map, so the map is shown with its subject selected, centred and open in the inspector.
 */
export function openFlag(code: FlagCode, subject: string): void {
  const session = useSessionStore.getState();
  const lane = FLAG_LANE[code];
  session.select([subject]);
  if (lane) {
    session.setView('swimlane');
    session.focus(subject, lane);
    return;
  }
  session.setView('map');
  session.setPanel('inspector');
  session.focus(subject);
}
