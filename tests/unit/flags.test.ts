import { describe, expect, it } from 'vitest';
import { PLAN_FLAGS, computeFlags, flagMessage } from '../../src/domain/flags';
import type { Flag, FlagCode } from '../../src/domain/flags';
import { KIND_NAMES } from '../../src/domain/text/kinds';
import { CAPABILITY_NAMES } from '../../src/domain/text/names';
import { stepName } from '../../src/domain/text/stepName';
import { STEP_KINDS } from '../../src/domain/types';
import type { Board, Stakeholder } from '../../src/domain/types';
import { domain as enDomain } from '../../src/i18n/en/domain';
import { domain as zhDomain } from '../../src/i18n/zh-CN/domain';
import {
  makeBoard,
  makeGroup,
  makeLink,
  makeStage,
  makeStakeholder,
  makeStep,
  makeTeamMember,
} from './builders';

const fired = (board: Board, code: FlagCode, subject: string | null = null): boolean =>
  computeFlags(board).some((f) => f.code === code && f.subject === subject);
/** The flag with its text in `lang`, worded the one way the UI, exports and CLI word it. */
const find = (
  board: Board,
  code: FlagCode,
  lang: 'en' | 'zh-CN' = 'en',
): (Flag & { message: string }) | undefined => {
  const flag = computeFlags(board).find((f) => f.code === code);
  return flag && { ...flag, message: flagMessage(flag, lang) };
};
const people = (...list: Partial<Stakeholder>[]): Board =>
  makeBoard({ stakeholders: list.map((p, i) => makeStakeholder({ id: `s${i + 1}`, ...p })) });

