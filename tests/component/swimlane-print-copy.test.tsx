import { screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderSwimlane, twoStageBoard } from './swimlane-fixture';

describe('the swimlane print copy', () => {
  it('exists only from beforeprint to afterprint, built inside the beforeprint event', () => {
    renderSwimlane(twoStageBoard());
    screen.getByRole('table');
    expect(screen.queryByTestId('print-swimlane')).toBeNull();

    // The browser lays out the page for print as soon as the event returns: no act(), no wait.
    window.dispatchEvent(new Event('beforeprint'));
    const copy = screen.getByTestId('print-swimlane');
    expect(copy.querySelectorAll('table.print-page')).toHaveLength(1);
    expect(copy.querySelector('thead')?.textContent).toContain('Approval');

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByTestId('print-swimlane')).toBeNull();
  });
});
