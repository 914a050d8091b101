/** The shared tab row (src/ui/Tabs): roles, names, one Tab stop, arrows, Home and End. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs } from '../../src/ui/Tabs';

const VIEWS = ['map', 'swimlane', 'grid'] as const;
type View = (typeof VIEWS)[number];

function Views({ roving }: { roving?: boolean }) {
  const [view, setView] = useState<View | null>('map');
  return (
    <>
      <button type="button">Before</button>
      <Tabs
        label="Views"
        tabs={VIEWS}
        selected={view}
        onSelect={(v) => setView(view === v && !roving ? null : v)}
        name={(v) => v.toUpperCase()}
        {...(roving === undefined ? {} : { roving })}
      />
      <p>shown: {view ?? 'none'}</p>
    </>
  );
}

describe('Tabs', () => {
  it('is one Tab stop whose arrows, Home and End choose a tab', async () => {
    const user = userEvent.setup();
    render(<Views />);
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(screen.getByRole('tab', { name: 'MAP' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'SWIMLANE' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'SWIMLANE' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('shown: swimlane')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByText('shown: grid')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('shown: map')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}{Home}');
    expect(screen.getByRole('tab', { name: 'MAP' })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('without roving, keeps every tab a Tab stop and lets a click unselect', async () => {
    const user = userEvent.setup();
    render(<Views roving={false} />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.tab();
    expect(screen.getByRole('tab', { name: 'SWIMLANE' })).toHaveFocus();
    await user.click(screen.getByRole('tab', { name: 'MAP' }));
    expect(screen.getByText('shown: none')).toBeInTheDocument();
    expect(screen.queryAllByRole('tab', { selected: true })).toHaveLength(0);
  });
});
