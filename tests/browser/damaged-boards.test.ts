import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, SCREENSHOTS, sharedChromium, downloaded } from './chromium';

const chromium = sharedChromium();
const { app } = resources.en;

describe('damaged stored boards in the list', () => {
  it('are marked at once and offer export of the raw row and delete', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await page.getByRole('button', { name: app.list.newBoard }).click();
    await page.getByLabel(app.list.title).fill('Soon damaged');
    await page.getByLabel(app.list.account).fill('ACME');
    await page.getByRole('button', { name: app.list.create }).click();
    await page.waitForURL(/#\/board\//);
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    const id = decodeURIComponent(page.url().split('#/board/')[1]!);
    // Damage the stored board (not its summary row), as a bug or a devtools edit might.
    await page.evaluate(
      (boardId) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ka-buying-canvas');
          open.onsuccess = () => {
            const tx = open.result.transaction('boards', 'readwrite');
            const store = tx.objectStore('boards');
            const get = store.get(boardId);
            get.onsuccess = () => {
              const row = get.result as { file: { board: { title: unknown } } };
              row.file.board.title = 7;
              store.put(row);
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      id,
    );
    await page.goto(page.url().split('#')[0] + '#/');
    await page.reload();
    const entry = page.getByTestId('damaged-board');
    await entry.waitFor();
    expect(await entry.textContent()).toContain(id);
    expect(await page.locator('.board-row').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}damaged-board-list.png` });

    const download = page.waitForEvent('download');
    await entry.getByRole('button', { name: app.damaged.exportRaw }).click();
    const file = await downloaded(await download);
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { id: string; file: unknown };
    expect(raw).toMatchObject({ id, file: { board: { title: 7 } } });

    await entry.getByRole('button', { name: app.damaged.remove }).click();
    // Deleting asks first, as for any board.
    await page.getByRole('alertdialog').getByRole('button', { name: app.list.delete }).click();
    await entry.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByText(app.list.empty).waitFor();
    expect(await page.getByTestId('damaged-board').count()).toBe(0);
    await page.context().close();
  });
});
