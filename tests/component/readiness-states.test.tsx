import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../src/store/sessionStore';
import { makeStage } from '../unit/builders';
import { board, renderSwimlane, twoStageBoard } from './swimlane-fixture';

function unplannedBoard() {
  const b = twoStageBoard();
  b.sales = { p1: makeStage({ notes: 'a note does not plan a stage' }) };
  return b;
}

describe('readiness tells the truth (docs/domain.md §7)', () => {
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
    // Readiness lists the stage's open lanes.
    const open = within(screen.getByTestId('unplanned-stages')).getByRole('button');
    expect(open).toHaveTextContent(
      'ApprovalOwnerSales actionsInformation exchangeSystem supportRequired capabilitiesSupporting team',
    );
    // An owner alone plans nothing.
    await user.selectOptions(screen.getByLabelText('Owner of Approval'), 't1');
    expect(screen.getByTestId('planned-stages')).toHaveTextContent('1 of 2 stages planned');
    // Every other lane marked "none yet": planned, and a verdict.
    for (const lane of ['Sales actions', 'Information exchange', 'System support']) {
      await user.click(screen.getByRole('button', { name: `None yet for ${lane} in Approval` }));
    }
    await user.click(
      screen.getByRole('button', { name: 'None yet for Required capabilities in Approval' }),
    );
    expect(screen.getByTestId('planned-stages')).toHaveTextContent('1 of 2 stages planned');
    await user.click(
      screen.getByRole('button', { name: 'None yet for Supporting team in Approval' }),
    );
    expect(screen.getByTestId('planned-stages')).toHaveTextContent('2 of 2 stages planned');
    expect(screen.getByTestId('recommendation')).toHaveAttribute('data-state', 'verdict');
    expect(board().sales.p2!.gaps).toEqual([
      'actions',
      'information',
      'systems',
      'capabilities',
      'supporters',
    ]);
    // A marked lane shows as a confirmed gap; clicking again, or adding an entry, unmarks it.
    const marked = screen.getByRole('button', {
      name: 'System support in Approval: none yet (confirmed gap). Remove the mark',
    });
    expect(marked).toHaveAttribute('aria-pressed', 'true');
    await user.click(marked);
    expect(screen.getByTestId('planned-stages')).toHaveTextContent('1 of 2 stages planned');
    await user.click(
      screen.getByRole('button', { name: 'None yet for System support in Approval' }),
    );
    await user.type(screen.getByLabelText('Add to Sales actions of Approval'), 'Memo{Enter}');
    expect(board().sales.p2!.gaps).not.toContain('actions');
    expect(screen.getByTestId('planned-stages')).toHaveTextContent('2 of 2 stages planned');
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
