import { beforeEach, describe, expect, it } from 'vitest';
import { addStepAfter, updateStakeholders } from '../../src/domain/commands';
import { useDocumentStore } from '../../src/store/documentStore';
import { makeRichBoard, makeStakeholder, runCommand } from './builders';

const board = () => {
  const b = makeRichBoard();
  b.stakeholders.push(makeStakeholder({ id: 's3', name: 'CTO', stance: 'blocker' }));
  return b;
};

describe('updateStakeholders (bulk edit)', () => {
  it('sets department, stance, coverage and owner on every selected person only', () => {
    const { next, result } = runCommand(board(), (d) =>
      updateStakeholders(d, ['s2', 's3', 'p1'], {
        groupId: 'g1',
        stance: 'supporter',
        coverage: 'deep',
        relationshipOwner: 't2',
      }),
    );
    expect(result).toBe(2);
    for (const id of ['s2', 's3']) {
      expect(next.stakeholders.find((s) => s.id === id)).toMatchObject({
        groupId: 'g1',
        stance: 'supporter',
        coverage: 'deep',
        relationshipOwner: 't2',
      });
    }
    // Not selected: unchanged.
    expect(next.stakeholders.find((s) => s.id === 's1')).toEqual(board().stakeholders[0]);
  });

  it('clears the department and owner with null, and ignores ids the board lacks', () => {
    const { next } = runCommand(board(), (d) =>
      updateStakeholders(d, ['s1', 's2'], { groupId: null, relationshipOwner: 'nobody' }),
    );
    const s1 = next.stakeholders.find((s) => s.id === 's1')!;
    expect(s1).not.toHaveProperty('groupId');
    // An owner that is not on the team is refused, as in the single edit.
    expect(s1.relationshipOwner).toBe('t1');
    const cleared = runCommand(board(), (d) =>
      updateStakeholders(d, ['s1'], { relationshipOwner: null }),
    ).next;
    expect(cleared.stakeholders[0]).not.toHaveProperty('relationshipOwner');
  });

  it('is one undo entry in the store, however many people it changes', () => {
    const store = useDocumentStore.getState();
    store.open(board());
    store.edit((d) => updateStakeholders(d, ['s1', 's2', 's3'], { stance: 'skeptic' }));
    const stances = () => useDocumentStore.getState().board!.stakeholders.map((s) => s.stance);
    expect(stances()).toEqual(['skeptic', 'skeptic', 'skeptic']);
    useDocumentStore.getState().undo();
    expect(stances()).toEqual(board().stakeholders.map((s) => s.stance));
  });
});

describe('addStepAfter', () => {
  it('adds a step chained after the given step with a next link', () => {
    const { next, result } = runCommand(makeRichBoard(), (d) =>
      addStepAfter(d, 'p2', { kind: 'legal', label: 'Legal', position: { x: 500, y: 200 } }),
    );
    expect(next.steps.map((s) => s.id)).toContain(result);
    expect(next.links.at(-1)).toMatchObject({ source: 'p2', target: result, type: 'next' });
  });

  it('adds no link when the step to follow is not a step', () => {
    const before = makeRichBoard();
    const { next } = runCommand(before, (d) =>
      addStepAfter(d, 's1', { kind: 'legal', position: { x: 500, y: 200 } }),
    );
    expect(next.links).toEqual(before.links);
  });
});

beforeEach(() => {
  useDocumentStore.getState().open(null);
});
