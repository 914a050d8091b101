/** The portfolio page's view model: heat-map cells, the verdict's state, recurring gaps, coverage. */
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import { analyzePortfolio } from '../../src/domain/portfolio';
import { PLAN_LANES } from '../../src/domain/types';
import type { Board, SalesStage, StepKind } from '../../src/domain/types';
import {
  coverage,
  coverageKey,
  heatCell,
  heatMap,
  recurringKinds,
  verdictState,
} from '../../src/portfolio/model';
import { makeBoard, makeStage, makeStep, makeTeamMember } from './builders';

type Lane = 'full' | 'gapped' | 'owner-only';

/** A full stage (planned, clear), a stage with every lane marked "none yet" (planned, blocking),
 *  or an owner alone (not planned). */
function stage(kind: Lane): SalesStage {
  if (kind === 'gapped') return makeStage({ gaps: [...PLAN_LANES] });
  if (kind === 'owner-only') return makeStage({ owner: 't1' });
  return makeStage({
    owner: 't1',
    supporters: ['t2'],
    actions: ['a'],
    information: ['i'],
    systems: ['CRM'],
    capabilities: ['org-mapping'],
  });
}

function sample(id: string, steps: [StepKind, Lane][], account: Partial<Board['account']> = {}) {
  const made = steps.map(([kind], i) =>
    makeStep({ id: `${id}-s${i}`, kind, position: { x: i * 100, y: 0 } }),
  );
  return makeBoard({
    id,
    title: `Title ${id}`,
    steps: made,
    team: [
      makeTeamMember({ id: 't1', capabilities: ['org-mapping'] }),
      makeTeamMember({ id: 't2', capabilities: [] }),
    ],
    sales: Object.fromEntries(made.map((s, i) => [s.id, stage(steps[i]![1])])),
    account: { name: id, tier: 'national', ...account },
  });
}

describe('heat-map cells', () => {
  it('say blocking (with the plan flags), clear, not yet planned (open lanes) or absent', () => {
    const b = sample('a', [
      ['need', 'full'],
      ['budget', 'gapped'],
      ['approval', 'owner-only'],
    ]);
    const a = analyzeBoard(b);
    expect(heatCell(a, 'need')).toEqual({ state: 'clear', stepId: 'a-s0' });
    const blocking = heatCell(a, 'budget');
    expect(blocking.state).toBe('blocking');
    expect(blocking).toMatchObject({ stepId: 'a-s1' });
    expect(blocking.state === 'blocking' && blocking.flags).toContain('stage.no-owner');
    expect(heatCell(a, 'approval')).toEqual({
      state: 'unplanned',
      stepId: 'a-s2',
      lanes: ['actions', 'information', 'systems', 'capabilities', 'supporters'],
    });
    expect(heatCell(a, 'signing')).toEqual({ state: 'absent' });
  });

  it('of a kind with several stages: a planned blocking one wins, then open lanes', () => {
    const a = analyzeBoard(
      sample('m', [
        ['evaluation', 'owner-only'],
        ['evaluation', 'gapped'],
        ['legal', 'full'],
        ['legal', 'owner-only'],
      ]),
    );
    expect(heatCell(a, 'evaluation')).toMatchObject({ state: 'blocking', stepId: 'm-s1' });
    expect(heatCell(a, 'legal')).toMatchObject({ state: 'unplanned', stepId: 'm-s3' });
  });

  it('owners alone never make a cell blocking', () => {
    const a = analyzeBoard(sample('o', [['need', 'owner-only']]));
    expect(heatCell(a, 'need').state).toBe('unplanned');
  });

  it('have one column per kind present, in process order, and one row per sample', () => {
    const boards = [
      sample('x', [['signing', 'full']], { industry: 'Banking' }),
      sample('y', [
        ['need', 'gapped'],
        ['signing', 'full'],
      ]),
    ];
    const p = analyzePortfolio(boards);
    const map = heatMap(boards, p);
    expect(map.kinds).toEqual(['need', 'signing']);
    expect(map.rows.map((r) => [r.board, r.title, r.industry, r.weight])).toEqual([
      ['x', 'Title x', 'Banking', 1],
      ['y', 'Title y', '', 1],
    ]);
    expect(map.rows[0]!.cells.map((c) => c.state)).toEqual(['absent', 'clear']);
    expect(map.rows[1]!.cells.map((c) => c.state)).toEqual(['blocking', 'clear']);
  });
});

describe('the verdict state', () => {
  it('shows no path while no stage of any sample is planned', () => {
    const p = analyzePortfolio([sample('a', [['need', 'owner-only']]), sample('b', [])]);
    expect(verdictState(p)).toEqual({
      withSteps: 1,
      fullyPlanned: 0,
      anyPlanned: false,
      state: 'unplanned',
    });
  });

  it('is provisional until every sample is fully planned, then a verdict', () => {
    const a = sample('a', [['need', 'full']]);
    const b = sample('b', [
      ['need', 'full'],
      ['budget', 'owner-only'],
    ]);
    expect(verdictState(analyzePortfolio([a, b]))).toMatchObject({
      fullyPlanned: 1,
      withSteps: 2,
      state: 'provisional',
    });
    const c = sample('c', [['budget', 'gapped']]);
    expect(verdictState(analyzePortfolio([a, c]))).toMatchObject({
      fullyPlanned: 2,
      state: 'verdict',
    });
    expect(verdictState(analyzePortfolio([sample('e', [])])).state).toBe('none');
  });
});

describe('recurring gaps', () => {
  it('orders blocking kinds by blockingShare × share and leaves out kinds that never block', () => {
    const a = sample(
      'a',
      [
        ['need', 'full'],
        ['budget', 'gapped'],
      ],
      { purchaseVolume: 100 },
    );
    const b = sample(
      'b',
      [
        ['budget', 'full'],
        ['legal', 'gapped'],
      ],
      { purchaseVolume: 300 },
    );
    const kinds = recurringKinds(analyzePortfolio([a, b]));
    expect(kinds.map((k) => [k.kind, k.share])).toEqual([
      ['legal', 0.75],
      ['budget', 0.25],
    ]);
  });
});

describe('segment coverage', () => {
  it('counts the tier × industry combinations without a sample', () => {
    const boards = [
      sample('a', [], { tier: 'global', industry: 'Banking' }),
      sample('b', [], { tier: 'national', industry: ' Retail ' }),
      sample('c', [], { tier: 'national', industry: 'Banking' }),
      sample('d', [], { tier: 'regional' }),
    ];
    const c = coverage(boards);
    expect(c.industries).toEqual(['Banking', 'Retail', '']);
    expect(c.cells.get(coverageKey('national', 'Banking'))).toEqual(['Title c']);
    expect(c.cells.get(coverageKey('regional', ''))).toEqual(['Title d']);
    // 4 tiers × 2 named industries, 3 of them covered.
    expect(c.missing).toBe(5);
  });
});

describe('the portfolio address', () => {
  it('round-trips through #/portfolio/<id> and leaves board addresses alone', async () => {
    const { parseHash, portfolioHref } = await import('../../src/app/useHashRoute');
    expect(portfolioHref('pf 1/é')).toBe('#/portfolio/pf%201%2F%C3%A9');
    expect(parseHash(portfolioHref('pf 1/é'))).toEqual({ name: 'portfolio', id: 'pf 1/é' });
    expect(parseHash('#/portfolio/')).toEqual({ name: 'list' });
    expect(parseHash('#/board/b-1/swimlane/p-sign')).toEqual({
      name: 'board',
      id: 'b-1',
      view: 'swimlane',
      item: 'p-sign',
    });
  });
});
