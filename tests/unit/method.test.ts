import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import { methodProgress } from '../../src/domain/method';
import type { Board, PlanLane } from '../../src/domain/types';
import {
  makeBoard,
  makeLink,
  makeStage,
  makeStakeholder,
  makeStep,
  makeTeamMember,
} from './builders';

const progress = (b: Board) => methodProgress(b, analyzeBoard(b));
const done = (b: Board) => progress(b).map((s) => s.done);

const REST: PlanLane[] = ['actions', 'information', 'systems', 'capabilities', 'supporters'];

/** Two steps, a decision maker on both, one team member; `owned` stages are planned. */
function board(owned: string[], extra: Partial<Board> = {}): Board {
  return makeBoard({
    objective: 'flagship-reference',
    stakeholders: [makeStakeholder({ id: 's1', roles: ['decision-maker'] })],
    steps: [
      makeStep({ id: 'p1', position: { x: 0, y: 0 } }),
      makeStep({ id: 'p2', position: { x: 100, y: 0 } }),
    ],
    links: [
      makeLink({ source: 'p1', target: 'p2' }),
      makeLink({ source: 's1', target: 'p1', type: 'drives' }),
      makeLink({ source: 's1', target: 'p2', type: 'approves' }),
    ],
    team: [makeTeamMember({ id: 't1' })],
    sales: Object.fromEntries(owned.map((id) => [id, makeStage({ owner: 't1', gaps: REST })])),
    ...extra,
  });
}

describe('method-step completion', () => {
  it('on an empty board: nothing done; set the objective, draw steps, review', () => {
    const p = progress(makeBoard());
    expect(p.map((s) => s.done)).toEqual([false, false, false, false]);
    expect(p.map((s) => s.next?.kind)).toEqual([
      'set-objective',
      'add-steps',
      'add-steps',
      'review',
    ]);
  });

  it('(b) asks for a decision maker, then for the first step without a stakeholder', () => {
    const noDm = board([], {
      stakeholders: [makeStakeholder({ id: 's1', roles: ['user'] })],
    });
    expect(progress(noDm)[1]!.next).toEqual({ kind: 'add-decision-maker', id: 's1' });
    const unlinked = board([]);
    unlinked.links = unlinked.links.filter((l) => l.target !== 'p2');
    expect(progress(unlinked)[1]!.next).toEqual({ kind: 'link-step', id: 'p2' });
    expect(done(board([]))).toEqual([true, true, false, false]);
  });

  it('(c) asks for a team, then the first open lane of the first unplanned stage', () => {
    expect(progress(board([], { team: [] }))[2]!.next).toEqual({ kind: 'add-team' });
    expect(progress(board(['p1']))[2]!.next).toEqual({
      kind: 'plan-stage',
      id: 'p2',
      lane: 'owner',
    });
    expect(done(board(['p1', 'p2']))).toEqual([true, true, true, false]);
  });

  it('(c) is not done with owners alone', () => {
    const owners = board([]);
    owners.sales = { p1: makeStage({ owner: 't1' }), p2: makeStage({ owner: 't1' }) };
    expect(progress(owners)[2]!.next).toEqual({ kind: 'plan-stage', id: 'p1', lane: 'actions' });
    expect(done(owners)[2]).toBe(false);
  });

  it('(d) is done only when the verdict is in and its path was reviewed', () => {
    const b = board(['p1', 'p2']);
    const rec = analyzeBoard(b).recommendation!;
    expect(done({ ...b, reviewedPath: rec })).toEqual([true, true, true, true]);
    const other = rec === 'rebuild' ? 'split' : 'rebuild';
    expect(done({ ...b, reviewedPath: other })[3]).toBe(false);
    // Reviewed, but a stage is not planned any more: provisional again, so not done.
    const provisional = board(['p1'], { reviewedPath: rec });
    expect(progress(provisional)[3]!.done).toBe(false);
  });

  it('(a) is done once an objective is chosen', () => {
    expect(progress(board([], { objective: undefined }))[0]!.next).toEqual({
      kind: 'set-objective',
    });
  });
});
