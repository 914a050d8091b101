import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { createBoard } from '../../src/domain/create';
import { createI18n } from '../../src/i18n/i18n';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';

/** A board whose summary still lists fine but whose stored document no longer validates. */
class DamagedRepository extends MemoryBoardRepository {
  override async load(id: string) {
    if (id === 'bad') {
      return { problem: { id, message: 'board.stakeholders[0].influence: 42 must be at most 5' } };
    }
    return super.load(id);
  }
}

describe('a damaged stored board', () => {
  it('says why when renaming or duplicating it does nothing', async () => {
    const user = userEvent.setup();
    const repo = new DamagedRepository();
    const now = new Date().toISOString();
    await repo.save(
      createBoard({ id: 'bad', title: 'Damaged', accountName: 'A', tier: 'global', now }),
    );
    window.location.hash = '#/';
    render(<App repo={repo} i18n={createI18n('en')} />);
    const row = await screen.findByRole('group', { name: 'Actions for Damaged' });
    await user.click(within(row).getByRole('button', { name: 'Duplicate' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be read');
    expect(alert).toHaveTextContent('influence: 42 must be at most 5');
    expect((await repo.list()).boards).toHaveLength(1);
  });
});