describe('map flags', () => {
  it('map.no-decision-maker fires without a decision maker only', () => {
    expect(fired(people({ roles: ['approver'] }), 'map.no-decision-maker')).toBe(true);
    expect(fired(people({ roles: ['user', 'decision-maker'] }), 'map.no-decision-maker')).toBe(
      false,
    );
  });

  it('map.no-champion fires without a champion only', () => {
    expect(fired(people({ roles: ['influencer'] }), 'map.no-champion')).toBe(true);
    expect(fired(people({ roles: ['champion'] }), 'map.no-champion')).toBe(false);
  });

  it('map.single-threaded fires when fewer than min(3, all) are engaged', () => {
    const st = (...coverage: Stakeholder['coverage'][]) =>
      fired(people(...coverage.map((c) => ({ coverage: c }))), 'map.single-threaded');
    expect(st('brief', 'deep')).toBe(false);
    expect(st('brief', 'none')).toBe(true);
    expect(st('brief', 'deep', 'none')).toBe(true);
    expect(st('brief', 'deep', 'multiple', 'none', 'none')).toBe(false);
    expect(st('brief', 'deep', 'none', 'none', 'none')).toBe(true);
    expect(st('none')).toBe(false);
  });

  it('map.key-player-unengaged fires for each kind of key stakeholder with no contact', () => {
    const keys: Partial<Stakeholder>[] = [
      { roles: ['decision-maker'] },
      { roles: ['approver'] },
      { canVeto: true },
    ];
    for (const key of keys) {
      expect(fired(people({ ...key, coverage: 'none' }), 'map.key-player-unengaged', 's1')).toBe(
        true,
      );
      expect(fired(people({ ...key, coverage: 'brief' }), 'map.key-player-unengaged', 's1')).toBe(
        false,
      );
    }
    expect(fired(people({ roles: ['influencer'] }), 'map.key-player-unengaged', 's1')).toBe(false);
  });

  it('an approves link makes a stakeholder key', () => {
    const board = makeBoard({
      stakeholders: [makeStakeholder({ id: 's1', roles: ['gatekeeper'], stance: 'unknown' })],
      steps: [makeStep({ id: 'p1' })],
    });
    const approving = {
      ...board,
      links: [makeLink({ source: 's1', target: 'p1', type: 'approves' })],
    };
    const informed = {
      ...board,
      links: [makeLink({ source: 's1', target: 'p1', type: 'informed' })],
    };
    expect(fired(approving, 'map.key-player-unengaged', 's1')).toBe(true);
    expect(fired(approving, 'map.stance-unknown', 's1')).toBe(true);
    expect(fired(informed, 'map.key-player-unengaged', 's1')).toBe(false);
    expect(fired(informed, 'map.stance-unknown', 's1')).toBe(false);
  });

  it('map.stance-unknown fires for a key stakeholder with unknown stance only', () => {
    const dm = { roles: ['decision-maker'] } as Partial<Stakeholder>;
    expect(fired(people({ ...dm, stance: 'unknown' }), 'map.stance-unknown', 's1')).toBe(true);
    expect(fired(people({ ...dm, stance: 'neutral' }), 'map.stance-unknown', 's1')).toBe(false);
    expect(fired(people({ roles: ['user'], stance: 'unknown' }), 'map.stance-unknown', 's1')).toBe(
      false,
    );
  });

  it('map.blocker-unaddressed fires for blockers and influential skeptics without an owner', () => {
    const team = [makeTeamMember({ id: 't1' })];
    const bu = (p: Partial<Stakeholder>) =>
      fired({ ...people(p), team }, 'map.blocker-unaddressed', 's1');
    expect(bu({ stance: 'blocker', influence: 1 })).toBe(true);
    expect(bu({ stance: 'blocker', relationshipOwner: 't1' })).toBe(false);
    expect(bu({ stance: 'skeptic', influence: 4 })).toBe(true);
    expect(bu({ stance: 'skeptic', influence: 5 })).toBe(true);
    expect(bu({ stance: 'skeptic', influence: 3 })).toBe(false);
    expect(bu({ stance: 'skeptic', influence: 4, relationshipOwner: 't1' })).toBe(false);
    expect(bu({ stance: 'neutral', influence: 5 })).toBe(false);
  });

  it('map.department-unengaged fires for a department with members and none engaged', () => {
    const groups = [makeGroup({ id: 'g1', label: 'Finance' }), makeGroup({ id: 'g2' })];
    const board = (coverage: Stakeholder['coverage']) => ({
      ...people({ groupId: 'g1', coverage: 'none' }, { groupId: 'g1', coverage }),
      groups,
    });
    expect(fired(board('brief'), 'map.department-unengaged', 'g1')).toBe(false);
    expect(fired(board('none'), 'map.department-unengaged', 'g1')).toBe(true);
    expect(fired(board('none'), 'map.department-unengaged', 'g2')).toBe(false);
    expect(find(board('none'), 'map.department-unengaged')?.message).toContain('Finance');
  });

  it('map.no-budget-step fires when steps exist and none is a budget step', () => {
    const steps = (...kinds: Board['steps'][number]['kind'][]) =>
      makeBoard({ steps: kinds.map((kind, i) => makeStep({ id: `p${i}`, kind })) });
    expect(fired(steps('need', 'approval'), 'map.no-budget-step')).toBe(true);
    expect(fired(steps('need', 'budget'), 'map.no-budget-step')).toBe(false);
    expect(fired(steps(), 'map.no-budget-step')).toBe(false);
    expect(fired(steps('need'), 'map.paper-process-unmapped')).toBe(true);
    for (const paper of ['procurement', 'legal', 'signing'] as const) {
      expect(fired(steps('need', paper), 'map.paper-process-unmapped')).toBe(false);
    }
    expect(fired(steps(), 'map.paper-process-unmapped')).toBe(false);
  });
});

