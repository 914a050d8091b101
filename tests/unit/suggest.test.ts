import { describe, expect, it } from 'vitest';
import { suggestionsFor } from '../../src/domain/suggest';
import type { Lang, Suggestion } from '../../src/domain/suggest';
import { STEP_KINDS } from '../../src/domain/types';
import type { Board, StepKind } from '../../src/domain/types';
import { makeBoard, makeLink, makeStage, makeStakeholder, makeStep } from './builders';

/** The capabilities column of docs/domain.md §5, written out independently of the source. */
const CAPS: Record<StepKind, string[]> = {
  need: ['customer-perspective', 'solution-consulting'],
  research: ['industry-expertise'],
  requirements: ['solution-consulting', 'org-mapping'],
  evaluation: ['technical-presales'],
  budget: ['budget-negotiation', 'executive-relations'],
  approval: ['executive-relations'],
  compliance: ['technical-presales'],
  procurement: ['budget-negotiation', 'procurement-legal'],
  legal: ['procurement-legal'],
  signing: ['executive-relations'],
  rollout: ['project-management'],
  custom: [],
};
const CJK = /[\u4e00-\u9fff]/;

const boardOf = (kind: StepKind, extra: Partial<Board> = {}): Board =>
  makeBoard({ steps: [makeStep({ id: 'p1', kind })], ...extra });
const lane = (list: Suggestion[], name: Suggestion['lane']) =>
  list.filter((s) => s.lane === name).map((s) => s.text);

describe('suggestionsFor: the step kind table', () => {
  for (const kind of STEP_KINDS) {
    it(`suggests the §5 row for ${kind} in both languages`, () => {
      const en = suggestionsFor(boardOf(kind), 'p1', 'en');
      const zh = suggestionsFor(boardOf(kind), 'p1', 'zh-CN');
      expect(lane(en, 'capabilities')).toEqual(CAPS[kind]);
      expect(lane(zh, 'capabilities')).toEqual(CAPS[kind]);
      for (const name of ['actions', 'information', 'systems'] as const) {
        const enTexts = lane(en, name);
        const zhTexts = lane(zh, name);
        expect(zhTexts.length).toBe(enTexts.length);
        expect(enTexts.length > 0).toBe(kind !== 'custom');
        for (const text of zhTexts) expect(text).toMatch(CJK);
        for (const text of enTexts) expect(text).toMatch(/[a-z]/i);
      }
      expect([...en, ...zh].every((s) => s.source === 'kind' && !s.stakeholderId)).toBe(true);
    });
  }

  it('uses the article words in Chinese', () => {
    const texts = (kind: StepKind) =>
      suggestionsFor(boardOf(kind), 'p1', 'zh-CN').map((s) => s.text);
    expect(texts('approval').join()).toContain('呈批件');
    expect(texts('procurement').join()).toContain('招投标');
    expect(texts('budget').join()).toContain('预算');
    expect(texts('budget').join()).toContain('ROI');
  });

  it('keeps English texts of the table', () => {
    const en = suggestionsFor(boardOf('need'), 'p1', 'en');
    expect(lane(en, 'actions')).toEqual(['confirm the pain and its metric with the driver']);
    expect(lane(en, 'information')).toEqual(['diagnosis', 'industry benchmark']);
    expect(lane(en, 'systems')).toEqual(['CRM opportunity']);
  });

  it('returns nothing for an unknown step', () => {
    expect(suggestionsFor(boardOf('need'), 'nope', 'en')).toEqual([]);
  });
});

