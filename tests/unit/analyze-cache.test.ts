import { describe, expect, it, vi } from 'vitest';
import type * as analyze from '../../src/domain/analyze';
import { makeRichBoard, makeStage } from './builders';

// Counts the real analysis runs behind the shared cache. The unit files share one module graph per
// worker, so a hoisted vi.mock would miss modules another file loaded first: this file takes fresh
// copies of the cache's modules after registering the counting analysis.
vi.resetModules();
vi.doMock('../../src/domain/analyze', async (importOriginal) => {
  const real = await importOriginal<typeof analyze>();
  return { ...real, analyzeBoard: vi.fn(real.analyzeBoard) };
});
const analyzeModule = await import('../../src/domain/analyze');
const { stageFlagCounts } = await import('../../src/canvas/useStageFlagCounts');
const { analysisOf } = await import('../../src/store/useAnalysis');
vi.doUnmock('../../src/domain/analyze');
const runs = vi.mocked(analyzeModule.analyzeBoard);

describe('one analysis per board change', () => {
  it('the canvas badges read the analysis the panels use', () => {
    const board = makeRichBoard();
    runs.mockClear();
    const panels = analysisOf(board);
    const counts = stageFlagCounts(board);
    expect(runs).toHaveBeenCalledTimes(1);
    expect(runs).toHaveBeenCalledWith(board);
    expect([...counts]).toEqual(panels.stages.map((s) => [s.stepId, s.flags.length]));
    expect(panels.stages.some((s) => s.flags.length > 0)).toBe(true);
    // Asking again (every step node does) neither reanalyses nor rebuilds the counts.
    expect(stageFlagCounts(board)).toBe(counts);
    expect(runs).toHaveBeenCalledTimes(1);
  });

  it('a new board object (an edit) is analysed once more', () => {
    const board = makeRichBoard();
    runs.mockClear();
    stageFlagCounts(board);
    const edited = { ...board, steps: board.steps.slice(1) };
    const counts = stageFlagCounts(edited);
    analysisOf(edited);
    expect(runs).toHaveBeenCalledTimes(2);
    expect([...counts.keys()]).toEqual(analysisOf(edited).stages.map((s) => s.stepId));
  });

  it('a stage whose open lanes changed is not kept from the previous revision', () => {
    const board = makeRichBoard();
    const first = analysisOf(board);
    const stepId = first.stages[0]!.stepId;
    const before = first.stages[0]!;
    const stage = board.sales[stepId] ?? makeStage();
    // "None yet" on one open lane: the flags stay the same, the open lanes do not.
    const lane = before.unaddressed[0]!;
    const marked = {
      ...board,
      sales: { ...board.sales, [stepId]: { ...stage, gaps: [...stage.gaps, lane] } },
    };
    const next = analysisOf(marked).stages[0]!;
    expect(next.flags).toEqual(before.flags);
    expect(next.unaddressed).toEqual(before.unaddressed.filter((l) => l !== lane));
    expect(next).not.toBe(before);
  });
});
