import { describe, expect, it } from 'vitest';
import { flagMessage } from '../../src/domain/flags';
import { analyzeBoard, pathMeaning, recommend, toAnalyzeOutput } from '../../src/domain/analyze';
import { PLAN_FLAGS } from '../../src/domain/flags';
import { parseBoardText } from '../../src/domain/validate';
import { DEFAULT_THRESHOLDS } from '../../src/domain/types';
import type { Board, SalesStage } from '../../src/domain/types';
import { exampleText, makeBoard, makeStage, makeStep, makeTeamMember } from './builders';

interface Expected {
  board: string;
  stages: { stepId: string; label: string; flags: string[] }[];
  flags: { code: string; subject: string | null }[];
  blockingPoints: number;
  fit: number | null;
  recommendation: string | null;
  plannedStages: number;
}

const flagSet = (flags: { code: string; subject: string | null }[]) =>
  flags.map((f) => `${f.code}@${f.subject ?? ''}`).sort();

/** A stage no plan flag fires on: owner, a system, a supporter, no required capability. */
const carried: Partial<SalesStage> = { owner: 't1', systems: ['CRM'], supporters: ['t2'] };

/** A board of `total` steps of which the first `blocked` have no sales data. */
function boardWith(total: number, blocked: number, extra: Partial<Board> = {}): Board {
  const steps = Array.from({ length: total }, (_, i) =>
    makeStep({ id: `p${i}`, position: { x: i * 100, y: 0 } }),
  );
  const sales: Record<string, SalesStage> = {};
  for (const step of steps.slice(blocked)) sales[step.id] = makeStage(carried);
  const team = [makeTeamMember({ id: 't1' }), makeTeamMember({ id: 't2' })];
  return makeBoard({ steps, sales, team, ...extra });
}

describe('analyzeBoard on the shared examples', () => {
  for (const name of ['minimal', 'crm-group-sales-management']) {
    it(`gives ${name}.expected.json`, () => {
      const parsed = parseBoardText(exampleText(`${name}.board.json`));
      if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
      const expected = JSON.parse(exampleText(`${name}.expected.json`)) as Expected;
      const out = toAnalyzeOutput(analyzeBoard(parsed.file.board)) as Expected;
      expect(out.board).toBe(expected.board);
      expect(out.stages.map((s) => [s.stepId, s.label, [...s.flags].sort()])).toEqual(
        expected.stages.map((s) => [s.stepId, s.label, [...s.flags].sort()]),
      );
      expect(flagSet(out.flags)).toEqual(flagSet(expected.flags));
      expect(out.blockingPoints).toBe(expected.blockingPoints);
      expect(out.fit).toBe(expected.fit);
      expect(out.recommendation).toBe(expected.recommendation);
      expect(out.plannedStages).toBe(expected.plannedStages);
    });
  }
});

describe('toAnalyzeOutput', () => {
  it('has exactly the §8 keys', () => {
    const out = toAnalyzeOutput(analyzeBoard(boardWith(2, 1))) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(
      [
        'blockingPoints',
        'board',
        'fit',
        'flags',
        'plannedStages',
        'recommendation',
        'stages',
      ].sort(),
    );
    const stages = out.stages as Record<string, unknown>[];
    const flags = out.flags as Record<string, unknown>[];
    expect(Object.keys(stages[0]!).sort()).toEqual(['flags', 'label', 'stepId', 'unaddressed']);
    expect(Object.keys(flags[0]!).sort()).toEqual(['code', 'message', 'subject']);
  });
});

