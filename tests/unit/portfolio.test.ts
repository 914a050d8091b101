/** The portfolio's arithmetic (docs/domain.md §9) on hand-made and generated portfolios. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBoard, recommend } from '../../src/domain/analyze';
import { analyzePortfolio, toPortfolioOutput } from '../../src/domain/portfolio';
import { parsePortfolioFile } from '../../src/domain/portfolioFile';
import { PLAN_LANES } from '../../src/domain/types';
import type { Board, StepKind } from '../../src/domain/types';
import { boardArb } from './arbitraries';
import { exampleJson, makeBoard, makeFile, makeStage, makeStep, makeTeamMember } from './builders';

const ALL_GAPS = [...PLAN_LANES];

/**
 * A sample whose steps are given as kinds; `blocking` lists the indexes of stages with plan
 * flags, the others are carried by a full stage (owner with the capability, systems, supporter).
 */
function sample(
  id: string,
  kinds: StepKind[],
  blocking: number[],
  account: Partial<Board['account']> = {},
  planned = true,
): Board {
  const team = [
    makeTeamMember({ id: 't1', capabilities: ['org-mapping'] }),
    makeTeamMember({ id: 't2', capabilities: [] }),
  ];
  const steps = kinds.map((kind, i) =>
    makeStep({ id: `${id}-p${i}`, kind, position: { x: i * 100, y: 0 } }),
  );
  const sales = Object.fromEntries(
    steps.map((s, i) => [
      s.id,
      blocking.includes(i)
        ? makeStage({ capabilities: ['procurement-legal'], gaps: planned ? ALL_GAPS : [] })
        : makeStage({
            owner: 't1',
            supporters: ['t2'],
            actions: ['a'],
            information: ['i'],
            systems: ['CRM'],
            capabilities: ['org-mapping'],
          }),
    ]),
  );
  return makeBoard({
    id,
    title: id,
    steps,
    team,
    sales,
    account: { name: id, tier: 'national', ...account },
  });
}

describe('weights (§9)', () => {
  it('weighs by volume × accounts when every sample has a volume', () => {
    const a = sample('a', ['need', 'budget'], [1], { purchaseVolume: 300, similarAccounts: 4 });
    const b = sample('b', ['need'], [0], { purchaseVolume: 600 });
    const p = analyzePortfolio([a, b]);
    expect(p.weighting).toBe('volume');
    expect(p.samples.map((s) => s.weight)).toEqual([1200, 600]);
    expect(p.fit).toBe((1200 * 0.5 + 600 * 0) / 1800);
    expect(p.lackingVolume).toEqual([]);
  });

  it('weighs by accounts when a sample lacks a volume, and names it', () => {
    const a = sample('a', ['need', 'budget'], [1], { purchaseVolume: 300, similarAccounts: 4 });
    const b = sample('b', ['need'], [0], { purchaseVolume: 0 });
    const p = analyzePortfolio([a, b]);
    expect(p.weighting).toBe('accounts');
    expect(p.samples.map((s) => s.weight)).toEqual([4, 1]);
    expect(p.lackingVolume).toEqual(['b']);
    expect(p.fit).toBe((4 * 0.5) / 5);
  });

  it('leaves samples without steps out of W, the fit and the chain', () => {
    const a = sample('a', ['need', 'budget'], [1], { similarAccounts: 2 });
    const empty = sample('e', [], [], { similarAccounts: 5 });
    const p = analyzePortfolio([a, empty]);
    expect(p.samples[1]).toMatchObject({ board: 'e', weight: 5, fit: null, stages: 0 });
    expect(p.fit).toBe(0.5);
    expect(p.chain.map((c) => c.share)).toEqual([1, 1]);
    expect(p.dependsOn).toEqual([]);
  });

  it('has no fit, path or chain when no sample has steps', () => {
    const p = analyzePortfolio([sample('e', [], [])]);
    expect([p.fit, p.recommendation, p.chain, p.capabilityGaps]).toEqual([null, null, [], []]);
  });
});

