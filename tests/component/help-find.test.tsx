import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { HelpPanel } from '../../src/canvas/HelpPanel';
import { createI18n } from '../../src/i18n/i18n';

describe('the shortcuts help', () => {
  it.each([
    ['en', 'Find a person or step by name, title or department'],
    ['zh-CN', '按姓名、职务或部门查找干系人或环节'],
  ] as const)('lists Ctrl/⌘ + F for Find (%s)', async (lang, text) => {
    render(
      <I18nextProvider i18n={createI18n(lang)}>
        <HelpPanel />
      </I18nextProvider>,
    );
    const key = await screen.findByText('Ctrl/⌘ + F');
    expect(key.tagName).toBe('KBD');
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
