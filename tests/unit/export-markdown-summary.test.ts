import type { PlanLane } from '../../src/domain/types';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import type { Board } from '../../src/domain/types';
import { boardToMarkdown } from '../../src/files/export/markdown';
import { makeBoard, makeStage, makeStep, makeTeamMember } from './builders';

const OTHER_LANES: PlanLane[] = ['actions', 'information', 'systems', 'capabilities', 'supporters'];

const md = (board: Board, lang: 'en' | 'zh-CN') =>
  boardToMarkdown(board, analyzeBoard(board), lang);
function summaryOf(text: string): string {
  const start = text.search(/^## (Summary|摘要)$/m);
  return text.slice(start, text.indexOf('\n## ', start + 1));
}

/** Three steps; `planned` of them have an owner from the team and the other lanes marked "none yet". */
function board(planned: number): Board {
  const steps = [1, 2, 3].map((i) =>
    makeStep({ id: `s${i}`, label: `Step ${i}`, position: { x: i * 200, y: 200 } }),
  );
  const owner = makeTeamMember({ id: 'm1', name: 'Li' });
  const sales = Object.fromEntries(
    steps.slice(0, planned).map((s) => [s.id, makeStage({ owner: owner.id, gaps: OTHER_LANES })]),
  );
  return makeBoard({ steps, team: [owner], sales });
}

describe('the Markdown summary follows the readiness state (docs/domain.md §7)', () => {
  it('with no stage planned: "0 of 3 stages planned", no fit and no path', () => {
    const text = summaryOf(md(board(0), 'en'));
    expect(text).toContain('0 of 3 stages planned (provisional)');
    expect(text).toContain('No stage is planned yet, so there is no path to show.');
    expect(text).not.toContain('Recommended path');
    expect(text).not.toContain('**Fit**');
    const zh = summaryOf(md(board(0), 'zh-CN'));
    expect(zh).toContain('已规划 0 / 3 个阶段（暂定）');
    expect(zh).not.toContain('建议路径');
  });

  it('with some planned: the fit and the path are marked provisional', () => {
    const text = summaryOf(md(board(1), 'en'));
    expect(text).toContain('1 of 3 stages planned (provisional)');
    expect(text).toMatch(/\*\*Fit \(provisional\)\*\*: \d+%/);
    expect(text).toMatch(/\*\*Recommended path \(provisional\)\*\*: \*\*/);
    expect(text).toContain('Provisional: 2 stages are not planned yet');
    expect(summaryOf(md(board(1), 'zh-CN'))).toContain('**建议路径（暂定）**');
  });

  it('with every stage planned: a verdict, nothing marked provisional', () => {
    const text = summaryOf(md(board(3), 'en'));
    expect(text).toContain('3 of 3 stages planned');
    expect(text).not.toMatch(/provisional/i);
    expect(text).toContain('**Recommended path**: **');
    // The summary comes right after the header, before the details.
    const all = md(board(3), 'en');
    expect(all.indexOf('## Summary')).toBeLessThan(all.indexOf('## Sales swimlane'));
  });
});