describe('the chain by step kind (§9)', () => {
  it('lists kinds in process order with shares of the samples that have them', () => {
    const a = sample('a', ['budget', 'need', 'legal'], [0, 2], { similarAccounts: 3 });
    const b = sample('b', ['need', 'budget'], [], { similarAccounts: 1 });
    const p = analyzePortfolio([a, b]);
    expect(p.chain.map((c) => c.kind)).toEqual(['need', 'budget', 'legal']);
    const legal = p.chain[2]!;
    expect(legal).toMatchObject({ samples: 1, share: 3 / 4, blockingShare: 1 });
    const budget = p.chain[1]!;
    expect(budget).toMatchObject({ samples: 2, share: 1, blockingShare: 3 / 4 });
    expect(budget.flags).toEqual({
      'stage.no-owner': 3 / 4,
      'stage.no-system-support': 3 / 4,
      'stage.no-enablement': 3 / 4,
      'stage.capability-gap': 3 / 4,
    });
    expect(p.chain[0]!.flags).toEqual({});
  });

  it('ranks capability gaps by share, then by name in plain string order', () => {
    const a = sample('a', ['need'], [0], { similarAccounts: 1 });
    const b = sample('b', ['need'], [], { similarAccounts: 1 });
    b.sales['b-p0']!.capabilities = ['Golf ', 'executive-relations'];
    const c = sample('c', ['need'], [], { similarAccounts: 2 });
    c.sales['c-p0']!.capabilities = ['golf', '高层关系'];
    const p = analyzePortfolio([a, b, c]);
    expect(p.capabilityGaps).toEqual([
      { capability: 'executive-relations', share: 3 / 4 },
      { capability: 'golf', share: 3 / 4 },
      { capability: 'procurement-legal', share: 1 / 4 },
    ]);
  });
});

describe('provisional, thresholds and leave one out (§9)', () => {
  it('is provisional while a sample with steps has unplanned stages', () => {
    const planned = sample('a', ['need'], [0]);
    const unplanned = sample('b', ['need'], [0], {}, false);
    expect(analyzePortfolio([planned]).provisional).toBe(false);
    expect(analyzePortfolio([planned, unplanned]).provisional).toBe(true);
    expect(analyzePortfolio([planned, sample('e', [], [])]).provisional).toBe(false);
  });

  it('uses the portfolio thresholds, not the samples’ own', () => {
    const a = sample('a', ['need', 'budget'], [1]);
    a.settings = { thresholds: { partTime: 0.4, split: 0.1 } };
    expect(analyzeBoard(a).recommendation).toBe('part-time');
    expect(analyzePortfolio([a]).recommendation).toBe('split');
    const own = { partTime: 0.5, split: 0.2 };
    const p = analyzePortfolio([a], { id: 'p', thresholds: own });
    expect([p.recommendation, p.thresholds, p.portfolio]).toEqual(['part-time', own, 'p']);
  });

  it('names the samples whose removal alone changes the path', () => {
    const big = sample('big', ['need'], [], { similarAccounts: 10 });
    const bad = sample('bad', ['need'], [0], { similarAccounts: 1 });
    const worse = sample('worse', ['need'], [0], { similarAccounts: 1 });
    // fit 10/12 ≈ 0.83: part-time. Without big: 0 (rebuild). Without one bad: 10/11 (part-time).
    expect(analyzePortfolio([big, bad, worse]).dependsOn).toEqual(['big']);
    // fit 1/2: split. Without either, the path changes.
    expect(analyzePortfolio([sample('x', ['need'], []), bad]).dependsOn).toEqual(['x', 'bad']);
    expect(analyzePortfolio([big]).dependsOn).toEqual([]);
  });
});

describe('the shared example', () => {
  it('gives portfolio.expected.json exactly', () => {
    const parsed = parsePortfolioFile(exampleJson('portfolio.portfolio.json' as never));
    if (!parsed.ok) throw new Error(parsed.issues[0]!.message);
    const { portfolio } = parsed.file;
    const p = analyzePortfolio(
      portfolio.samples.map((s) => s.board),
      { id: portfolio.id, thresholds: portfolio.settings?.thresholds },
    );
    expect(toPortfolioOutput(p)).toEqual(exampleJson('portfolio.expected.json' as never));
  });
});

