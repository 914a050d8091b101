import { describe, expect, it } from 'vitest';
import { focusSet } from '../../src/domain/focus';
import { makeBoard, makeGroup, makeLink, makeStakeholder, makeStep } from './builders';

const board = makeBoard({
  groups: [makeGroup({ id: 'g1' }), makeGroup({ id: 'g2' })],
  stakeholders: [
    makeStakeholder({ id: 's1', groupId: 'g1' }),
    makeStakeholder({ id: 's2', groupId: 'g2' }),
    makeStakeholder({ id: 's3' }),
  ],
  steps: [makeStep({ id: 'p1' }), makeStep({ id: 'p2' })],
  links: [
    makeLink({ id: 'n', source: 'p1', target: 'p2' }),
    makeLink({ id: 'd', source: 's1', target: 'p1', type: 'drives' }),
    makeLink({ id: 'a', source: 's2', target: 'p2', type: 'approves' }),
    makeLink({ id: 'r', source: 's1', target: 's3', type: 'reports-to' }),
  ],
});

describe('focusSet', () => {
  it('keeps a step, its stakeholders, their departments and their links', () => {
    expect([...focusSet(board, 'p1')!].sort()).toEqual(['d', 'g1', 'p1', 's1']);
  });
  it('keeps a stakeholder, the steps they take part in and their reporting lines', () => {
    expect([...focusSet(board, 's1')!].sort()).toEqual(['d', 'g1', 'p1', 'r', 's1', 's3']);
  });
  it('has no focus for other items', () => {
    expect(focusSet(board, 'g1')).toBeNull();
    expect(focusSet(board, 'nope')).toBeNull();
  });
});
