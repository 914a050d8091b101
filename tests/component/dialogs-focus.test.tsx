import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseBoardText } from '../../src/domain/validate';
import { renderApp } from './render-app';

const CRM = path.resolve(__dirname, '../fixtures/examples/crm-group-sales-management.board.json');
const CRM_TITLE = '集团销售管理部采购 CRM';

async function importCrm(user: ReturnType<typeof userEvent.setup>) {
  const file = new File([readFileSync(CRM, 'utf8')], 'crm.board.json', {
    type: 'application/json',
  });
  await user.upload(screen.getByTestId('import-input'), file);
  await screen.findByText(`Imported “${CRM_TITLE}”.`);
}

describe('modal dialogs', () => {
  it('confirm dialog: focus moves in, Tab cycles inside, Escape closes and refocuses Delete', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    await importCrm(user);
    const row = await screen.findByRole('group', { name: `Actions for ${CRM_TITLE}` });
    const opener = within(row).getByRole('button', { name: 'Delete' });
    await user.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: /Delete “/ });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(confirm).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    expect(confirm).toHaveFocus();
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('paste dialog under a refusal: each Escape closes only the top dialog', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    const opener = await screen.findByRole('button', { name: 'Paste board JSON' });
    await user.click(opener);
    const paste = screen.getByRole('dialog', { name: 'Paste board JSON' });
    expect(screen.getByLabelText('Board JSON')).toHaveFocus();
    await user.paste('{"format": "nothing we know"}');
    await user.click(within(paste).getByRole('button', { name: 'Import pasted JSON' }));
    const refused = await screen.findByRole('alertdialog', { name: /not imported/ });
    const close = within(refused).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    // The refusal has one control: Tab and Shift+Tab must not leave it.
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(paste).toBeInTheDocument();
    await waitFor(() => expect(paste.contains(document.activeElement)).toBe(true));
    // Tab from the last control of the paste dialog comes back to its first.
    within(paste).getByRole('button', { name: 'Cancel' }).focus();
    await user.tab();
    expect(screen.getByLabelText('Board JSON')).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('gallery under a remove confirmation: Escape closes the confirmation, then the gallery', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp('en');
    const parsed = parseBoardText(readFileSync(CRM, 'utf8'));
    if (!parsed.ok) throw new Error('invalid example');
    await repo.saveTemplate({ id: 'tpl-1', name: 'Our bank playbook', board: parsed.file.board });
    const opener = await screen.findByRole('button', { name: 'New from template' });
    await user.click(opener);
    const gallery = await screen.findByRole('dialog', { name: 'Start from a client sample' });
    expect(within(gallery).getByRole('button', { name: 'Close' })).toHaveFocus();
    const mine = await within(gallery).findByRole('list', { name: 'My templates' });
    const remove = within(mine).getByRole('button', {
      name: 'Remove template “Our bank playbook”',
    });
    await user.click(remove);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(gallery).toBeInTheDocument();
    await waitFor(() => expect(remove).toHaveFocus());

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(opener).toHaveFocus());
    expect((await repo.listTemplates()).templates).toHaveLength(1);
  });

  it('a board made from an own template is titled with the template name', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp('en');
    const parsed = parseBoardText(readFileSync(CRM, 'utf8'));
    if (!parsed.ok) throw new Error('invalid example');
    await repo.saveTemplate({ id: 'tpl-1', name: 'Our bank playbook', board: parsed.file.board });
    await user.click(await screen.findByRole('button', { name: 'New from template' }));
    const mine = await screen.findByRole('list', { name: 'My templates' });
    await user.click(
      within(mine).getByRole('button', { name: 'Use this template: “Our bank playbook”' }),
    );
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/board\/b-/));
    const { boards } = await repo.list();
    expect(boards.map((b) => b.title)).toEqual(['Our bank playbook']);
    expect(boards[0]!.id).not.toBe(parsed.file.board.id);
    // The stored template keeps its own board title.
    const { templates } = await repo.listTemplates();
    expect(templates[0]!.board.title).toBe(CRM_TITLE);
  });

  it('two toasts sit in one stack and the import input is no Tab stop', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    expect(screen.getByTestId('import-input')).toHaveAttribute('tabindex', '-1');
    await importCrm(user);
    const row = await screen.findByRole('group', { name: `Actions for ${CRM_TITLE}` });
    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText(`“${CRM_TITLE}” deleted.`);
    const stack = document.getElementById('toast-stack')!;
    const toasts = within(stack).getAllByRole('status');
    expect(toasts.map((t) => t.textContent)).toEqual([
      `Imported “${CRM_TITLE}”.`,
      expect.stringContaining(`“${CRM_TITLE}” deleted.`),
    ]);
    expect(within(stack).getByRole('button', { name: 'Undo' })).toBeVisible();
  });
});
