/** The thresholds form the readiness panel and the portfolio share (src/ui/ThresholdsForm). */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import { ThresholdsForm } from '../../src/ui/ThresholdsForm';

function renderForm(own: boolean) {
  const onApply = vi.fn();
  const onReset = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <ThresholdsForm
        used={{ partTime: 0.75, split: 0.4 }}
        own={own}
        status="Defaults"
        heading="Thresholds"
        onApply={onApply}
        onReset={onReset}
      />
    </I18nextProvider>,
  );
  return { onApply, onReset };
}

describe('ThresholdsForm', () => {
  it('applies percentages as fractions and refuses a split not below part-time', async () => {
    const user = userEvent.setup();
    const { onApply } = renderForm(false);
    const form = screen.getByRole('form', { name: 'Thresholds' });
    const [partTime, split] = screen.getAllByRole('spinbutton');
    await user.clear(split!);
    await user.type(split!, '80');
    await user.click(screen.getByRole('button', { name: 'Apply thresholds' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(onApply).not.toHaveBeenCalled();
    await user.clear(split!);
    await user.type(split!, '30');
    await user.clear(partTime!);
    await user.type(partTime!, '60');
    await user.click(screen.getByRole('button', { name: 'Apply thresholds' }));
    expect(onApply).toHaveBeenCalledWith({ partTime: 0.6, split: 0.3 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(form).toHaveTextContent('Defaults');
    expect(screen.queryByRole('button', { name: 'Use defaults' })).not.toBeInTheDocument();
  });

  it('offers the defaults back when the thresholds are its own', async () => {
    const user = userEvent.setup();
    const { onReset } = renderForm(true);
    await user.click(screen.getByRole('button', { name: 'Use defaults' }));
    expect(onReset).toHaveBeenCalledOnce();
  });
});
