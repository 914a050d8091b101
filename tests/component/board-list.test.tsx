import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

async function createFromList(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByRole('button', { name: 'New board' }));
  await user.type(screen.getByLabelText('Board title'), title);
  await user.type(screen.getByLabelText('Account name'), 'Example Group');
  await user.selectOptions(screen.getByLabelText('Account tier'), 'regional');
  await user.click(screen.getByRole('button', { name: 'Create' }));
  // Creating opens the new board's editor; wait for it before going anywhere else.
  await waitFor(() => expect(window.location.hash).toMatch(/^#\/board\//));
  await screen.findByRole('heading', { name: title });
}

describe('board list', () => {
  it('creates a board, stores it and opens its editor route', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp();
    await screen.findByText(/No boards yet/);
    await createFromList(user, 'ERP for East China plant');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/board\//));
    const { boards } = await repo.list();
    expect(boards).toHaveLength(1);
    expect(boards[0]).toMatchObject({
      title: 'ERP for East China plant',
      accountName: 'Example Group',
      tier: 'regional',
    });
  });

  it('renames a board in place', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp();
    await createFromList(user, 'Old title');
    window.location.hash = '#/';
    const row = await screen.findByRole('group', { name: 'Actions for Old title' });
    await user.click(within(row).getByRole('button', { name: 'Rename' }));
    const input = screen.getByLabelText('New title for Old title');
    await user.clear(input);
    await user.type(input, 'New title{Enter}');
    await screen.findByText('New title');
    expect((await repo.list()).boards.map((b) => b.title)).toEqual(['New title']);
  });

  it('deletes after confirmation and undo brings the board back', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp();
    await createFromList(user, 'Doomed');
    window.location.hash = '#/';
    const row = await screen.findByRole('group', { name: 'Actions for Doomed' });
    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Delete “Doomed”?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText('“Doomed” deleted.');
    expect((await repo.list()).boards).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Doomed');
    expect((await repo.list()).boards.map((b) => b.title)).toEqual(['Doomed']);
  });

  it('duplicates a board under a copy title', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp();
    await createFromList(user, 'Original');
    window.location.hash = '#/';
    const row = await screen.findByRole('group', { name: 'Actions for Original' });
    await user.click(within(row).getByRole('button', { name: 'Duplicate' }));
    await screen.findByText('Original (copy)');
    const titles = (await repo.list()).boards.map((b) => b.title).sort();
    expect(titles).toEqual(['Original', 'Original (copy)']);
  });

  it('speaks Chinese when asked', async () => {
    await renderApp('zh-CN');
    expect(await screen.findByRole('button', { name: '新建画布' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('KA 采购流程画布');
  });
});
