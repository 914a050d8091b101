import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseBoardText } from '../../src/domain/validate';
import { renderApp } from './render-app';

const CRM = path.resolve(__dirname, '../fixtures/examples/crm-group-sales-management.board.json');

function crmBoard() {
  const r = parseBoardText(readFileSync(CRM, 'utf8'));
  if (!r.ok) throw new Error('invalid example');
  return r.file.board;
}

describe('template gallery', () => {
  it('lists the eight samples of the UI language with preview, tier, industry and counts', async () => {
    const user = userEvent.setup();
    await renderApp('zh-CN');
    await user.click(await screen.findByRole('button', { name: '从模板新建' }));
    const dialog = await screen.findByRole('dialog', { name: '从客户样本开始' });
    const builtIn = await within(dialog).findByRole('list', { name: '内置样本' });
    const cards = within(builtIn).getAllByRole('listitem');
    expect(cards).toHaveLength(8);
    const crm = cards.find((c) => c.textContent?.includes('CRM'))!;
    expect(crm).toBeDefined();
    expect(within(crm).getByRole('img', { name: /地图预览/ })).toBeInTheDocument();
    expect(crm.textContent).toMatch(/\d+ 位干系人 · \d+ 个环节/);
    expect(crm.textContent).toContain('全国性重点客户');
    expect(crm.querySelectorAll('svg rect').length).toBeGreaterThan(5);
    expect(await within(dialog).findByText(/还没有自己的模板/)).toBeInTheDocument();
  });

  it('makes a new board with a new id and fresh dates from a sample, and opens it', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp('en');
    await user.click(await screen.findByRole('button', { name: 'New from template' }));
    const builtIn = await screen.findByRole('list', { name: 'Built-in samples' });
    const first = within(builtIn).getAllByRole('listitem')[0]!;
    const title = first.querySelector('h4')!.textContent!;
    const before = Date.now();
    await user.click(within(first).getByRole('button', { name: `Use this template: “${title}”` }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/board\/b-/));
    const { boards } = await repo.list();
    expect(boards).toHaveLength(1);
    expect(boards[0]!.title).toBe(title);
    const loaded = await repo.load(boards[0]!.id);
    const board = loaded && 'board' in loaded ? loaded.board : null;
    expect(board?.stakeholders.length).toBeGreaterThan(3);
    expect(Date.parse(board!.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(board!.createdAt).toBe(board!.updatedAt);
  });

  it('lists the user’s own templates beside the samples and removes one', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp('en');
    await repo.saveTemplate({ id: 'tpl-1', name: 'Our bank playbook', board: crmBoard() });
    await user.click(await screen.findByRole('button', { name: 'New from template' }));
    const mine = await screen.findByRole('list', { name: 'My templates' });
    expect(within(mine).getByText('Our bank playbook')).toBeInTheDocument();
    await user.click(
      within(mine).getByRole('button', { name: 'Remove template “Our bank playbook”' }),
    );
    const confirm = screen.getByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await screen.findByText(/No templates of your own yet/);
    expect((await repo.listTemplates()).templates).toHaveLength(0);
  });
});

describe('paste of board JSON', () => {
  it('imports pasted text from the dialog, and names a broken link by its ends', async () => {
    const user = userEvent.setup();
    const { repo } = await renderApp('en');
    await user.click(await screen.findByRole('button', { name: 'Paste board JSON' }));
    const area = screen.getByLabelText('Board JSON');
    const broken = JSON.parse(readFileSync(CRM, 'utf8')) as { board: { links: unknown[] } };
    (broken.board.links[0] as { target: string }).target = 'nowhere';
    await user.click(area);
    await user.paste(JSON.stringify(broken));
    await user.click(screen.getByRole('button', { name: 'Import pasted JSON' }));
    const refused = await screen.findByRole('alertdialog');
    expect(refused).toHaveTextContent('Link “需求提出：提升销售效率 → nowhere”');
    expect(refused).not.toHaveTextContent('board.links[0]');
    await user.click(within(refused).getByRole('button', { name: 'Close' }));
    expect((await repo.list()).boards).toHaveLength(0);

    await user.clear(area);
    await user.click(area);
    await user.paste(readFileSync(CRM, 'utf8'));
    await user.click(screen.getByRole('button', { name: 'Import pasted JSON' }));
    await screen.findByText('Imported “集团销售管理部采购 CRM”.');
    expect((await repo.list()).boards.map((b) => b.id)).toEqual(['example-crm']);
  });

  it('imports board JSON pasted anywhere on the list, and ignores other text', async () => {
    const { repo } = await renderApp('en');
    await screen.findByRole('button', { name: 'Paste board JSON' });
    const paste = (text: string) => {
      const event = new Event('paste', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'clipboardData', {
        value: { getData: (type: string) => (type === 'text/plain' ? text : '') },
      });
      document.body.dispatchEvent(event);
      return event;
    };
    expect(paste('just a note').defaultPrevented).toBe(false);
    expect(paste(readFileSync(CRM, 'utf8')).defaultPrevented).toBe(true);
    await screen.findByText('Imported “集团销售管理部采购 CRM”.');
    expect((await repo.list()).boards).toHaveLength(1);
  });
});
