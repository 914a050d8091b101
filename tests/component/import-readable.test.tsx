import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const minimal = JSON.parse(
  readFileSync(path.resolve(__dirname, '../fixtures/examples/minimal.board.json'), 'utf8'),
) as { board: { title: string; links: Record<string, string>[] } };

function fileOf(change: (f: typeof minimal) => void): File {
  const f = structuredClone(minimal);
  change(f);
  return new File([JSON.stringify(f)], 'board.json', { type: 'application/json' });
}

/** The minimal board with one extra link whose end does not exist. */
const oneBrokenLink = () =>
  fileOf(
    (f) => void f.board.links.push({ id: 'l9', source: 's1', target: 'ghost', type: 'drives' }),
  );

describe('import errors a person can read', () => {
  it('one dangling link: offers to import without it and lists what is dropped', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    await user.upload(screen.getByTestId('import-input'), oneBrokenLink());
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('The file has 1 broken link(s).');
    // Named by the item, in words, not as board.links[2].target.
    expect(dialog).toHaveTextContent('Link “CFO → ghost”, end: ghost does not exist');
    expect(dialog).not.toHaveTextContent('board.links[');
    expect(within(dialog).getByTestId('dropped-links')).toHaveTextContent('CFO → ghost (Drives)');
    await user.click(
      within(dialog).getByRole('button', { name: 'Import without the 1 broken link' }),
    );
    await screen.findByText(`Imported “${minimal.board.title}”.`);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('says what is wrong in Chinese, naming the stakeholder', async () => {
    const user = userEvent.setup();
    await renderApp('zh-CN');
    const file = fileOf((f) => {
      const board = f.board as unknown as { stakeholders: Record<string, unknown>[] };
      board.stakeholders[0]!.stance = 'angry';
    });
    await user.upload(screen.getByTestId('import-input'), file);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('干系人“CFO”的立场：angry 不是允许的取值');
    expect(dialog).not.toHaveTextContent('board.stakeholders');
    // Not only broken links: nothing to repair.
    expect(within(dialog).queryByTestId('dropped-links')).toBeNull();
  });

  it('“Keep both” names the copy “… (2)”', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    const file = fileOf(() => {});
    await user.upload(screen.getByTestId('import-input'), file);
    await screen.findByText(`Imported “${minimal.board.title}”.`);
    await user.upload(screen.getByTestId('import-input'), file);
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Keep both' }));
    await screen.findByText(`Imported “${minimal.board.title} (2)”.`);
  });
});
