import { describe, expect, it } from 'vitest';
import { nextActions } from '../../src/domain/nextActions';
import { boardToMarkdown } from '../../src/files/export/markdown';
import { analyzeBoard } from '../../src/domain/analyze';
import { makeBoard, makeStakeholder } from './builders';

const b = makeBoard({
  stakeholders: [
    makeStakeholder({ id: 's1', name: 'Zhao', nextAction: { text: 'Undated call' } }),
    makeStakeholder({
      id: 's2',
      name: 'Qian',
      nextAction: { text: 'Send ROI', due: '2026-12-05' },
    }),
    makeStakeholder({ id: 's3', name: 'Sun' }),
    makeStakeholder({
      id: 's4',
      name: 'Li',
      lastContact: '2026-11-20',
      nextAction: { text: 'Demo', due: '2026-12-01' },
    }),
  ],
});

describe('next actions', () => {
  it('lists every next action by due date, undated last', () => {
    expect(nextActions(b).map((r) => [r.name, r.due])).toEqual([
      ['Li', '2026-12-01'],
      ['Qian', '2026-12-05'],
      ['Zhao', undefined],
    ]);
    expect(nextActions(b)[0]!.lastContact).toBe('2026-11-20');
  });

  it('are in the Markdown plan, in date order, in both languages', () => {
    const en = boardToMarkdown(b, analyzeBoard(b), 'en');
    expect(en).toContain('## Next actions');
    expect(en.indexOf('Demo')).toBeLessThan(en.indexOf('Send ROI'));
    expect(en.indexOf('Send ROI')).toBeLessThan(en.indexOf('Undated call'));
    const zh = boardToMarkdown(b, analyzeBoard(b), 'zh-CN');
    expect(zh).toContain('## 下一步行动');
    const none = makeBoard();
    expect(boardToMarkdown(none, analyzeBoard(none), 'en')).not.toContain('Next actions');
  });
});
