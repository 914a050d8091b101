import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import { isStagePlanned, readinessState } from '../../src/domain/planned';
import { parseBoardText } from '../../src/domain/validate';
import type { Board, SalesStage } from '../../src/domain/types';
import { EXAMPLES_DIR, makeBoard, makeStage, makeStep, makeTeamMember } from './builders';

const TEAM = new Set(['t1']);

/** Three steps; `sales` gives the stages that have data. */
function board(sales: Record<string, Partial<SalesStage>>): Board {
  const steps = ['p0', 'p1', 'p2'].map((id, i) => makeStep({ id, position: { x: i * 100, y: 0 } }));
  const entries = Object.entries(sales).map(([k, v]) => [k, makeStage(v)] as const);
  return makeBoard({ steps, team: [makeTeamMember()], sales: Object.fromEntries(entries) });
}

describe('isStagePlanned (§7)', () => {
  it('counts an owner who is a team member', () => {
    expect(isStagePlanned(makeStage({ owner: 't1' }), TEAM)).toBe(true);
    expect(isStagePlanned(makeStage({ owner: 'gone' }), TEAM)).toBe(false);
  });
  it('counts any entry in a list lane or among supporters', () => {
    for (const lane of ['actions', 'information', 'systems', 'capabilities', 'enablement']) {
      expect(isStagePlanned(makeStage({ [lane]: ['x'] }), TEAM)).toBe(true);
    }
    expect(isStagePlanned(makeStage({ supporters: ['t1'] }), TEAM)).toBe(true);
  });
  it('does not count notes, dismissed suggestions or a missing stage', () => {
    expect(isStagePlanned(makeStage({ notes: 'later', dismissed: ['x'] }), TEAM)).toBe(false);
    expect(isStagePlanned(makeStage(), TEAM)).toBe(false);
    expect(isStagePlanned(undefined, TEAM)).toBe(false);
  });
});

describe('plannedStages and the state of the recommendation', () => {
  it('has no state but no-steps on an empty board', () => {
    const a = analyzeBoard(makeBoard());
    expect([a.plannedStages, a.state]).toEqual([0, 'no-steps']);
  });
  it('is unplanned with nothing entered, though fit and path are still computed', () => {
    const a = analyzeBoard(board({ p0: { notes: 'only a note' } }));
    expect([a.plannedStages, a.state]).toEqual([0, 'unplanned']);
    expect(a.fit).toBe(0);
    expect(a.recommendation).toBe('rebuild');
  });
  it('is provisional while some stages are planned', () => {
    const a = analyzeBoard(board({ p0: { owner: 't1' }, p2: { systems: ['CRM'] } }));
    expect([a.plannedStages, a.state]).toEqual([2, 'provisional']);
    expect(a.plannedStepIds).toEqual(['p0', 'p2']);
  });
  it('is a verdict once every stage is planned', () => {
    const a = analyzeBoard(
      board({ p0: { owner: 't1' }, p1: { actions: ['a'] }, p2: { enablement: ['e'] } }),
    );
    expect([a.plannedStages, a.state]).toEqual([3, 'verdict']);
  });
  it('maps counts to states', () => {
    expect(readinessState(0, 0)).toBe('no-steps');
    expect(readinessState(0, 4)).toBe('unplanned');
    expect(readinessState(3, 4)).toBe('provisional');
    expect(readinessState(4, 4)).toBe('verdict');
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
        const s = b.sales[step.id];
        if (!s) return false;
        const lists = [s.actions, s.information, s.systems, s.capabilities, s.enablement];
        return (
          (s.owner !== undefined && team.has(s.owner)) ||
          s.supporters.length > 0 ||
          lists.some((l) => l.length > 0)
        );
      }).length;
      expect(a.plannedStages).toBe(expected);
      expect(a.state).toBe(readinessState(expected, b.steps.length));
      expect(a.plannedStepIds.every((id) => b.sales[id] !== undefined)).toBe(true);
    });
  }
});
