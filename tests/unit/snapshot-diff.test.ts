import { describe, expect, it } from 'vitest';
import { diffBoards } from '../../src/domain/snapshotDiff';
import type { Board } from '../../src/domain/types';
import {
  makeBoard,
  makeLink,
  makeRichBoard,
  makeStage,
  makeStakeholder,
  makeStep,
} from './builders';

const codes = (before: Board, after: Board) => diffBoards(before, after).changes.map((c) => c.code);

describe('diffBoards', () => {
  it('finds nothing between a board and an unchanged copy', () => {
    const board = makeRichBoard();
    const diff = diffBoards(board, structuredClone(board));
    expect(diff.changes).toEqual([]);
    expect(diff.readinessChanged).toBe(false);
    expect(diff.readiness.before).toEqual(diff.readiness.after);
  });

  it('lists stakeholders added and removed, by id, with their names', () => {
    const before = makeRichBoard();
    const after = structuredClone(before);
    after.stakeholders = after.stakeholders.filter((s) => s.id !== 's2');
    after.links = after.links.filter((l) => l.source !== 's2' && l.target !== 's2');
    after.stakeholders.push(makeStakeholder({ id: 's3', name: 'Procurement head' }));
    const diff = diffBoards(before, after);
    expect(diff.changes).toContainEqual({
      code: 'stakeholder.added',
      params: { id: 's3', name: 'Procurement head' },
    });
    expect(diff.changes).toContainEqual({
      code: 'stakeholder.removed',
      params: { id: 's2', name: 'CIO' },
    });
    // A renamed person is the same person: no add/remove pair.
    const renamed = structuredClone(before);
    renamed.stakeholders[0]!.name = 'Chief financial officer';
    expect(codes(before, renamed)).toEqual([]);
  });

  it('reports stance, coverage and influence changes as from → to', () => {
    const before = makeRichBoard();
    const after = structuredClone(before);
    const cfo = after.stakeholders[0]!;
    cfo.stance = 'supporter';
    cfo.coverage = 'deep';
    cfo.influence = 5;
    const diff = diffBoards(before, after);
    expect(diff.changes).toEqual([
      {
        code: 'stakeholder.stance',
        params: { id: 's1', name: 'CFO', from: 'unknown', to: 'supporter' },
      },
      { code: 'stakeholder.coverage', params: { id: 's1', name: 'CFO', from: 'none', to: 'deep' } },
      { code: 'stakeholder.influence', params: { id: 's1', name: 'CFO', from: 3, to: 5 } },
    ]);
  });

  it('reports the stage flags that came and went, and steps added or removed', () => {
    const before = makeRichBoard();
    const after = structuredClone(before);
    // p2 gets an owner, systems and enablement: its plan flags go; p1 loses its owner.
    after.sales.p2 = makeStage({ owner: 't1', systems: ['CPQ'], enablement: ['ROI training'] });
    delete after.sales.p1!.owner;
    after.steps.push(
      makeStep({ id: 'p3', label: 'Signing', kind: 'signing', position: { x: 400, y: 200 } }),
    );
    after.links.push(makeLink({ id: 'l9', source: 'p2', target: 'p3' }));
    const diff = diffBoards(before, after);
    const p1 = diff.changes.find((c) => c.code === 'stage.flags' && c.params.id === 'p1');
    expect(p1?.params).toMatchObject({ label: 'Need', added: ['stage.no-owner'], removed: [] });
    const p2 = diff.changes.find((c) => c.code === 'stage.flags' && c.params.id === 'p2');
    expect(p2?.params).toMatchObject({ label: 'Budget', added: [] });
    if (p2?.code !== 'stage.flags') throw new Error('p2 flags did not change');
    expect(p2.params.removed).toEqual(
      expect.arrayContaining(['stage.no-owner', 'stage.no-system-support', 'stage.no-enablement']),
    );
    expect(diff.changes).toContainEqual({
      code: 'step.added',
      params: { id: 'p3', label: 'Signing' },
    });
    // A new step reports itself as added, not as a stage whose flags changed.
    expect(diff.changes.filter((c) => c.params.id === 'p3')).toHaveLength(1);

    const back = diffBoards(after, before);
    expect(back.changes).toContainEqual({
      code: 'step.removed',
      params: { id: 'p3', label: 'Signing' },
    });
  });

  it('gives fit, recommendation and the provisional state then and now', () => {
    const steps = [
      makeStep({ id: 'p1', position: { x: 0, y: 0 } }),
      makeStep({ id: 'p2', position: { x: 100, y: 0 } }),
    ];
    const people = [makeStakeholder({ id: 's1', roles: ['decision-maker'] })];
    const links = [
      makeLink({ id: 'l1', source: 'p1', target: 'p2' }),
      makeLink({ id: 'l2', source: 's1', target: 'p1', type: 'drives' }),
      makeLink({ id: 'l3', source: 's1', target: 'p2', type: 'drives' }),
    ];
    const team = [{ id: 't1', name: 'Wang', role: 'sales' as const, capabilities: [] }];
    const before = makeBoard({ stakeholders: people, steps, links, team });
    const carried = makeStage({
      owner: 't1',
      systems: ['CRM'],
      enablement: ['Playbook'],
      gaps: ['actions', 'information', 'capabilities', 'supporters'],
    });
    const half = makeBoard({ ...before, sales: { p1: carried } });
    const full = makeBoard({ ...before, sales: { p1: carried, p2: carried } });

    const first = diffBoards(before, half);
    expect(first.readiness.before).toEqual({
      state: 'unplanned',
      stages: 2,
      plannedStages: 0,
      blockingPoints: 2,
      fit: 0,
      recommendation: 'rebuild',
    });
    expect(first.readiness.after).toMatchObject({
      state: 'provisional',
      plannedStages: 1,
      blockingPoints: 1,
      fit: 0.5,
      recommendation: 'split',
    });
    expect(first.readinessChanged).toBe(true);

    const second = diffBoards(half, full);
    expect(second.readiness.after).toMatchObject({
      state: 'verdict',
      plannedStages: 2,
      fit: 1,
      recommendation: 'part-time',
    });

    const empty = diffBoards(makeBoard(), makeBoard());
    expect(empty.readiness.after).toMatchObject({
      state: 'no-steps',
      fit: null,
      recommendation: null,
    });
  });
});