describe('blocking points, fit and recommendation', () => {
  it('counts stages with a plan flag, not other stage flags', () => {
    // Every step lacks a stakeholder link, which is not a plan flag.
    const a = analyzeBoard(boardWith(4, 1));
    expect(a.stages.every((s) => s.flags.includes('stage.no-stakeholder'))).toBe(true);
    expect(a.blockingPoints).toBe(1);
    expect(a.blockingStepIds).toEqual(['p0']);
    expect(a.fit).toBe(0.75);
    expect(a.recommendation).toBe('part-time');
  });

  it('recommends split at fit exactly 0.4 and rebuild just below', () => {
    const a = analyzeBoard(boardWith(5, 3));
    expect(a.fit).toBe(0.4);
    expect(a.recommendation).toBe('split');
    expect(recommend(0.39999, DEFAULT_THRESHOLDS)).toBe('rebuild');
    expect(recommend(0.4, DEFAULT_THRESHOLDS)).toBe('split');
    expect(recommend(0.75, DEFAULT_THRESHOLDS)).toBe('part-time');
    expect(recommend(0.74999, DEFAULT_THRESHOLDS)).toBe('split');
    expect(recommend(1, DEFAULT_THRESHOLDS)).toBe('part-time');
    expect(recommend(0, DEFAULT_THRESHOLDS)).toBe('rebuild');
  });

  it('uses board-level thresholds and reports them', () => {
    const thresholds = { partTime: 0.8, split: 0.75 };
    const own = analyzeBoard(boardWith(4, 1, { settings: { thresholds } }));
    expect(own.recommendation).toBe('split');
    expect(own.thresholds).toEqual(thresholds);
    const low = analyzeBoard(
      boardWith(4, 3, { settings: { thresholds: { partTime: 0.5, split: 0.3 } } }),
    );
    expect(low.fit).toBe(0.25);
    expect(low.recommendation).toBe('rebuild');
    expect(analyzeBoard(boardWith(4, 1)).thresholds).toEqual(DEFAULT_THRESHOLDS);
  });

  it('gives no fit and no recommendation without steps', () => {
    const a = analyzeBoard(makeBoard());
    expect(a.stages).toEqual([]);
    expect(a.fit).toBeNull();
    expect(a.recommendation).toBeNull();
    expect(a.blockingPoints).toBe(0);
  });

  it('lists stage flags per stage in column order, matching the stage flags', () => {
    const board = boardWith(3, 2);
    board.steps.reverse();
    const a = analyzeBoard(board);
    expect(a.stages.map((s) => s.stepId)).toEqual(['p0', 'p1', 'p2']);
    for (const stage of a.stages) {
      const own = a.flags.filter((f) => f.subject === stage.stepId).map((f) => f.code);
      expect(stage.flags).toEqual(own);
      expect(stage.kind).toBe('need');
    }
    expect(a.stages[0]!.flags.some((c) => PLAN_FLAGS.includes(c))).toBe(true);
    expect(a.stages[2]!.flags.some((c) => PLAN_FLAGS.includes(c))).toBe(false);
  });

  it('is deterministic and leaves the board untouched', () => {
    const board = boardWith(3, 1);
    const before = structuredClone(board);
    expect(analyzeBoard(board)).toEqual(analyzeBoard(board));
    expect(board).toEqual(before);
  });

  it('writes messages in the chosen language', () => {
    const a = analyzeBoard(boardWith(1, 1));
    const en = a.flags.map((f) => flagMessage(f, 'en')).join();
    const zh = a.flags.map((f) => flagMessage(f, 'zh-CN')).join();
    expect(en).not.toMatch(/[\u4e00-\u9fff]{4}/);
    expect(zh).toMatch(/[\u4e00-\u9fff]{4}/);
  });
});

describe('pathMeaning', () => {
  it('explains each path in both languages', () => {
    expect(pathMeaning('part-time', 'en')).toMatch(/bonus/i);
    expect(pathMeaning('split', 'en')).toMatch(/team lead/i);
    expect(pathMeaning('rebuild', 'en')).toMatch(/strategic loss/i);
    expect(pathMeaning('part-time', 'zh-CN')).toContain('兼职');
    expect(pathMeaning('split', 'zh-CN')).toContain('拆分');
    expect(pathMeaning('rebuild', 'zh-CN')).toContain('战略亏损');
  });
});

describe('a step without a label', () => {
  it('keeps the raw label in the analyze output while messages name the kind', () => {
    const board = makeBoard({ steps: [makeStep({ id: 'p1', label: '', kind: 'legal' })] });
    const a = analyzeBoard(board);
    const out = toAnalyzeOutput(a) as { stages: { label: string }[] };
    expect(out.stages.map((s) => s.label)).toEqual(['']);
    const noOwner = a.flags.find((f) => f.code === 'stage.no-owner');
    expect(noOwner && flagMessage(noOwner, 'en')).toMatch(/^“Legal review” has no owner/);
  });
});
