import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBoard, recommend } from '../../src/domain/analyze';
import { flagMessage } from '../../src/domain/flags';
import { PLAN_FLAGS } from '../../src/domain/flags';
import { columnOrder } from '../../src/domain/order';
import { suggestionsFor } from '../../src/domain/suggest';
import { makeStage } from './builders';
import { boardArb } from './arbitraries';

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
