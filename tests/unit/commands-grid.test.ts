import { describe, expect, it } from 'vitest';
import { neighbourCell, placeOnGrid } from '../../src/domain/commands';
import type { Stakeholder } from '../../src/domain/types';
import { makeBoard, makeStakeholder, runCommand } from './builders';

const board = () =>
  makeBoard({
    stakeholders: [
      makeStakeholder({ id: 's1', name: 'CFO', stance: 'skeptic', influence: 4 }),
      makeStakeholder({ id: 's2', name: 'CIO', stance: 'neutral', influence: 2 }),
    ],
  });

describe('placeOnGrid', () => {
  it('sets stance and influence together and touches nothing else', () => {
    const before = board();
    const { next: after } = runCommand(before, (d) =>
      placeOnGrid(d, 's1', { stance: 'supporter', influence: 5 }),
    );
    const s1 = after.stakeholders[0]!;
    expect([s1.stance, s1.influence]).toEqual(['supporter', 5]);
    expect({ ...s1, stance: 'skeptic', influence: 4 }).toEqual(before.stakeholders[0]);
    expect(after.stakeholders[1]).toEqual(before.stakeholders[1]);
  });

  it('changes only the axis that moved', () => {
    const { next: after } = runCommand(board(), (d) =>
      placeOnGrid(d, 's2', { stance: 'neutral', influence: 1 }),
    );
    expect(after.stakeholders[1]).toMatchObject({ stance: 'neutral', influence: 1 });
  });

  it('ignores an unknown person, stance or an influence outside 1–5', () => {
    const before = board();
    for (const run of [
      (d: typeof before) => placeOnGrid(d, 'nobody', { stance: 'supporter', influence: 5 }),
      (d: typeof before) =>
        placeOnGrid(d, 's1', { stance: 'ally' as Stakeholder['stance'], influence: 5 }),
      (d: typeof before) =>
        placeOnGrid(d, 's1', { stance: 'supporter', influence: 9 as Stakeholder['influence'] }),
    ]) {
      expect(runCommand(before, run).next).toEqual(before);
    }
  });
});

describe('neighbourCell', () => {
  it('left/right walk the stances from blocker to unknown, up/down the influence', () => {
    expect(neighbourCell({ stance: 'skeptic', influence: 3 }, 'ArrowRight')).toEqual({
      stance: 'neutral',
      influence: 3,
    });
    expect(neighbourCell({ stance: 'skeptic', influence: 3 }, 'ArrowLeft')).toEqual({
      stance: 'blocker',
      influence: 3,
    });
    expect(neighbourCell({ stance: 'supporter', influence: 3 }, 'ArrowRight')).toEqual({
      stance: 'unknown',
      influence: 3,
    });
    expect(neighbourCell({ stance: 'neutral', influence: 3 }, 'ArrowUp')).toEqual({
      stance: 'neutral',
      influence: 4,
    });
    expect(neighbourCell({ stance: 'neutral', influence: 3 }, 'ArrowDown')).toEqual({
      stance: 'neutral',
      influence: 2,
    });
  });

  it('stops at the edges', () => {
    expect(neighbourCell({ stance: 'blocker', influence: 3 }, 'ArrowLeft')).toBeNull();
    expect(neighbourCell({ stance: 'unknown', influence: 3 }, 'ArrowRight')).toBeNull();
    expect(neighbourCell({ stance: 'neutral', influence: 5 }, 'ArrowUp')).toBeNull();
    expect(neighbourCell({ stance: 'neutral', influence: 1 }, 'ArrowDown')).toBeNull();
  });
});
