import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../src/files/export/ExportMenu';
import { Toast } from '../../src/ui/Toast';
import { createI18n } from '../../src/i18n/i18n';
import { renderApp } from './render-app';

function renderExportMenu() {
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <ExportMenu />
      <button type="button">Elsewhere</button>
    </I18nextProvider>,
  );
}

describe('new-board form', () => {
  it('closes on Escape and gives focus back to the New board button', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    const opener = await screen.findByRole('button', { name: 'New board' });
    await user.click(opener);
    expect(screen.getByRole('form', { name: 'New board' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Board title'), 'Half typed');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'New board' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});

describe('export menu', () => {
  it('closes on a pointer press outside it', async () => {
    const user = userEvent.setup();
    renderExportMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('menu', { name: 'Export' })).toBeInTheDocument();
    // A press inside the menu keeps it open.
    fireEvent.pointerDown(screen.getAllByRole('menuitem')[0]!);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('closes on Escape and returns focus to its button', async () => {
    const user = userEvent.setup();
    renderExportMenu();
    const button = screen.getByRole('button', { name: 'Export' });
    await user.click(button);
    await waitFor(() => expect(screen.getAllByRole('menuitem')[0]).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});

describe('toast timer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits while hovered or focused and closes after the pointer and focus have left', () => {
    vi.useFakeTimers();
    const onClose = vi.fn();
    render(<Toast message="Saved." actionLabel="Undo" onAction={() => {}} onClose={onClose} />);
    const toast = screen.getByRole('status');
    expect(toast.parentElement).toHaveClass('toast-stack');

    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(60_000));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.mouseLeave(toast);

    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    act(() => vi.advanceTimersByTime(60_000));
    expect(onClose).not.toHaveBeenCalled();
    act(() => screen.getByRole('button', { name: 'Undo' }).blur());

    act(() => vi.advanceTimersByTime(60_000));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