describe('suggestionsFor: linked stakeholders', () => {
  const zhang = makeStakeholder({ id: 's1', name: 'Zhang', concerns: ['data security', 'cost'] });
  const li = makeStakeholder({ id: 's2', name: 'Li', concerns: ['uptime'] });
  const linked = (type: 'drives' | 'approves' | 'evaluates' | 'informed', lang: Lang = 'en') =>
    suggestionsFor(
      boardOf('custom', {
        stakeholders: [zhang, li],
        links: [makeLink({ id: 'l1', source: 's1', target: 'p1', type })],
      }),
      'p1',
      lang,
    );

  it('asks to address the concerns of every linked stakeholder, one item per concern', () => {
    for (const type of ['drives', 'evaluates', 'informed'] as const) {
      const list = linked(type);
      expect(lane(list, 'actions')).toEqual(["address Zhang's concerns"]);
      expect(lane(list, 'information')).toEqual(['data security', 'cost']);
      expect(list.every((s) => s.source === 'stakeholder' && s.stakeholderId === 's1')).toBe(true);
    }
  });

  it('asks to secure the approval for an approves link', () => {
    expect(lane(linked('approves'), 'actions')).toEqual([
      "address Zhang's concerns",
      "secure Zhang's approval",
    ]);
    expect(lane(linked('approves', 'zh-CN'), 'actions')).toEqual([
      '回应Zhang的关注点',
      '争取Zhang的审批',
    ]);
  });

  it('ignores stakeholders not linked to the step', () => {
    expect(linked('drives').some((s) => s.stakeholderId === 's2')).toBe(false);
  });

  it('gives each text once when a stakeholder has two links or repeats a table item', () => {
    const board = boardOf('need', {
      stakeholders: [makeStakeholder({ id: 's1', name: 'Zhang', concerns: ['Diagnosis', 'x'] })],
      links: [
        makeLink({ id: 'l1', source: 's1', target: 'p1', type: 'drives' }),
        makeLink({ id: 'l2', source: 's1', target: 'p1', type: 'approves' }),
      ],
    });
    const list = suggestionsFor(board, 'p1', 'en');
    expect(lane(list, 'actions').filter((t) => t === "address Zhang's concerns")).toHaveLength(1);
    expect(lane(list, 'actions')).toContain("secure Zhang's approval");
    expect(lane(list, 'information')).toEqual(['diagnosis', 'industry benchmark', 'x']);
  });
});

describe('suggestionsFor: exclusions', () => {
  it('leaves out texts already in the same lane, ignoring case', () => {
    const sales = {
      p1: makeStage({ systems: ['crm OPPORTUNITY'], capabilities: ['Org-Mapping'] }),
    };
    const list = suggestionsFor(boardOf('need', { sales }), 'p1', 'en');
    expect(lane(list, 'systems')).toEqual([]);
    const req = suggestionsFor(boardOf('requirements', { sales }), 'p1', 'en');
    expect(lane(req, 'capabilities')).toEqual(['solution-consulting']);
  });

  it('keeps a text that sits in another lane', () => {
    const sales = { p1: makeStage({ actions: ['diagnosis'] }) };
    const list = suggestionsFor(boardOf('need', { sales }), 'p1', 'en');
    expect(lane(list, 'information')).toContain('diagnosis');
  });

  it('leaves out dismissed texts, ignoring case', () => {
    const sales = {
      p1: makeStage({ dismissed: ['Industry Benchmark', '现状诊断', 'DATA SECURITY'] }),
    };
    const board = boardOf('need', {
      sales,
      stakeholders: [makeStakeholder({ id: 's1', name: 'Zhang', concerns: ['data security'] })],
      links: [makeLink({ id: 'l1', source: 's1', target: 'p1', type: 'drives' })],
    });
    expect(lane(suggestionsFor(board, 'p1', 'en'), 'information')).toEqual(['diagnosis']);
    expect(lane(suggestionsFor(board, 'p1', 'zh-CN'), 'information')).toEqual(['行业对标']);
  });
});

describe('suggestionsFor: cost on a large board', () => {
  it('reads each list once for all columns, not once per column', () => {
    const n = 40;
    let reads = 0;
    // Counts element reads, so a scan of every link per column shows up as n × n reads.
    const counted = <T extends object>(list: T[]): T[] =>
      new Proxy(list, {
        get(target, prop, receiver) {
          if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
          return Reflect.get(target, prop, receiver) as unknown;
        },
      });
    const steps = Array.from({ length: n }, (_, i) => makeStep({ id: `p${i}`, kind: 'custom' }));
    const board = makeBoard({
      steps: counted(steps),
      stakeholders: counted(
        Array.from({ length: n }, (_, i) => makeStakeholder({ id: `s${i}`, name: `S${i}` })),
      ),
      links: counted(
        steps.map((s, i) =>
          makeLink({ id: `l${i}`, source: `s${i}`, target: s.id, type: 'drives' }),
        ),
      ),
    });
    for (const [i, step] of steps.entries()) {
      // Each column still gets exactly its own stakeholder.
      expect(lane(suggestionsFor(board, step.id, 'en'), 'actions')).toEqual([
        `address S${i}'s concerns`,
      ]);
    }
    expect(reads).toBeLessThanOrEqual(2 * 3 * n);
  });
});