describe('stage flags', () => {
  const team = [
    makeTeamMember({ id: 't1', capabilities: ['budget-negotiation', 'Industry Know-How'] }),
    makeTeamMember({ id: 't2', capabilities: ['technical-presales'] }),
  ];
  const staged = (stage: Parameters<typeof makeStage>[0], extra: Partial<Board> = {}): Board =>
    makeBoard({
      steps: [makeStep({ id: 'p1', label: 'POC' })],
      team,
      ...extra,
      sales: { p1: makeStage(stage) },
    });
  const full = { owner: 't1', systems: ['demo env'], enablement: ['coaching'] };

  it('stage.no-stakeholder fires unless a participation link reaches the step', () => {
    expect(fired(staged(full), 'stage.no-stakeholder', 'p1')).toBe(true);
    for (const type of ['drives', 'approves', 'evaluates', 'informed'] as const) {
      const extra = {
        stakeholders: [makeStakeholder({ id: 's1' })],
        links: [makeLink({ source: 's1', target: 'p1', type })],
      };
      expect(fired(staged(full, extra), 'stage.no-stakeholder', 'p1')).toBe(false);
    }
  });

  it('stage.no-owner fires without an owner or with an owner not on the team', () => {
    expect(fired(staged({ ...full, owner: undefined }), 'stage.no-owner', 'p1')).toBe(true);
    expect(fired(staged({ ...full, owner: 'ghost' }), 'stage.no-owner', 'p1')).toBe(true);
    expect(fired(staged(full), 'stage.no-owner', 'p1')).toBe(false);
    expect(fired(makeBoard({ steps: [makeStep({ id: 'p1' })] }), 'stage.no-owner', 'p1')).toBe(
      true,
    );
  });

  it('stage.no-system-support fires when no system is listed', () => {
    expect(fired(staged({ ...full, systems: [] }), 'stage.no-system-support', 'p1')).toBe(true);
    expect(fired(staged({ ...full, systems: ['  '] }), 'stage.no-system-support', 'p1')).toBe(true);
    expect(fired(staged(full), 'stage.no-system-support', 'p1')).toBe(false);
  });

  it('stage.no-enablement fires with neither supporters nor enablement', () => {
    const bare = { ...full, enablement: [] };
    expect(fired(staged(bare), 'stage.no-enablement', 'p1')).toBe(true);
    expect(fired(staged({ ...bare, supporters: ['t2'] }), 'stage.no-enablement', 'p1')).toBe(false);
    expect(fired(staged(full), 'stage.no-enablement', 'p1')).toBe(false);
  });

  it('stage.capability-gap checks the stage entries against owner and supporters', () => {
    const gap = (stage: Parameters<typeof makeStage>[0]) =>
      fired(staged({ ...full, ...stage }), 'stage.capability-gap', 'p1');
    expect(gap({ capabilities: ['budget-negotiation'] })).toBe(false);
    expect(gap({ capabilities: ['technical-presales'] })).toBe(true);
    expect(gap({ capabilities: ['technical-presales'], supporters: ['t2'] })).toBe(false);
    expect(gap({ capabilities: ['industry know-how'] })).toBe(false);
    expect(gap({ capabilities: ['technical-presales'], owner: 'ghost', supporters: ['t2'] })).toBe(
      false,
    );
    expect(gap({ capabilities: ['budget-negotiation'], owner: 't2' })).toBe(true);
    // The step kind's suggested capabilities are not requirements until entered.
    expect(gap({ capabilities: [] })).toBe(false);
  });

  it('stage.capability-gap lists the missing capabilities in params and message', () => {
    const board = staged({
      ...full,
      capabilities: ['executive-relations', 'budget-negotiation', 'Golf'],
    });
    const en = find(board, 'stage.capability-gap');
    const zh = find(board, 'stage.capability-gap', 'zh-CN');
    expect(en?.params.missing).toBe('executive-relations, Golf');
    // Codes are named from the one catalogue; free text stays as typed.
    expect(en?.message).toContain(CAPABILITY_NAMES.en['executive-relations']);
    expect(en?.message).toContain('Golf');
    expect(en?.message).not.toContain('budget');
    expect(zh?.message).toContain(CAPABILITY_NAMES['zh-CN']['executive-relations']);
    expect(zh?.params.missing).toBe(en?.params.missing);
  });

  it('the four plan flags are the owner, system, enablement and capability flags', () => {
    expect([...PLAN_FLAGS].sort()).toEqual([
      'stage.capability-gap',
      'stage.no-enablement',
      'stage.no-owner',
      'stage.no-system-support',
    ]);
  });
});

