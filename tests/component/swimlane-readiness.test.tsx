import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';
import { makeBoard, makeStep } from '../unit/builders';
import { board, renderSwimlane, twoStageBoard } from './swimlane-fixture';

const noOwnerFlags = (container: HTMLElement) =>
  container.querySelectorAll('.flags-panel [data-code="stage.no-owner"]');

describe('readiness summary', () => {
  it('assigning an owner clears stage.no-owner and raises fit', async () => {
    const user = userEvent.setup();
    const { container } = renderSwimlane(twoStageBoard());
    expect(screen.getByTestId('fit')).toHaveTextContent('50%');
    expect(screen.getByTestId('blocking-points')).toHaveTextContent('1');
    expect(noOwnerFlags(container)).toHaveLength(1);
    expect(container.querySelector('[data-flag="stage.no-owner"]')).not.toBeNull();

    await user.selectOptions(screen.getByLabelText('Owner of Approval'), 't1');

    expect(board().sales.p2?.owner).toBe('t1');
    expect(noOwnerFlags(container)).toHaveLength(0);
    expect(container.querySelector('[data-flag="stage.no-owner"]')).toBeNull();
    expect(screen.getByTestId('fit')).toHaveTextContent('100%');
    expect(screen.getByTestId('blocking-points')).toHaveTextContent('0');
    expect(screen.getByTestId('recommendation')).toHaveTextContent('Part-time / 兼职');
  });

  it('shows the path with its meaning, in Chinese without English', () => {
    renderSwimlane(twoStageBoard(), 'zh-CN');
    const path = screen.getByTestId('recommendation');
    expect(path.querySelector('.path-name')?.textContent).toBe('拆分');
    expect(path.querySelector('.path-meaning')?.textContent?.length).toBeGreaterThan(10);
  });

  it('refuses invalid thresholds with a message and stores valid ones', async () => {
    const user = userEvent.setup();
    renderSwimlane(twoStageBoard());
    const partTime = screen.getByLabelText('Part-time from fit (%)');
    const split = screen.getByLabelText('Split from fit (%)');
    expect(partTime).toHaveValue(75);
    expect(split).toHaveValue(40);
    await user.clear(split);
    await user.type(split, '80');
    await user.click(screen.getByRole('button', { name: 'Apply thresholds' }));
    expect(screen.getByRole('alert')).toHaveTextContent('0 ≤ split < part-time ≤ 100');
    expect(board().settings).toBeUndefined();
    expect(useDocumentStore.getState().past).toHaveLength(0);

    await user.clear(partTime);
    await user.type(partTime, '50');
    await user.clear(split);
    await user.type(split, '20');
    await user.click(screen.getByRole('button', { name: 'Apply thresholds' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(board().settings).toEqual({ thresholds: { partTime: 0.5, split: 0.2 } });
    // Fit 50% now reaches the part-time threshold exactly.
    expect(screen.getByTestId('recommendation')).toHaveTextContent('Part-time');
    await user.click(screen.getByRole('button', { name: 'Use defaults' }));
    expect(board().settings).toBeUndefined();
    expect(screen.getByTestId('recommendation')).toHaveTextContent('Split');
  });

  it('rounds typed thresholds to 0.1% so what is shown is what is stored', async () => {
    const user = userEvent.setup();
    renderSwimlane(twoStageBoard());
    const setThresholds = async (partTime: string, split: string) => {
      await user.clear(screen.getByLabelText('Part-time from fit (%)'));
      await user.type(screen.getByLabelText('Part-time from fit (%)'), partTime);
      await user.clear(screen.getByLabelText('Split from fit (%)'));
      await user.type(screen.getByLabelText('Split from fit (%)'), split);
      await user.click(screen.getByRole('button', { name: 'Apply thresholds' }));
    };
    // 49.999 would read as 50: refused rather than stored as an invisible 0.49999.
    await setThresholds('50', '49.999');
    expect(screen.getByRole('alert')).toHaveTextContent('rounding to 0.1%');
    expect(board().settings).toBeUndefined();

    await setThresholds('66.66', '49.96');
    expect(board().settings).toEqual({ thresholds: { partTime: 0.667, split: 0.5 } });
    expect(
      screen.getByText(/Part-time when fit ≥ 66.7%; split when 50% ≤ fit < 66.7%/),
    ).toBeVisible();
    expect(screen.getByLabelText('Part-time from fit (%)')).toHaveValue(66.7);
    expect(screen.getByLabelText('Split from fit (%)')).toHaveValue(50);
  });

  it('shows fit with the digits needed never to read as a threshold it misses', () => {
    // Three stages, one blocking: fit 2/3 sits just under a 66.7% part-time threshold.
    const b = twoStageBoard();
    const p3 = { ...b.steps[0]!, id: 'p3', label: 'Rollout', position: { x: 600, y: 200 } };
    const three = {
      ...b,
      steps: [...b.steps, p3],
      sales: { ...b.sales, p3: b.sales.p1! },
      settings: { thresholds: { partTime: 0.667, split: 0.4 } },
    };
    renderSwimlane(three);
    expect(screen.getByTestId('recommendation')).toHaveTextContent('Split');
    expect(screen.getByTestId('fit')).toHaveTextContent(/^66\.67%$/);
  });

  it('keeps fit whole when rounding crosses no threshold', () => {
    const b = twoStageBoard();
    const p3 = { ...b.steps[0]!, id: 'p3', label: 'Rollout', position: { x: 600, y: 200 } };
    renderSwimlane({ ...b, steps: [...b.steps, p3], sales: { ...b.sales, p3: b.sales.p1! } });
    expect(screen.getByTestId('fit')).toHaveTextContent(/^67%$/);
  });

  it('lists blocking stages and a click selects the step', async () => {
    const user = userEvent.setup();
    renderSwimlane(twoStageBoard());
    const item = screen.getByRole('button', { name: /Approval\s*Blocks this stage\s*No owner/ });
    await user.click(item);
    expect(useSessionStore.getState().selection).toEqual(['p2']);
    expect(useSessionStore.getState().view).toBe('swimlane');
  });

  it('a board without steps says what to draw first instead of recommending', async () => {
    const user = userEvent.setup();
    renderSwimlane(makeBoard());
    expect(screen.queryByTestId('recommendation')).toBeNull();
    expect(screen.getByText(/No recommendation yet/)).toBeInTheDocument();
    expect(
      screen.getByText(/Draw the client’s buying steps on the map first and link/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to the map' }));
    expect(useSessionStore.getState().view).toBe('map');
  });

  it('an empty team is said and the team panel is one click away', async () => {
    const user = userEvent.setup();
    renderSwimlane(makeBoard({ steps: [makeStep({ id: 'p1', label: 'Need' })] }));
    expect(screen.getByText(/Our team is empty/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open the team panel' }));
    await waitFor(() => expect(useSessionStore.getState().panel).toBe('team'));
  });
});
