import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBoard, recommend } from '../../src/domain/analyze';
import { flagMessage } from '../../src/domain/flags';
import { PLAN_FLAGS } from '../../src/domain/flags';
import { columnOrder } from '../../src/domain/order';
import { suggestionsFor } from '../../src/domain/suggest';
import {
  CAPABILITIES,
  COVERAGES,
  LINK_TYPES,
  ROLES,
  STANCES,
  STEP_KINDS,
} from '../../src/domain/types';
import type { Board, Link, SalesStage } from '../../src/domain/types';
import {
  makeBoard,
  makeGroup,
  makeStage,
  makeStakeholder,
  makeStep,
  makeTeamMember,
} from './builders';

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const small = fc.integer({ min: 0, max: 3 });
const texts = fc.array(fc.constantFrom('CRM', 'crm', 'ROI model', 'diagnosis', '  ', 'Golf'), {
  maxLength: 3,
});

/** Valid boards: every reference points at an item of the right kind (DOMAIN.md §4). */
function boardArb(dagOnly = false): fc.Arbitrary<Board> {
  return fc
    .record({
      steps: fc.array(
        // Blank labels are valid (imported files may carry them).
        fc.record({ kind: pick(STEP_KINDS), label: pick(['Step', '', '  ']), x: small, y: small }),
        { maxLength: 8 },
      ),
      people: fc.array(
        fc.record({
          roles: fc.uniqueArray(pick(ROLES), { minLength: 1, maxLength: 3 }),
          influence: fc.constantFrom(1, 2, 3, 4, 5 as const),
          stance: pick(STANCES),
          canVeto: fc.boolean(),
          coverage: pick(COVERAGES),
          group: fc.nat(3),
          owner: fc.nat(4),
          concerns: texts,
        }),
        { maxLength: 8 },
      ),
      groups: fc.nat(3),
      team: fc.array(fc.uniqueArray(pick([...CAPABILITIES, 'Golf']), { maxLength: 3 }), {
        maxLength: 3,
      }),
      links: fc.array(fc.record({ type: pick(LINK_TYPES), a: fc.nat(20), b: fc.nat(20) }), {
        maxLength: 20,
      }),
      stages: fc.array(
        fc.record({
          owner: fc.nat(4),
          supporters: fc.uniqueArray(fc.nat(3), { maxLength: 2 }),
          systems: texts,
          enablement: texts,
          capabilities: fc.array(pick([...CAPABILITIES, 'golf']), { maxLength: 3 }),
          dismissed: texts,
        }),
        { maxLength: 8 },
      ),
      thresholds: fc.option(
        fc.tuple(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
        ),
      ),
    })
    .map((g) => {
      const steps = g.steps.map((s, i) =>
        makeStep({ id: `p${i}`, kind: s.kind, label: s.label, position: { x: s.x, y: s.y } }),
      );
      const groups = Array.from({ length: g.groups }, (_, i) => makeGroup({ id: `g${i}` }));
      const team = g.team.map((capabilities, i) => makeTeamMember({ id: `t${i}`, capabilities }));
      const stakeholders = g.people.map((p, i) =>
        makeStakeholder({
          id: `s${i}`,
          name: `S${i}`,
          roles: p.roles,
          influence: p.influence,
          stance: p.stance,
          canVeto: p.canVeto,
          coverage: p.coverage,
          concerns: p.concerns,
          ...(p.group < groups.length ? { groupId: `g${p.group}` } : {}),
          ...(p.owner < team.length ? { relationshipOwner: `t${p.owner}` } : {}),
        }),
      );
      const links: Link[] = [];
      for (const [i, l] of g.links.entries()) {
        const isNext = l.type === 'next';
        const people = l.type === 'reports-to' || l.type === 'influences';
        const from = isNext ? steps : stakeholders;
        const to = isNext || !people ? steps : stakeholders;
        if (from.length === 0 || to.length === 0) continue;
        let a = l.a % from.length;
        let b = l.b % to.length;
        if (from[a] === to[b]) continue; // validation refuses self links
        if (isNext && dagOnly && a > b) [a, b] = [b, a];
        links.push({ id: `l${i}`, source: from[a]!.id, target: to[b]!.id, type: l.type });
      }
      const sales: Record<string, SalesStage> = {};
      for (const [i, s] of g.stages.entries()) {
        if (i >= steps.length) break;
        sales[`p${i}`] = makeStage({
          ...(s.owner < team.length ? { owner: `t${s.owner}` } : {}),
          supporters: s.supporters.filter((n) => n < team.length).map((n) => `t${n}`),
          systems: s.systems,
          enablement: s.enablement,
          capabilities: s.capabilities,
          dismissed: s.dismissed,
        });
      }
      const t = g.thresholds;
      const settings = t
        ? { thresholds: { partTime: Math.max(...t), split: Math.min(...t) } }
        : undefined;
      return makeBoard({
        steps,
        groups,
        team,
        stakeholders,
        links,
        sales,
        ...(settings ? { settings } : {}),
      });
    });
}

