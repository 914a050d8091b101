import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import { parseBoardText } from '../../src/domain/validate';
import type { Board } from '../../src/domain/types';
import { boardToMarkdown } from '../../src/files/export/markdown';
import { mdCell } from '../../src/files/export/markdownText';
import { exampleText, makeBoard, makeRichBoard, makeStakeholder } from './builders';

const FIXTURES = path.resolve(__dirname, '../fixtures');

function crm(): Board {
  const result = parseBoardText(exampleText('crm-group-sales-management.board.json'));
  if (!result.ok) throw new Error('the CRM example must be valid');
  return result.file.board;
}

/**
 * The CRM example as a team would have it after its planning round: in the six stages it drew,
 * every lane it left empty is marked "none yet"; two stages are not planned.
 */
function plannedCrm(): Board {
  const board = crm();
  for (const stage of analyzeBoard(board).stages) {
    const sales = board.sales[stage.stepId];
    if (sales) sales.gaps = [...stage.unaddressed];
  }
  return board;
}

const md = (board: Board, lang: 'en' | 'zh-CN') =>
  boardToMarkdown(board, analyzeBoard(board), lang);

describe('boardToMarkdown', () => {
  it.each(['en', 'zh-CN'] as const)(
    'matches the reviewed fixture of the CRM example (%s)',
    (lang) => {
      const expected = readFileSync(path.join(FIXTURES, `crm.${lang}.md`), 'utf8');
      expect(md(crm(), lang)).toBe(expected);
    },
  );

  it('has the sections of an account plan in order, in the UI language', () => {
    const en = md(plannedCrm(), 'en');
    const headings = en.split('\n').filter((l) => l.startsWith('## '));
    // The summary comes first, then the details.
    expect(headings).toEqual([
      '## Summary',
      '## Stakeholders (7)',
      '## Our team',
      '## Sales swimlane, stage by stage',
      '## Flags',
    ]);
    const summary = en.slice(en.indexOf('## Summary'), en.indexOf('## Stakeholders'));
    expect(summary).toContain('**Recommended path (provisional)**');
    expect(summary).toContain('**Fit (provisional)**');
    expect(summary).toContain('**Top map risks**');
    expect(summary.match(/^ {2}- \*\*High\*\*/gm)?.length).toBe(3);
    const zh = md(plannedCrm(), 'zh-CN');
    expect(zh).toContain('## 干系人（7）');
    expect(zh).toContain('**建议路径（暂定）**：**拆分**');
    expect(zh).toContain('**信息交互**：暂无（已确认缺口）');
    expect(en).toContain('- **Open lanes**: Owner, Sales actions,');
    expect(md(crm(), 'en')).toContain('No stage is planned yet, so there is no path to show.');
  });

  it('lists one stage per step in column order and marks the blocking points', () => {
    const text = md(crm(), 'en');
    const stages = text.split('\n').filter((l) => l.startsWith('### ') && /^### \d+\./.test(l));
    expect(stages).toHaveLength(8);
    expect(stages[0]).toBe('### 1. 需求提出：提升销售效率 · Need');
    expect(stages.filter((s) => s.endsWith('— blocking point'))).toHaveLength(4);
  });

  it('escapes | in table cells and keeps a cell on one line', () => {
    expect(mdCell('a|b')).toBe('a\\|b');
    expect(mdCell('one\ntwo')).toBe('one two');
    const board = makeBoard({
      stakeholders: [makeStakeholder({ name: 'Ops | IT', concerns: ['cost|time', 'uptime'] })],
    });
    const row = md(board, 'en')
      .split('\n')
      .find((l) => l.startsWith('| Ops'));
    expect(row).toBe(
      '| Ops \\| IT | — | — | Influencer | 3/5 | Unknown | No contact | — | cost\\|time; uptime |',
    );
    // Nine columns: ten unescaped pipes.
    expect(row!.replace(/\\\|/g, '').split('|')).toHaveLength(11);
  });

  it('says so when there are no steps and no recommendation', () => {
    const text = md(makeBoard(), 'en');
    expect(text).toContain('No buying steps mapped yet.');
    expect(text).toContain('No recommendation yet');
    expect(text).not.toContain('Recommended path');
  });

  it('shows stage entries, team names and translated capabilities', () => {
    const board = makeRichBoard();
    board.sales.p1!.capabilities = ['org-mapping', 'Mandarin'];
    board.sales.p1!.actions.push('Send the ROI model');
    const text = md(board, 'en');
    expect(text).toContain('- **Owner**: Wang (Sales)');
    expect(text).toContain('- **Supporting team**: Li (Presales)');
    expect(text).toContain('- **Required capabilities**: Org & decision-chain mapping, Mandarin');
    expect(text).toContain('- **Sales actions**:\n  - Call the CFO\n  - Send the ROI model');
  });
});
