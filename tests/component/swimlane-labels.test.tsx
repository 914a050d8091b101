import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/types';
import { renderSwimlane, twoStageBoard } from './swimlane-fixture';

/** The fixture with its second step imported without a label (validation allows it). */
function blankStepBoard(): Board {
  const b = twoStageBoard();
  return {
    ...b,
    steps: b.steps.map((s) => (s.id === 'p2' ? { ...s, label: '', kind: 'budget' } : s)),
  };
}

describe('a step without a label is named by its kind', () => {
  it('in the column header, the flags panel and the blocking stages (English)', () => {
    const { container } = renderSwimlane(blankStepBoard());
    const head = screen.getByRole('button', { name: 'Select Budget approval' });
    expect(head).toHaveTextContent(/^Budget approval$/);
    expect(screen.queryByRole('button', { name: /^Select\s*$/ })).toBeNull();
    expect(screen.getByLabelText('Owner of Budget approval')).toBeInTheDocument();

    const flag = container.querySelector<HTMLElement>('.flags-panel [data-code="stage.no-owner"]')!;
    expect(flag.querySelector('.flag-subject')).toHaveTextContent(/^Budget approval$/);
    expect(flag.querySelector('.flag-message')).toHaveTextContent(
      /^“Budget approval” has no owner/,
    );
    expect(container.textContent).not.toMatch(/“\s*”/);

    const blocking = within(container.querySelector<HTMLElement>('.blocking-list')!);
    expect(
      blocking.getByRole('button', { name: /^Budget approval\s*Blocks this stage\s*No owner$/ }),
    ).toBeVisible();
  });

  it('in the UI language (Chinese)', () => {
    const { container } = renderSwimlane(blankStepBoard(), 'zh-CN');
    expect(screen.getByRole('button', { name: '选中“预算审批”' })).toHaveTextContent(/^预算审批$/);
    const flag = container.querySelector('.flags-panel [data-code="stage.no-owner"]')!;
    expect(flag.querySelector('.flag-subject')).toHaveTextContent(/^预算审批$/);
    expect(flag.querySelector('.flag-message')).toHaveTextContent(/^“预算审批”没有我方负责人/);
    expect(container.querySelector('.blocking-list strong')).toHaveTextContent(/^预算审批$/);
  });
});
