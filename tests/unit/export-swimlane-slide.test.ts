import type { PlanLane } from '../../src/domain/types';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import { parseBoardText } from '../../src/domain/validate';
import type { Board } from '../../src/domain/types';
import { wrap as wrapText } from '../../src/files/export/draw/mapScene';
import {
  COLUMNS_PER_SLIDE,
  splitColumns,
  swimlaneSlideModel,
} from '../../src/files/export/swimlaneSlideModel';
import { exampleText, makeBoard, makeStage, makeStep, makeTeamMember } from './builders';

const OTHER_LANES: PlanLane[] = ['actions', 'information', 'systems', 'capabilities', 'supporters'];

function crm(): Board {
  const result = parseBoardText(exampleText('crm-group-sales-management.board.json'));
  if (!result.ok) throw new Error('the CRM example must be valid');
  return result.file.board;
}
const model = (board: Board, lang: 'en' | 'zh-CN' = 'en', suggestions = false) =>
  swimlaneSlideModel(board, analyzeBoard(board), lang, { suggestions });

/** `n` steps in a row; the first `planned` have an owner and the other lanes marked "none yet". */
function steps(n: number, planned: number): Board {
  const list = Array.from({ length: n }, (_, i) =>
    makeStep({ id: `s${i}`, label: `Step ${i + 1}`, position: { x: i * 200, y: 200 } }),
  );
  const owner = makeTeamMember({ id: 'm1', name: 'Li' });
  const sales = Object.fromEntries(
    list.slice(0, planned).map((s) => [s.id, makeStage({ owner: owner.id, gaps: OTHER_LANES })]),
  );
  return makeBoard({ steps: list, team: [owner], sales });
}

describe('the swimlane slide model', () => {
  it('splits the columns evenly over numbered slides, never more than four on one', () => {
    expect(splitColumns([1, 2, 3, 4]).map((s) => s.length)).toEqual([4]);
    expect(splitColumns([1, 2, 3, 4, 5]).map((s) => s.length)).toEqual([3, 2]);
    expect(splitColumns(Array.from({ length: 9 }, (_, i) => i)).map((s) => s.length)).toEqual([
      3, 3, 3,
    ]);
    const m = model(crm());
    expect(m.slides).toHaveLength(2);
    expect(m.slides.flat().map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const slide of m.slides) expect(slide.length).toBeLessThanOrEqual(COLUMNS_PER_SLIDE);
  });

  it('draws every lane from the data: owner, actions, systems, capabilities, supporters…', () => {
    const m = model(crm());
    const first = m.slides[0]![0]!;
    expect(first.name).toBe('需求提出：提升销售效率');
    expect(Object.keys(first.cells)).toEqual([
      'owner',
      'actions',
      'information',
      'systems',
      'capabilities',
      'supporters',
      'enablement',
    ]);
    expect(m.laneLabels.systems).toBe('System support');
    expect(model(crm(), 'zh-CN').laneLabels.owner).toBe('负责人');
    // Blocking columns are those of the analysis, and flagged cells point at the cause.
    const blocking = m.slides.flat().filter((c) => c.blocking);
    expect(blocking).toHaveLength(4);
    for (const col of blocking) {
      expect(Object.values(col.cells).some((cell) => cell.flagged)).toBe(true);
    }
  });

  it('readiness: no path while no stage is planned', () => {
    const r = model(steps(3, 0)).readiness;
    expect(r.state).toBe('unplanned');
    expect(r.planned).toBe('0 of 3 stages planned');
    expect(r.facts).toEqual([]);
    expect(r.note).toMatch(/no path to show/);
  });

  it('readiness: fit and path marked provisional while some stages are unplanned', () => {
    const r = model(steps(3, 1)).readiness;
    expect(r.state).toBe('provisional');
    expect(r.planned).toBe('1 of 3 stages planned');
    expect(r.facts.map((f) => f.label)).toEqual([
      'Blocking points',
      'Fit · Provisional',
      'Recommended path · Provisional',
    ]);
    expect(r.note).toMatch(/^Provisional: 2 stages/);
    const zh = model(steps(3, 1), 'zh-CN').readiness;
    expect(zh.facts[2]!.label).toBe('建议路径 · 暂定');
  });

  it('readiness: a verdict once every stage is planned, with the blocking stages named', () => {
    const r = model(steps(2, 2)).readiness;
    expect(r.state).toBe('verdict');
    expect(r.facts.map((f) => f.label)).toEqual(['Blocking points', 'Fit', 'Recommended path']);
    // Owners without system support or enablement: both stages still block.
    expect(r.blocking).toEqual(['1. Step 1', '2. Step 2']);
    expect(r.facts[2]!.value).toBe('Rebuild');
  });

  it('open suggestions appear only on request, each marked as a suggestion', () => {
    const board = crm();
    const without = model(board).slides.flat();
    expect(
      without.flatMap((c) => Object.values(c.cells).flatMap((x) => x.entries)),
    ).not.toContainEqual(expect.objectContaining({ suggested: true }));
    const withSuggestions = model(board, 'en', true).slides.flat();
    const suggested = withSuggestions.flatMap((c) =>
      Object.values(c.cells).flatMap((x) => x.entries.filter((e) => e.suggested)),
    );
    expect(suggested.length).toBeGreaterThan(0);
    // The accepted entries stay, unmarked, before the suggestions.
    const plain = (cols: typeof without) =>
      cols.flatMap((c) =>
        Object.values(c.cells).flatMap((x) => x.entries.filter((e) => !e.suggested)),
      );
    expect(plain(withSuggestions)).toEqual(plain(without));
  });

  it('a board without steps gives one slide with the call to map them', () => {
    const m = model(makeBoard());
    expect(m.slides).toEqual([[]]);
    expect(m.readiness.facts).toEqual([]);
    expect(m.empty).toMatch(/No buying steps yet/);
  });
});

describe('slide text wrapping', () => {
  const measure = (s: string) => s.length * 10;
  it('breaks at spaces, and between CJK characters', () => {
    expect(wrapText('prepare the approval memo', 100, measure)).toEqual([
      'prepare',
      'the',
      'approval',
      'memo',
    ]);
    expect(wrapText('prepare the memo', 120, measure)).toEqual(['prepare the', 'memo']);
    expect(wrapText('预算确认权限内直批', 40, measure)).toEqual(['预算确认', '权限内直', '批']);
    // A word longer than the line is cut.
    expect(wrapText('abcdefghijkl', 50, measure)).toEqual(['abcde', 'fghij', 'kl']);
  });
});