describe('analyzeBoard on generated valid boards', () => {
  it('never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(boardArb(), fc.constantFrom('en', 'zh-CN' as const), (board, lang) => {
        const a = analyzeBoard(board);
        const ids = a.stages.map((s) => s.stepId);
        expect([...ids].sort()).toEqual(board.steps.map((s) => s.id).sort());
        expect(new Set(ids).size).toBe(ids.length);
        // Blocking points come from the flag list itself, not from the stages built from it.
        const stepIds = new Set(board.steps.map((s) => s.id));
        for (const flag of a.flags.filter((f) => f.code.startsWith('stage.'))) {
          expect(stepIds.has(flag.subject ?? '')).toBe(true);
        }
        const planSubjects = new Set(
          a.flags.filter((f) => PLAN_FLAGS.includes(f.code)).map((f) => f.subject),
        );
        expect(a.blockingPoints).toBe(planSubjects.size);
        expect(new Set(a.blockingStepIds)).toEqual(planSubjects);
        // Listed in column order.
        expect(a.blockingStepIds).toEqual(ids.filter((id) => planSubjects.has(id)));
        if (board.steps.length === 0) {
          expect(a.fit).toBeNull();
          expect(a.recommendation).toBeNull();
        } else {
          expect(a.fit).toBeGreaterThanOrEqual(0);
          expect(a.fit).toBeLessThanOrEqual(1);
          expect(a.recommendation).toBe(recommend(a.fit!, a.thresholds));
        }
        for (const flag of a.flags) expect(flagMessage(flag, lang)).not.toMatch(/[{}]|“\s*”/);
      }),
      { numRuns: 300 },
    );
  });

  it('orders acyclic processes so that every next link points forward', () => {
    fc.assert(
      fc.property(boardArb(true), (board) => {
        const index = new Map(columnOrder(board).map((s, i) => [s.id, i]));
        for (const link of board.links.filter((l) => l.type === 'next')) {
          expect(index.get(link.source)!).toBeLessThan(index.get(link.target)!);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never suggests a dismissed or present text, nor one twice in a lane', () => {
    fc.assert(
      fc.property(boardArb(), fc.constantFrom('en', 'zh-CN' as const), (board, lang) => {
        for (const step of board.steps) {
          const stage = board.sales[step.id] ?? makeStage();
          const list = suggestionsFor(board, step.id, lang);
          const seen = new Set<string>();
          for (const s of list) {
            const key = s.text.trim().toLowerCase();
            expect(stage.dismissed.map((d) => d.trim().toLowerCase())).not.toContain(key);
            expect(stage[s.lane].map((d) => d.trim().toLowerCase())).not.toContain(key);
            expect(seen.has(`${s.lane}:${key}`)).toBe(false);
            seen.add(`${s.lane}:${key}`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
