import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { updateStakeholder } from '../../src/domain/commands';
import { useDocumentStore } from '../../src/store/documentStore';
import { makeRichBoard } from '../unit/builders';
import { renderApp } from './render-app';

async function openBoard(lang: 'en' | 'zh-CN') {
  const app = await renderApp(lang);
  await app.repo.save(makeRichBoard());
  act(() => {
    window.location.hash = '#/board/board-1';
  });
  await screen.findByRole('heading', { name: 'Test board' }, { timeout: 5000 });
  return app;
}

describe('snapshots tab', () => {
  it('saves a snapshot, compares it with the changed board, and deletes it', async () => {
    const user = userEvent.setup();
    const { repo } = await openBoard('en');
    await user.click(screen.getByRole('tab', { name: 'Snapshots' }));
    const name = screen.getByLabelText('Snapshot name');
    await user.clear(name);
    await user.type(name, 'After workshop 1');
    await user.click(screen.getByRole('button', { name: 'Save a snapshot' }));
    await screen.findByText('Snapshot “After workshop 1” saved.');
    await waitFor(() => expect(screen.getAllByTestId('snapshot-row')).toHaveLength(1));
    expect((await repo.listSnapshots('board-1')).snapshots[0]?.name).toBe('After workshop 1');

    act(() => {
      useDocumentStore.getState().edit((d) => updateStakeholder(d, 's1', { stance: 'supporter' }));
    });
    const compare = screen.getByRole('button', {
      name: 'Compare “After workshop 1” with the board now',
    });
    await user.click(compare);
    const view = screen.getByTestId('snapshot-compare');
    expect(within(view).getByTestId('snapshot-people')).toHaveTextContent(
      'CFO: stance Unknown → Supporter',
    );
    expect(within(view).getByRole('heading', { level: 3 })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('snapshot-compare')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Compare “After workshop 1” with the board now' }),
    ).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Delete snapshot “After workshop 1”' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText('No snapshots of this board yet.');
    expect((await repo.listSnapshots('board-1')).snapshots).toEqual([]);
  }, 20_000);

  it('speaks Chinese', async () => {
    const user = userEvent.setup();
    await openBoard('zh-CN');
    await user.click(screen.getByRole('tab', { name: '快照' }));
    await user.click(screen.getByRole('button', { name: '保存快照' }));
    await waitFor(() => expect(screen.getAllByTestId('snapshot-row')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: /^将“.*”与当前画布对比$/ }));
    expect(screen.getByTestId('snapshot-readiness')).toHaveTextContent('当时');
    expect(
      screen.getByText('自此快照以来，干系人、采购环节和阶段风险提示均无变化。'),
    ).toBeVisible();
  });
});
