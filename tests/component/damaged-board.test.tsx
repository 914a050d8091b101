import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadValidation } from '../../src/domain/validation';
import { App } from '../../src/app/App';
import { createBoard, toBoardFile } from '../../src/domain/create';
import { createI18n } from '../../src/i18n/i18n';
import { decodeRow } from '../../src/persistence/db';
import { MemoryBoardRepository } from '../../src/persistence/memoryRepository';

// Stored rows are decoded by the validation the app loads on first use.
beforeAll(() => loadValidation());

/** A board whose summary still lists fine but whose stored document no longer validates. */
class DamagedRepository extends MemoryBoardRepository {
  override async load(id: string) {
    if (id !== 'bad') return super.load(id);
    const file = toBoardFile(
      createBoard({ id, title: 'x', accountName: 'A', tier: 'global', now: '2026-01-01' }),
    );
    const decoded = decodeRow(id, {
      id,
      schemaVersion: 2,
      revision: 1,
      file: { ...file, board: { ...file.board, title: 42 } },
    });
    if (!('problem' in decoded)) throw new Error('the row should not validate');
    return decoded;
  }
}

async function duplicateDamaged(lang: 'en' | 'zh-CN', label: string, button: string) {
  const user = userEvent.setup();
  const repo = new DamagedRepository();
  const now = new Date().toISOString();
  await repo.save(
    createBoard({ id: 'bad', title: 'Damaged', accountName: 'A', tier: 'global', now }),
  );
  window.location.hash = '#/';
  render(<App repo={repo} i18n={createI18n(lang)} />);
  const row = await screen.findByRole('group', { name: label });
  await user.click(within(row).getByRole('button', { name: button }));
  expect((await repo.list()).boards).toHaveLength(1);
  return screen.findByRole('alert');
}

describe('a damaged stored board', () => {
  it('says why when renaming or duplicating it does nothing', async () => {
    const alert = await duplicateDamaged('en', 'Actions for Damaged', 'Duplicate');
    expect(alert).toHaveTextContent('could not be read');
    expect(alert).toHaveTextContent(/title/i);
  });

  it('says it in Chinese in a Chinese UI, storage reason included', async () => {
    const alert = await duplicateDamaged('zh-CN', '“Damaged”的操作', '复制');
    expect(alert.textContent).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(alert.textContent).not.toMatch(/\b(could|must|expected|string|number|read)\b/i);
  });
});