describe('portfolio files: the one way in', () => {
  const file = (samples: unknown[], extra: object = {}) => ({
    format: 'ka-buying-canvas-portfolio',
    version: 1,
    portfolio: { id: 'p1', title: 'Set', samples, ...extra },
  });

  it('refuses a broken member, naming its position and title', () => {
    const broken = makeFile(sample('b', ['need'], []));
    (broken.board.stakeholders as unknown[]).push({ id: 'x' });
    const result = parsePortfolioFile(file([makeFile(sample('a', [], [])), broken]));
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.issues[0]!.message;
    expect(message).toMatch(/^portfolio\.samples\[1\]: sample 2 \(“b”\) is not a valid board: /);
  });

  it('refuses two samples with the same board id', () => {
    const a = makeFile(sample('a', [], []));
    const result = parsePortfolioFile(file([a, a]));
    expect(result.ok ? '' : result.issues[0]!.message).toMatch(/sample 2 .*"a" of sample 1/);
  });

  it('refuses other formats and versions, bad thresholds, and never throws', () => {
    const bad = [
      null,
      [],
      { ...file([]), version: 2 },
      { ...file([]), format: 'ka-buying-canvas' },
      file([], { settings: { thresholds: { partTime: 0.2, split: 0.5 } } }),
      file('x' as never),
      file([], { id: '' }),
    ];
    for (const input of bad) expect(parsePortfolioFile(input).ok).toBe(false);
  });

  it('migrates older members and keeps the thresholds', () => {
    const v1 = exampleJson('minimal.board.json');
    const t = { partTime: 0.8, split: 0.3 };
    const result = parsePortfolioFile(file([v1], { settings: { thresholds: t } }));
    expect(result.ok && result.file.portfolio.samples[0]!.version).toBe(3);
    expect(result.ok && result.file.portfolio.settings).toEqual({ thresholds: t });
  });
});

describe('properties on generated portfolios', () => {
  const portfolioArb = fc
    .array(
      fc.record({
        board: boardArb(),
        volume: fc.integer({ min: 1, max: 1000 }),
        accounts: fc.integer({ min: 1, max: 20 }),
      }),
      { minLength: 1, maxLength: 5 },
    )
    .map((items) =>
      items.map(({ board, volume, accounts }, i) => ({
        ...board,
        id: `b${i}`,
        account: { ...board.account, purchaseVolume: volume, similarAccounts: accounts },
      })),
    );

  it('keeps fit within [0, 1] and the path that of the fit', () => {
    fc.assert(
      fc.property(portfolioArb, (boards) => {
        const p = analyzePortfolio(boards);
        if (p.fit === null) {
          expect(p.recommendation).toBeNull();
          return;
        }
        expect(p.fit).toBeGreaterThanOrEqual(0);
        expect(p.fit).toBeLessThanOrEqual(1 + 1e-12);
        expect(p.recommendation).toBe(recommend(p.fit, p.thresholds));
        for (const c of p.chain) {
          expect(c.share).toBeGreaterThan(0);
          expect(c.blockingShare).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('changes nothing when every volume is scaled by one constant', () => {
    fc.assert(
      fc.property(portfolioArb, fc.integer({ min: 2, max: 50 }), (boards, k) => {
        const scaled = boards.map((b) => ({
          ...b,
          account: { ...b.account, purchaseVolume: b.account.purchaseVolume! * k },
        }));
        const p = analyzePortfolio(boards);
        const q = analyzePortfolio(scaled);
        expect(q.fit === null ? null : q.fit).toBeCloseToOrNull(p.fit);
        expect(q.chain.map((c) => c.kind)).toEqual(p.chain.map((c) => c.kind));
        q.chain.forEach((c, i) => expect(c.share).toBeCloseTo(p.chain[i]!.share, 10));
        expect(q.capabilityGaps.map((g) => g.capability).sort()).toEqual(
          p.capabilityGaps.map((g) => g.capability).sort(),
        );
      }),
    );
  });

  it('counts a sample duplicated under a new id as twice its weight', () => {
    fc.assert(
      fc.property(portfolioArb, (boards) => {
        const first = boards[0]!;
        const doubled = [
          {
            ...first,
            account: { ...first.account, similarAccounts: 2 * first.account.similarAccounts! },
          },
          ...boards.slice(1),
        ];
        const copied = [first, ...boards.slice(1), { ...first, id: 'copy' }];
        const p = analyzePortfolio(doubled);
        const q = analyzePortfolio(copied);
        expect(q.fit).toBeCloseToOrNull(p.fit);
        expect(q.samples.at(-1)!.weight).toBe(q.samples[0]!.weight);
        q.chain.forEach((c, i) =>
          expect(c.blockingShare).toBeCloseTo(p.chain[i]!.blockingShare, 10),
        );
      }),
    );
  });
});

expect.extend({
  toBeCloseToOrNull(received: number | null, expected: number | null) {
    const pass =
      received === expected ||
      (received !== null && expected !== null && Math.abs(received - expected) < 1e-9);
    return { pass, message: () => `expected ${received} to be close to ${expected}` };
  },
});

declare module 'vitest' {
  interface Assertion<T> {
    toBeCloseToOrNull(expected: number | null): T;
  }
}
