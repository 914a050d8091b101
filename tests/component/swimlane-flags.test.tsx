import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../src/store/sessionStore';
import { renderApp } from './render-app';
import { renderSwimlane, twoStageBoard } from './swimlane-fixture';

describe('flags panel', () => {
  it('groups flags with counts, severity, subject and advice', () => {
    renderSwimlane(twoStageBoard());
    expect(screen.getByRole('heading', { name: /^Map flags \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Stage flags (1)' })).toBeInTheDocument();
    const stageFlag = screen.getByRole('button', { name: /No owner\s*Approval/ });
    expect(stageFlag).toHaveTextContent('Blocks this stage');
    expect(stageFlag).not.toHaveTextContent(/\b(High|Low)\b/);
    expect(stageFlag.textContent).toMatch(/owner/i);
  });

  it('a stage flag selects the step, keeps the view and scrolls to the column', async () => {
    const user = userEvent.setup();
    const { container } = renderSwimlane(twoStageBoard());
    await user.click(screen.getByRole('button', { name: /No owner\s*Approval/ }));
    const session = useSessionStore.getState();
    expect(session.selection).toEqual(['p2']);
    expect(session.focusRequest?.id).toBe('p2');
    expect(session.view).toBe('swimlane');
    const head = container.querySelector('th[data-step-id="p2"]');
    expect(head).toHaveClass('col-selected');
    await waitFor(() => expect(head).toHaveClass('col-flash'));
  });

  it('a stakeholder flag selects and centres the stakeholder on the map', async () => {
    const user = userEvent.setup();
    const { container } = renderSwimlane(twoStageBoard());
    const panel = within(container.querySelector<HTMLElement>('.flags-panel')!);
    const flags = panel.getAllByRole('button', { name: /Mr Qian/ });
    expect(flags.length).toBeGreaterThan(0);
    await user.click(flags[0]!);
    const session = useSessionStore.getState();
    expect(session.selection).toEqual(['s2']);
    expect(session.focusRequest?.id).toBe('s2');
    expect(session.view).toBe('map');
  });

  it('works inside the whole app on a stored board', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp('en');
    const stored = twoStageBoard();
    await repo.save(stored);
    act(() => {
      window.location.hash = `#/board/${stored.id}`;
    });
    await user.click(await screen.findByRole('tab', { name: 'Sales swimlane' }));
    expect(await screen.findByTestId('swimlane-view')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Flags' }));
    const panel = screen.getByRole('tabpanel');
    await user.click(within(panel).getByRole('button', { name: /No owner\s*Approval/ }));
    expect(useSessionStore.getState().selection).toEqual(['p2']);
  });
});
