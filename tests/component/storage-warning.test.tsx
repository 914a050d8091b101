import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { createBoard } from '../../src/domain/create';
import { createI18n } from '../../src/i18n/i18n';
import { StorageWriteError } from '../../src/persistence/boardRepository';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';
import { useDocumentStore } from '../../src/store/documentStore';

/** A repository whose disk fills up after the first board is stored. */
class FullDiskRepository extends MemoryBoardRepository {
  full = false;
  override async save(board: Parameters<MemoryBoardRepository['save']>[0]) {
    if (this.full) throw new StorageWriteError('quota', 'QuotaExceededError');
    return super.save(board);
  }
}

describe('storage warnings', () => {
  it('says boards will not be kept when storage is unavailable', async () => {
    window.location.hash = '#/';
    render(
      <App
        repo={new MemoryBoardRepository()}
        i18n={createI18n('zh-CN')}
        initialWarning={{ kind: 'unavailable' }}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('关闭标签页后画布不会保留');
  });

  it('shows a translated warning when a save fails, and keeps the edit in the tab', async () => {
    const repo = new FullDiskRepository();
    const board = createBoard({
      id: 'b1',
      title: 'Quota',
      accountName: 'A',
      tier: 'global',
      now: new Date().toISOString(),
    });
    await repo.save(board);
    repo.full = true;
    window.location.hash = '#/board/b1';
    render(<App repo={repo} i18n={createI18n('en')} />);
    await screen.findByRole('heading', { name: 'Quota' });
    act(() => useDocumentStore.getState().edit((d) => void (d.title = 'Edited')));
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('Saving failed (storage is full)');
    expect(screen.getByRole('button', { name: 'Export JSON now' })).toBeInTheDocument();
    expect(useDocumentStore.getState().board?.title).toBe('Edited');
  });
});
