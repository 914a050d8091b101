import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../src/store/sessionStore';
import { makeStage } from '../unit/builders';
import { renderSwimlane, twoStageBoard } from './swimlane-fixture';

function unplannedBoard() {
  const b = twoStageBoard();
  b.sales = { p1: makeStage({ notes: 'a note does not plan a stage' }) };
  return b;
}

describe('readiness tells the truth (DOMAIN.md §7)', () => {
  it('with no stage planned shows no path, only the call to plan', async () => {
    const user = userEvent.setup();
    renderSwimlane(unplannedBoard());
    expect(screen.getByTestId('planned-stages')).toHaveTextContent('0 of 2 stages planned');
    expect(screen.queryByTestId('recommendation')).toBeNull();
    expect(screen.queryByTestId('fit')).toBeNull();
    expect(screen.queryByText(/Rebuild/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Plan the first stage' }));
    expect(useSessionStore.getState().selection).toEqual(['p1']);
  });

  it('while some stages are unplanned marks fit and path as provisional', async () => {
    const user = userEvent.setup();
    const b = twoStageBoard();
    delete b.sales.p2;
    renderSwimlane(b);
    expect(screen.getByTestId('planned-stages')).toHaveTextContent('1 of 2 stages planned');
    const path = screen.getByTestId('recommendation');
    expect(path).toHaveAttribute('data-state', 'provisional');
    expect(path).toHaveTextContent('Provisional');
    expect(screen.getByText(/1 stages are not planned yet/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Owner of Approval'), 't1');
    expect(screen.getByTestId('planned-stages')).toHaveTextContent('2 of 2 stages planned');
    expect(screen.getByTestId('recommendation')).toHaveAttribute('data-state', 'verdict');
  });

  it('explains fit on screen and shows each plan flag with its weight', () => {
    renderSwimlane(twoStageBoard());
    expect(screen.getByTestId('fit-explained')).toHaveTextContent('(2 − 1) ÷ 2');
    const blocking = screen.getByTestId('blocking-stages');
    expect(within(blocking).getByText('No owner').closest('.plan-flag')).toHaveTextContent(
      'Blocks this stage',
    );
  });

  it('shows the map risks as account-coverage risks that do not change the path', () => {
    renderSwimlane(twoStageBoard());
    const risks = screen.getByTestId('coverage-risks');
    expect(risks).toHaveTextContent('do not change the organisational path');
    expect(risks.querySelector('[data-code="map.key-player-unengaged"]')).not.toBeNull();
    expect(risks.querySelector('[data-code="stage.no-owner"]')).toBeNull();
  });

  it('says the same in Chinese', () => {
    renderSwimlane(unplannedBoard(), 'zh-CN');
    expect(screen.getByTestId('planned-stages')).toHaveTextContent('已规划 0 / 2 个阶段');
  });
});
