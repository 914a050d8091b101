import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBoard, toAnalyzeOutput } from '../../src/domain/analyze';
import {
  isLaneFilled,
  isStagePlanned,
  readinessState,
  unaddressedLanes,
} from '../../src/domain/planned';
import { parseBoardText } from '../../src/domain/validate';
import { PLAN_LANES } from '../../src/domain/types';
import type { Board, PlanLane, SalesStage } from '../../src/domain/types';
import { EXAMPLES_DIR, makeBoard, makeStage, makeStep, makeTeamMember } from './builders';

const TEAM = new Set(['t1']);

/** A stage with every plan lane filled. */
const FULL: Partial<SalesStage> = {
  owner: 't1',
  actions: ['Demo'],
  information: ['ROI model'],
  systems: ['CRM'],
  capabilities: ['org-mapping'],
  supporters: ['t1'],
};

/** Three steps; `sales` gives the stages that have data. */
function board(sales: Record<string, Partial<SalesStage>>): Board {
  const steps = ['p0', 'p1', 'p2'].map((id, i) => makeStep({ id, position: { x: i * 100, y: 0 } }));
  const entries = Object.entries(sales).map(([k, v]) => [k, makeStage(v)] as const);
  return makeBoard({ steps, team: [makeTeamMember()], sales: Object.fromEntries(entries) });
}

describe('unaddressed lanes (§7)', () => {
  it('lists all six lanes, in order, for a missing or empty stage', () => {
    expect(unaddressedLanes(undefined, TEAM)).toEqual([...PLAN_LANES]);
    expect(unaddressedLanes(makeStage(), TEAM)).toEqual([
      'owner',
      'actions',
      'information',
      'systems',
      'capabilities',
      'supporters',
    ]);
  });

  it('an owner alone addresses one lane and plans nothing', () => {
    const stage = makeStage({ owner: 't1' });
    expect(unaddressedLanes(stage, TEAM)).toEqual([
      'actions',
      'information',
      'systems',
      'capabilities',
      'supporters',
    ]);
    expect(isStagePlanned(stage, TEAM)).toBe(false);
  });

  it('an owner who is not a team member does not fill the owner lane', () => {
    expect(isLaneFilled(makeStage({ owner: 'gone' }), 'owner', TEAM)).toBe(false);
    expect(unaddressedLanes(makeStage({ ...FULL, owner: 'gone' }), TEAM)).toEqual(['owner']);
  });

  it('blank entries do not fill a lane; enablement, notes and dismissed never count', () => {
    const stage = makeStage({ actions: ['  '], enablement: ['x'], notes: 'n', dismissed: ['d'] });
    expect(unaddressedLanes(stage, TEAM)).toEqual([...PLAN_LANES]);
  });

  // Each lane in each of its three states: open, filled, marked "none yet".
  for (const lane of PLAN_LANES) {
    const fill: Partial<SalesStage> =
      lane === 'owner'
        ? { owner: 't1' }
        : lane === 'supporters'
          ? { supporters: ['t1'] }
          : { [lane]: ['x'] };
    const others = PLAN_LANES.filter((l) => l !== lane);
    it(`${lane}: open, filled, marked, and filled while marked`, () => {
      const rest = makeStage({ gaps: others });
      expect(unaddressedLanes(rest, TEAM)).toEqual([lane]);
      expect(unaddressedLanes(makeStage({ ...fill, gaps: others }), TEAM)).toEqual([]);
      expect(unaddressedLanes(makeStage({ gaps: [...PLAN_LANES] }), TEAM)).toEqual([]);
      const both = makeStage({ ...fill, gaps: [...PLAN_LANES] });
      expect(isLaneFilled(both, lane, TEAM)).toBe(true);
      expect(unaddressedLanes(both, TEAM)).toEqual([]);
    });
  }

  it('a stage marked "none yet" everywhere is planned, and its plan flags still fire', () => {
    const b = board({ p0: { gaps: [...PLAN_LANES] } });
    const a = analyzeBoard(b);
    expect(a.stages[0]!.unaddressed).toEqual([]);
    expect(a.plannedStepIds).toEqual(['p0']);
    expect(a.stages[0]!.flags).toEqual(
      expect.arrayContaining(['stage.no-owner', 'stage.no-system-support', 'stage.no-enablement']),
    );
  });
});