describe('flag details', () => {
  const messy = makeBoard({
    stakeholders: [
      makeStakeholder({ id: 's1', name: 'Zhao', stance: 'blocker', canVeto: true, groupId: 'g1' }),
      makeStakeholder({ id: 's2', name: 'Qian', roles: ['approver'] }),
    ],
    groups: [makeGroup({ id: 'g1', label: 'Risk' })],
    steps: [makeStep({ id: 'p1', label: 'Need' })],
    sales: { p1: makeStage({ capabilities: ['org-mapping'] }) },
  });

  it('fires every flag code on a board that lacks everything', () => {
    const codes = new Set(computeFlags(messy).map((f) => f.code));
    expect(codes.size).toBe(14);
  });

  it('gives every flag a message in both languages with no open placeholder', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      for (const raw of computeFlags(messy)) {
        const flag = { message: flagMessage(raw, lang) };
        expect(flag.message).not.toMatch(/[{}]/);
        expect(flag.message.length).toBeGreaterThan(10);
        if (lang === 'zh-CN') expect(flag.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(find(messy, 'map.no-decision-maker')?.message).toContain('拍板人');
    expect(find(messy, 'map.blocker-unaddressed', 'zh-CN')?.message).toContain('Zhao');
  });

  it('rates severities: missing decision maker and blockers are high, systems low', () => {
    const sev = (code: FlagCode) => find(messy, code)?.severity;
    expect(sev('map.no-decision-maker')).toBe('high');
    expect(sev('map.blocker-unaddressed')).toBe('high');
    expect(sev('map.key-player-unengaged')).toBe('high');
    expect(sev('stage.no-system-support')).toBe('low');
    expect(sev('map.stance-unknown')).toBe('medium');
  });

  it('names the subject kind: stakeholder, group, step or none', () => {
    const flags = computeFlags(messy);
    const subjectOf = (code: FlagCode) =>
      flags.filter((f) => f.code === code).map((f) => f.subject);
    expect(subjectOf('map.single-threaded')).toEqual([null]);
    expect(subjectOf('map.blocker-unaddressed')).toEqual(['s1']);
    expect(subjectOf('map.department-unengaged')).toEqual(['g1']);
    expect(subjectOf('stage.no-owner')).toEqual(['p1']);
  });
});

describe('steps without a label', () => {
  // Imported files may carry blank labels; messages then name the step by its kind.
  const blank = makeBoard({
    steps: [makeStep({ id: 'p1', label: '  ', kind: 'budget' })],
    sales: { p1: makeStage({ capabilities: ['budget-negotiation'] }) },
  });

  it('stepName is the label, or the kind name in the language when the label is blank', () => {
    const budget = { label: '', kind: 'budget' } as const;
    expect(stepName(budget, 'en')).toBe('Budget approval');
    expect(stepName(budget, 'zh-CN')).toBe('预算审批');
    expect(stepName({ label: ' \t', kind: 'custom' }, 'en')).toBe('Custom');
    expect(stepName({ label: 'Board memo', kind: 'budget' }, 'zh-CN')).toBe('Board memo');
  });

  it('the i18n domain namespaces take their kind names from the one table', () => {
    expect(enDomain.kind).toEqual(KIND_NAMES.en);
    expect(zhDomain.kind).toEqual(KIND_NAMES['zh-CN']);
    expect(Object.keys(KIND_NAMES.en).sort()).toEqual([...STEP_KINDS].sort());
  });

  it('stage flag messages name the kind instead of leaving empty quotes', () => {
    for (const code of [
      'stage.no-owner',
      'stage.no-stakeholder',
      'stage.capability-gap',
    ] as const) {
      expect(find(blank, code, 'en')?.message).toContain('“Budget approval”');
      expect(find(blank, code, 'zh-CN')?.message).toContain('“预算审批”');
    }
    // The raw label stays in params for a UI that renders its own text.
    expect(find(blank, 'stage.no-owner')?.params.step).toBe('  ');
  });
});
