/** Present mode names a stage's capabilities through capabilityName, as the swimlane does. */
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import { createI18n } from '../../src/i18n/i18n';
import { PresentStage } from '../../src/workshop/PresentStage';
import { makeBoard, makeStage, makeStep } from '../unit/builders';

describe('PresentStage', () => {
  it('shows a capability typed by its name in the other language in the UI language', () => {
    const board = makeBoard({
      steps: [makeStep({ id: 'p1', label: 'Budget' })],
      sales: {
        p1: makeStage({
          // A code, a code's English name as typed, and free text.
          capabilities: ['technical-presales', ' executive relations ', 'Knows the CFO'],
        }),
      },
    });
    const [stage] = analyzeBoard(board).stages;
    render(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <PresentStage board={board} stage={stage!} />
      </I18nextProvider>,
    );
    expect(screen.getByText('技术售前 · 高层关系 · Knows the CFO')).toBeInTheDocument();
  });

  it('names the lanes as the swimlane does (the domain catalogue)', () => {
    const board = makeBoard({ steps: [makeStep({ id: 'p1' })] });
    const [stage] = analyzeBoard(board).stages;
    render(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <PresentStage board={board} stage={stage!} />
      </I18nextProvider>,
    );
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
    expect(terms).toEqual([
      '负责人',
      '销售动作',
      '信息交互',
      '系统支持',
      '销售能力画像',
      '赋能',
      '协同支持团队',
    ]);
  });
});