describe('plannedStages and the state of the recommendation', () => {
  it('has no state but no-steps on an empty board', () => {
    const a = analyzeBoard(makeBoard());
    expect([a.plannedStages, a.state]).toEqual([0, 'no-steps']);
  });
  it('is unplanned with owners alone, though fit and path are still computed', () => {
    const a = analyzeBoard(
      board({ p0: { owner: 't1' }, p1: { owner: 't1' }, p2: { owner: 't1' } }),
    );
    expect([a.plannedStages, a.state]).toEqual([0, 'unplanned']);
    expect(a.fit).toBe(0);
    expect(a.recommendation).toBe('rebuild');
  });
  it('is provisional while some stages are planned', () => {
    const a = analyzeBoard(board({ p0: FULL, p2: { ...FULL, owner: undefined, gaps: ['owner'] } }));
    expect([a.plannedStages, a.state]).toEqual([2, 'provisional']);
    expect(a.plannedStepIds).toEqual(['p0', 'p2']);
  });
  it('is a verdict once every stage is planned', () => {
    const gaps: PlanLane[] = ['information', 'systems'];
    const a = analyzeBoard(
      board({ p0: FULL, p1: { ...FULL, information: [], systems: [], gaps }, p2: FULL }),
    );
    expect([a.plannedStages, a.state]).toEqual([3, 'verdict']);
  });
  it('maps counts to states', () => {
    expect(readinessState(0, 0)).toBe('no-steps');
    expect(readinessState(0, 4)).toBe('unplanned');
    expect(readinessState(3, 4)).toBe('provisional');
    expect(readinessState(4, 4)).toBe('verdict');
  });
  it('prints unaddressed per stage and plannedStages in the §8 output', () => {
    const out = toAnalyzeOutput(analyzeBoard(board({ p0: FULL, p1: { owner: 't1' } }))) as {
      stages: { unaddressed: string[] }[];
      plannedStages: number;
    };
    expect(out.stages.map((s) => s.unaddressed)).toEqual([
      [],
      ['actions', 'information', 'systems', 'capabilities', 'supporters'],
      [...PLAN_LANES],
    ]);
    expect(out.plannedStages).toBe(1);
  });
});

const TEMPLATES = path.resolve(__dirname, '../../templates');
const files = [
  ...['en', 'zh-CN'].flatMap((lang) =>
    readdirSync(path.join(TEMPLATES, lang))
      .filter((f) => f.endsWith('.board.json'))
      .map((f) => path.join(TEMPLATES, lang, f)),
  ),
  ...readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.board.json'))
    .map((f) => path.join(EXAMPLES_DIR, f)),
];

describe('every template and example agrees with §7–§8', () => {
  for (const file of files) {
    it(path.relative(path.resolve(__dirname, '../..'), file), () => {
      const parsed = parseBoardText(readFileSync(file, 'utf8'));
      if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
      const b = parsed.file.board;
      const a = analyzeBoard(b);
      const team = new Set(b.team.map((m) => m.id));
      // Counted here straight from the rule's words, independently of planned.ts.
      const expected = b.steps.filter((step) => {
        const s = Object.hasOwn(b.sales, step.id) ? b.sales[step.id] : undefined;
        if (!s) return false;
        const has = (l: string[]) => l.some((e) => e.trim() !== '');
        const filled = {
          owner: s.owner !== undefined && team.has(s.owner),
          actions: has(s.actions),
          information: has(s.information),
          systems: has(s.systems),
          capabilities: has(s.capabilities),
          supporters: s.supporters.length > 0,
        };
        return Object.entries(filled).every(([lane, f]) => f || s.gaps.includes(lane as PlanLane));
      }).length;
      expect(a.plannedStages).toBe(expected);
      expect(a.state).toBe(readinessState(expected, b.steps.length));
    });
  }
});
