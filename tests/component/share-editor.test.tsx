import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBoardText } from '../../src/domain/validate';
import { renderApp } from './render-app';

const CRM = path.resolve(__dirname, '../fixtures/examples/crm-group-sales-management.board.json');
const FIXTURES = path.resolve(__dirname, '../fixtures');

afterEach(() => vi.restoreAllMocks());

function crmBoard() {
  const r = parseBoardText(readFileSync(CRM, 'utf8'));
  if (!r.ok) throw new Error('invalid example');
  return r.file.board;
}

async function openCrm(lang: 'en' | 'zh-CN') {
  const app = await renderApp(lang);
  await app.repo.save(crmBoard());
  act(() => {
    window.location.hash = '#/board/example-crm';
  });
  await screen.findByRole('heading', { name: '集团销售管理部采购 CRM' }, { timeout: 5000 });
  return app;
}

/** Catches what the app downloads: the blob and the file name of the link it clicks. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: last! });
  });
  return files;
}

describe('export menu and save as template', () => {
  it('exports the Markdown account plan and the CSV, named after the board', async () => {
    const user = userEvent.setup();
    await openCrm('en');
    const files = catchDownloads();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual([
      'Board file (JSON)',
      'Buying map image (PNG)',
      'Buying map slide, 16:9 (1920×1080 PNG)',
      'Buying map slide, 16:9 (3840×2160 PNG)',
      'Sales swimlane image (PNG)',
      'Sales swimlane slide, 16:9 (1920×1080 PNG)',
      'Sales swimlane slide, 16:9 (3840×2160 PNG)',
      'Account plan (Markdown)',
      'Print the account plan (A4/Letter landscape)',
      'Swimlane grid (CSV, Excel)',
      'Account plan deck (PowerPoint, editable)',
      'Account plan document (Word, editable)',
    ]);
    await user.click(within(menu).getByRole('menuitem', { name: 'Account plan (Markdown)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('集团销售管理部采购 CRM.md');
    expect(await files[0]!.blob.text()).toBe(
      readFileSync(path.join(FIXTURES, 'crm.en.md'), 'utf8'),
    );
    await screen.findByText('Exported “集团销售管理部采购 CRM.md”.');

    // The button reads "Exporting…" until the export has cleaned up; then it is free again.
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Swimlane grid (CSV, Excel)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files[1]!.name).toBe('集团销售管理部采购 CRM.csv');
    const bytes = new Uint8Array(await files[1]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('moves through the menu with the arrow keys and closes it with Escape', async () => {
    const user = userEvent.setup();
    await openCrm('zh-CN');
    await user.click(screen.getByRole('button', { name: '导出' }));
    expect(screen.getByRole('menuitem', { name: '画布文件（JSON）' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: '采购地图图片（PNG）' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    // The last entry is the switch for suggestions on the swimlane slides.
    const suggestions = screen.getByRole('menuitemcheckbox', {
      name: '泳道幻灯片包含未采纳的建议',
    });
    expect(suggestions).toHaveFocus();
    expect(suggestions).toHaveAttribute('aria-checked', 'false');
    await user.keyboard('{Enter}');
    expect(suggestions).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: '客户经营计划书（Word，可编辑）' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: '导出' })).toHaveFocus();
  });

  it('saves the open board into the local template library', async () => {
    const user = userEvent.setup();
    const { repo } = await openCrm('en');
    await user.click(screen.getByRole('button', { name: 'Save as template' }));
    const name = screen.getByLabelText('Template name');
    expect(name).toHaveValue('集团销售管理部采购 CRM');
    await user.clear(name);
    await user.type(name, 'Group CRM playbook');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Group CRM playbook” as a template.');
    const { templates } = await repo.listTemplates();
    expect(templates.map((t) => t.name)).toEqual(['Group CRM playbook']);
    expect(templates[0]!.board.stakeholders).toHaveLength(7);
  });
});
