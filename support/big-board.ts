import {
  STEP_KINDS,
  type Board,
  type Link,
  type Stakeholder,
  type BuyingStep,
} from '../src/domain/types';

/** A deterministic pseudo-random source, so every run measures the same board. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A large, valid board: `people` stakeholders, `steps` steps and `links` links. */
export function bigBoard(people = 2000, steps = 500, links = 6000): Board {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const stepList: BuyingStep[] = Array.from({ length: steps }, (_, i) => ({
    id: `p${i}`,
    label: `Step ${i}`,
    kind: pick(STEP_KINDS),
    position: { x: i * 280, y: 600 + (i % 3) * 40 },
  }));
  const people_: Stakeholder[] = Array.from({ length: people }, (_, i) => ({
    id: `s${i}`,
    name: `Person ${i}`,
    roles: [pick(['decision-maker', 'approver', 'evaluator', 'user', 'influencer'] as const)],
    influence: (1 + Math.floor(r() * 5)) as 1 | 2 | 3 | 4 | 5,
    stance: pick(['supporter', 'neutral', 'skeptic', 'blocker', 'unknown'] as const),
    canVeto: r() < 0.1,
    coverage: pick(['none', 'brief', 'multiple', 'deep'] as const),
    concerns: [`concern ${i}`],
    position: { x: (i % 100) * 240, y: Math.floor(i / 100) * 140 - 3000 },
  }));
  const linkList: Link[] = [];
  for (let i = 1; i < steps && linkList.length < links; i++) {
    linkList.push({ id: `n${i}`, source: `p${i - 1}`, target: `p${i}`, type: 'next' });
  }
  while (linkList.length < links) {
    const i = linkList.length;
    const type = pick(['drives', 'approves', 'evaluates', 'informed'] as const);
    linkList.push({ id: `l${i}`, source: `s${i % people}`, target: `p${i % steps}`, type });
  }
  return {
    id: 'bench',
    title: 'Bench',
    account: { name: 'Bench', tier: 'global' },
    stakeholders: people_,
    steps: stepList,
    groups: [],
    links: linkList,
    notes: [],
    team: [{ id: 't1', name: 'A', role: 'sales', capabilities: ['org-mapping'] }],
    sales: {
      p0: {
        owner: 't1',
        supporters: [],
        actions: [],
        information: [],
        systems: ['CRM'],
        capabilities: ['org-mapping'],
        enablement: ['x'],
        dismissed: [],
        gaps: [],
      },
    },
    createdAt: '2026-11-26T00:00:00.000Z',
    updatedAt: '2026-11-26T00:00:00.000Z',
  };
}
