import { describe, expect, it } from 'vitest';
import { mapFocus } from '../../src/domain/focus';
import { makeBoard, makeLink, makeStakeholder, makeStep } from './builders';

describe('focus dimming on the map', () => {
  const people = [makeStakeholder({ id: 's1' }), makeStakeholder({ id: 's2', name: 'B' })];
  const steps = [makeStep({ id: 'p1' }), makeStep({ id: 'p2' })];

  it('stays off while the board has fewer than two links', () => {
    const bare = makeBoard({ stakeholders: people, steps });
    expect(mapFocus(bare, ['s1'], true)).toBeNull();
    const one = makeBoard({
      stakeholders: people,
      steps,
      links: [makeLink({ id: 'l1', source: 's1', target: 'p1', type: 'drives' })],
    });
    expect(mapFocus(one, ['s1'], true)).toBeNull();
  });

  it('applies from two links on, and only while focus is on and one item is selected', () => {
    const board = makeBoard({
      stakeholders: people,
      steps,
      links: [
        makeLink({ id: 'l1', source: 's1', target: 'p1', type: 'drives' }),
        makeLink({ id: 'l2', source: 'p1', target: 'p2', type: 'next' }),
      ],
    });
    expect([...mapFocus(board, ['s1'], true)!].sort()).toEqual(['l1', 'p1', 's1']);
    expect(mapFocus(board, ['s1'], false)).toBeNull();
    expect(mapFocus(board, ['s1', 's2'], true)).toBeNull();
  });
});
