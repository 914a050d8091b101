/** Generators of valid boards for property tests (docs/domain.md §4). */
import fc from 'fast-check';
import {
  CAPABILITIES,
  COVERAGES,
  LINK_TYPES,
  PLAN_LANES,
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

export const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const small = fc.integer({ min: 0, max: 3 });
const texts = fc.array(fc.constantFrom('CRM', 'crm', 'ROI model', 'diagnosis', '  ', 'Golf'), {
  maxLength: 3,
});

/** Valid boards: every reference points at an item of the right kind (docs/domain.md §4). */
export function boardArb(dagOnly = false): fc.Arbitrary<Board> {
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
          gaps: fc.uniqueArray(pick(PLAN_LANES), { maxLength: 6 }),
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
          gaps: s.gaps,
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
