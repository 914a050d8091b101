/**
 * A board file dropped on its own open board and imported with Replace takes the board's place:
 * the editor goes on from the stored file, with no "(conflict copy)" of it.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toBoardFile } from '../../src/domain/create';
import { parseBoardText } from '../../src/domain/validate';
import { exampleText } from '../unit/builders';
import { renderApp } from './render-app';

function minimalBoard() {
  const r = parseBoardText(exampleText('minimal.board.json'));
  if (!r.ok) throw new Error('invalid example');
  return r.file.board;
}

describe('drop a board file on its own open board', () => {
  it('replaces the open board without a conflict copy', async () => {
    const user = userEvent.setup();
    const { repo, container } = await renderApp('en');
    const board = minimalBoard();
    await repo.save(board);
    act(() => {
      window.location.hash = `#/board/${board.id}`;
    });
    await screen.findByRole('heading', { name: 'Blank sheet' }, { timeout: 5000 });

    const replaced = { ...board, title: 'Replaced', updatedAt: new Date().toISOString() };
    const file = new File([JSON.stringify(toBoardFile(replaced))], 'board.json', {
      type: 'application/json',
    });
    const editor = container.querySelector('.editor')!;
    fireEvent.drop(editor, { dataTransfer: { types: ['Files'], files: [file] } });
    await user.click(await screen.findByRole('button', { name: 'Replace existing' }));
    await screen.findByRole('heading', { name: 'Replaced' });

    // An edit after the replace is saved to the board itself.
    await user.dblClick(screen.getByRole('heading', { name: 'Replaced' }));
    const input = container.querySelector<HTMLInputElement>('input.board-title-input')!;
    await user.clear(input);
    await user.type(input, 'Edited{Enter}');
    await waitFor(async () => {
      const found = await repo.load(board.id);
      expect(found && 'board' in found ? found.board.title : null).toBe('Edited');
    });
    const { boards } = await repo.list();
    expect(boards.map((b) => b.title)).toEqual(['Edited']);
    expect(screen.queryByText(/conflict copy/)).not.toBeInTheDocument();
  });
});
