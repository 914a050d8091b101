import { describe, expect, it } from 'vitest';
import {
  copyItems,
  duplicateItems,
  moveItems,
  pasteItems,
  removeItems,
} from '../../src/domain/commands';
import { makeRichBoard, makeStage, runCommand } from './builders';

describe('removeItems', () => {
  it('removes a step with its links and sales stage; undo brings them back', () => {
    const before = makeRichBoard();
    const { next, inverse } = runCommand(before, (d) => removeItems(d, ['p1']));
    expect(next.steps.map((s) => s.id)).toEqual(['p2']);
    expect(next.links.map((l) => l.id)).toEqual(['l3']);
    expect(next.sales).toEqual({});
    expect(inverse.length).toBeGreaterThan(0);
  });

  it('clears groupId of members of a removed group', () => {
    const { next } = runCommand(makeRichBoard(), (d) => removeItems(d, ['g1']));
    expect(next.groups).toEqual([]);
    expect(next.stakeholders[0]).not.toHaveProperty('groupId');
  });

  it('clears every reference to a removed team member', () => {
    const { next } = runCommand(makeRichBoard(), (d) => removeItems(d, ['t1', 't2']));
    expect(next.team).toEqual([]);
    expect(next.stakeholders[0]).not.toHaveProperty('relationshipOwner');
    expect(next.sales.p1).toEqual(makeStage({ actions: ['Call the CFO'] }));
  });

  it('removes a mix of items, including links by id', () => {
    const { next } = runCommand(makeRichBoard(), (d) => removeItems(d, ['s2', 'l2', 'unknown']));
    expect(next.stakeholders.map((s) => s.id)).toEqual(['s1']);
    expect(next.links.map((l) => l.id)).toEqual(['l1']);
  });
});

describe('moveItems', () => {
  it('moves stakeholders, steps and groups and ignores bad points', () => {
    const { next } = runCommand(makeRichBoard(), (d) =>
      moveItems(d, [
        { id: 's1', position: { x: 5, y: 5 } },
        { id: 'p2', position: { x: -1, y: 3 } },
        { id: 'g1', position: { x: 7, y: 8 } },
        { id: 's2', position: { x: Number.NaN, y: 0 } },
        { id: 't1', position: { x: 1, y: 1 } },
      ]),
    );
    expect(next.stakeholders[0]!.position).toEqual({ x: 5, y: 5 });
    expect(next.stakeholders[1]!.position).toEqual({ x: 100, y: 0 });
    expect(next.steps[1]!.position).toEqual({ x: -1, y: 3 });
    expect(next.groups[0]!.position).toEqual({ x: 7, y: 8 });
  });
});

describe('duplicateItems', () => {
  it('copies items with new ids, links among them, and the copied group', () => {
    const { next, result } = runCommand(makeRichBoard(), (d) =>
      duplicateItems(d, ['s1', 's2', 'g1', 'p1'], { x: 50, y: 10 }),
    );
    expect(Object.keys(result).sort()).toEqual(['g1', 'l2', 'l3', 's1', 's2', 'p1'].sort());
    const s1 = next.stakeholders.find((s) => s.id === result.s1)!;
    expect(s1).toMatchObject({ name: 'CFO', groupId: result.g1, relationshipOwner: 't1' });
    expect(s1.position).toEqual({ x: 50, y: 10 });
    const copiedLinks = next.links.filter((l) => l.id === result.l2 || l.id === result.l3);
    expect(copiedLinks).toEqual([
      { id: result.l2, source: result.s1, target: result.p1, type: 'drives' },
      { id: result.l3, source: result.s2, target: result.s1, type: 'reports-to' },
    ]);
    expect(next.stakeholders).toHaveLength(4);
    expect(next.links).toHaveLength(5);
  });

  it('keeps the original group when the group is not copied', () => {
    const { next, result } = runCommand(makeRichBoard(), (d) =>
      duplicateItems(d, ['s1'], { x: 0, y: 0 }),
    );
    expect(next.stakeholders.find((s) => s.id === result.s1)!.groupId).toBe('g1');
    expect(next.links).toHaveLength(3);
  });
});

describe('copyItems and pasteItems', () => {
  it('pastes a clip into another board, dropping references it lacks', () => {
    const clip = copyItems(makeRichBoard(), ['s1', 's2', 'p1']);
    expect(clip.links.map((l) => l.id)).toEqual(['l2', 'l3']);
    const target = makeRichBoard();
    target.team = [];
    target.groups = [];
    target.stakeholders = [];
    target.links = [target.links[0]!];
    target.sales = {};
    const { next, result } = runCommand(target, (d) => pasteItems(d, clip, { x: 10, y: 10 }));
    const pasted = next.stakeholders.find((s) => s.id === result.s1)!;
    expect(pasted).not.toHaveProperty('groupId');
    expect(pasted).not.toHaveProperty('relationshipOwner');
    expect(next.steps).toHaveLength(3);
    expect(next.links).toHaveLength(3);
    // The step's plan comes along; its owner and supporters are not in this board's team.
    const stage = next.sales[result.p1!]!;
    expect(stage.actions).toEqual(['Call the CFO']);
    expect(stage).not.toHaveProperty('owner');
    expect(stage.supporters).toEqual([]);
  });

  it('a duplicated step brings its sales plan, as its own copy', () => {
    const { next, result } = runCommand(makeRichBoard(), (d) =>
      duplicateItems(d, ['p1'], { x: 30, y: 30 }),
    );
    const copy = next.sales[result.p1!]!;
    expect(copy).toEqual(next.sales.p1);
    expect(copy).toMatchObject({ owner: 't1', supporters: ['t2'], actions: ['Call the CFO'] });
    expect(copy.actions).not.toBe(next.sales.p1!.actions);
    const { next: bare } = runCommand(makeRichBoard(), (d) =>
      duplicateItems(d, ['p2'], { x: 30, y: 30 }),
    );
    expect(Object.keys(bare.sales)).toEqual(['p1']);
  });

  it('the clip is independent of the board it came from', () => {
    const board = makeRichBoard();
    const clip = copyItems(board, ['s1']);
    clip.stakeholders[0]!.position.x = 999;
    expect(board.stakeholders[0]!.position.x).toBe(0);
  });

  it('pasting twice gives distinct ids', () => {
    const clip = copyItems(makeRichBoard(), ['p1', 'p2']);
    const { next, result } = runCommand(makeRichBoard(), (d) => {
      const a = pasteItems(d, clip, { x: 0, y: 0 });
      const b = pasteItems(d, clip, { x: 0, y: 0 });
      return [a, b] as const;
    });
    expect(result[0].p1).not.toBe(result[1].p1);
    expect(next.steps).toHaveLength(6);
    expect(next.links.filter((l) => l.type === 'next')).toHaveLength(3);
  });
});
