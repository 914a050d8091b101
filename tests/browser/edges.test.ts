import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { appUrl, openApp, SCREENSHOTS, sharedChromium, downloaded } from './chromium';

const chromium = sharedChromium();
const { app } = resources.en;
const edges = { en: resources.en.edges, zh: resources['zh-CN'].edges };
const PROTOTYPE_IDS = new URL('../fixtures/edges/prototype-ids.board.json', import.meta.url)
  .pathname;

/** Imports a board file from the list and opens it on the map. */
async function importAndOpen(page: Page, file: string): Promise<string> {
  await page.getByTestId('import-input').setInputFiles(file);
  await expect.poll(() => page.locator('.board-row').count()).toBe(1);
  await page.locator('.board-row a').first().click();
  await page.waitForURL(/#\/board\//);
  return page.url();
}

describe('ids named like Object.prototype members', () => {
  it('a board with steps toString and valueOf opens on the map, swimlane and grid', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    const url = await importAndOpen(page, PROTOTYPE_IDS);
    await page.locator('.react-flow__node-step').first().waitFor();
    const base = url.replace(/\/(map|swimlane|grid)$/, '');
    await page.goto(`${base}/swimlane`);
    await page.getByTestId('swimlane-view').waitFor();
    expect(await page.locator('.swimlane th').count()).toBeGreaterThan(8);
    await page.goto(`${base}/grid`);
    await page.getByTestId('grid-view').waitFor();
    expect(await page.getByTestId('view-failed').count()).toBe(0);
    await page.context().close();
  });
});

/** A page whose ResizeObserver throws: React Flow (the map) fails, the other views do not. */
async function pageWithBrokenMap(lang: 'en' | 'zh-CN'): Promise<Page> {
  const context = await chromium.browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript(() => {
    window.ResizeObserver = class {
      constructor() {
        throw new Error('ResizeObserver is broken in this test');
      }
    } as unknown as typeof ResizeObserver;
  });
  const page = await context.newPage();
  await page.goto(appUrl('#/', lang));
  return page;
}

describe('a view that fails', () => {
  it('shows what failed with Back to all boards and Export this board, also after a reload', async () => {
    const page = await pageWithBrokenMap('en');
    await importAndOpen(page, PROTOTYPE_IDS);
    const failed = page.getByTestId('view-failed');
    await failed.waitFor();
    expect(await failed.getAttribute('data-area')).toBe('map');
    expect(await failed.textContent()).toContain(edges.en.crash.area.map);
    expect(await failed.textContent()).toContain('ResizeObserver is broken');
    // The rest of the editor stays: the header and its view switch.
    expect(await page.locator('.editor-header, header').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}edges-view-failed.png` });

    const download = page.waitForEvent('download');
    await failed.getByRole('button', { name: edges.en.crash.export }).click();
    const saved = JSON.parse(readFileSync(await downloaded(await download), 'utf8')) as {
      board: { id: string };
    };
    expect(saved.board.id).toBe('prototype-ids');

    // A reload on the same address shows the message again: the page is never left empty.
    await page.reload();
    await page.getByTestId('view-failed').waitFor();
    expect(await page.locator('#root').evaluate((el) => el.childElementCount)).toBeGreaterThan(0);

    await page.getByRole('link', { name: edges.en.crash.back }).click();
    await page.locator('.board-row').first().waitFor();
    await page.context().close();
  });

  it('says it in Chinese too', async () => {
    const page = await pageWithBrokenMap('zh-CN');
    await importAndOpen(page, PROTOTYPE_IDS);
    const failed = page.getByTestId('view-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain(edges.zh.crash.area.map);
    await failed.getByRole('button', { name: edges.zh.crash.export }).waitFor();
    await failed.getByRole('link', { name: edges.zh.crash.back }).waitFor();
    await page.context().close();
  });
});

/** Writes rows straight into the boards store, as a bug, an old version or devtools might. */
async function putDamagedRows(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ka-buying-canvas');
        open.onsuccess = () => {
          const tx = open.result.transaction('boards', 'readwrite');
          const store = tx.objectStore('boards');
          store.put({ id: new Date(Date.UTC(2026, 0, 2)), file: { note: 'date key' } });
          store.put({ id: 'bigint-row', size: 12345678901234567890n });
          const cycle: Record<string, unknown> = { id: 'cycle-row' };
          cycle.self = cycle;
          store.put(cycle);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

describe('damaged stored rows', () => {
  it('a Date key, a BigInt and a cycle are listed, exported, and deleted with undo', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await page.getByTestId('import-input').setInputFiles(PROTOTYPE_IDS);
    await expect.poll(() => page.locator('.board-row').count()).toBe(1);
    await putDamagedRows(page);
    await page.reload();
    const entries = page.getByTestId('damaged-board');
    await expect.poll(() => entries.count()).toBe(3);
    // The readable board is still listed beside them.
    expect(await page.locator('.board-row').count()).toBe(1);
    expect(await page.getByText('2026-01-02T00:00:00.000Z').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}edges-damaged-rows.png` });

    for (const [id, expected] of [
      ['bigint-row', '12345678901234567890'],
      ['cycle-row', '[cycle]'],
      ['2026-01-02T00:00:00.000Z', 'date key'],
    ] as const) {
      const entry = entries.filter({ hasText: id });
      const download = page.waitForEvent('download');
      await entry.getByRole('button', { name: app.damaged.exportRaw }).click();
      const text = readFileSync(await downloaded(await download), 'utf8');
      expect(text).toContain(expected);
    }

    // Delete asks first; Cancel keeps the row.
    const dated = entries.filter({ hasText: '2026-01-02' });
    await dated.getByRole('button', { name: app.damaged.remove }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(/Delete the damaged board/).waitFor();
    await dialog.getByRole('button', { name: app.list.cancel }).click();
    expect(await entries.count()).toBe(3);
    // Delete, then undo: the row is back, also after a reload.
    await dated.getByRole('button', { name: app.damaged.remove }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: app.list.delete }).click();
    await expect.poll(() => entries.count()).toBe(2);
    await page.getByRole('button', { name: app.list.undo }).click();
    await expect.poll(() => entries.count()).toBe(3);
    await page.reload();
    await expect.poll(() => page.getByTestId('damaged-board').count()).toBe(3);
    await page.context().close();
  });
});

describe('text typed into "new" fields', () => {
  it('New concern and New member name are kept as drafts when the tab closes', async () => {
    const { canvas } = resources.en;
    const page = await openApp(chromium.browser, { lang: 'en' });
    const url = await importAndOpen(page, PROTOTYPE_IDS);
    const person = page.locator('.react-flow__node-stakeholder').first();
    await person.click();
    const concern = page.getByLabel(canvas.inspector.newConcern);
    await concern.fill('Worried about the rollout date');
    await page.getByRole('tab', { name: app.panel.team }).click();
    const member = page.getByLabel(canvas.team.newName);
    await member.fill('Zhou');
    // The tab closes; the board opens again in a new tab of the same browser.
    const context = page.context();
    await page.close();
    const again = await context.newPage();
    await again.goto(url);
    await again.locator('.react-flow__node-stakeholder').first().click();
    await again.getByLabel(canvas.inspector.newConcern).waitFor();
    expect(await again.getByLabel(canvas.inspector.newConcern).inputValue()).toBe(
      'Worried about the rollout date',
    );
    await again.getByRole('tab', { name: app.panel.team }).click();
    expect(await again.getByLabel(canvas.team.newName).inputValue()).toBe('Zhou');
    // Adding the member forgets the draft.
    await again.getByRole('button', { name: canvas.team.add }).click();
    await again
      .getByRole('listitem', { name: canvas.team.memberOf.replace('{{name}}', 'Zhou') })
      .waitFor();
    expect(await again.getByLabel(canvas.team.newName).inputValue()).toBe('');
    await context.close();
  });
});

describe('storage that fails and recovers', () => {
  it('an edit after recovery is saved over the board, with no conflict copy', async () => {
    const { canvas } = resources.en;
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Writes fail while the page says so, as with a full disk that is then cleared.
    await context.addInitScript(() => {
      const w = window as unknown as { failWrites: boolean };
      w.failWrites = false;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
          if (w.failWrites) throw new DOMException('disk full (test)', 'QuotaExceededError');
          return (original as (...a: unknown[]) => IDBRequest).apply(this, args);
        } as never;
      }
    });
    const page = await context.newPage();
    page.on('pageerror', (err) => {
      throw err;
    });
    await page.goto(appUrl('#/', 'en'));
    await importAndOpen(page, PROTOTYPE_IDS);
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    const failWrites = (on: boolean) =>
      page.evaluate(
        (value) => ((window as unknown as { failWrites: boolean }).failWrites = value),
        on,
      );

    await failWrites(true);
    await page.locator('.react-flow__node-stakeholder').first().click();
    const name = page.getByLabel(canvas.inspector.name, { exact: true });
    await name.fill('Edited while failing');
    await name.press('Enter');
    await page.waitForSelector('[data-save-state="failed"]', { state: 'attached' });

    await page.getByRole('link', { name: app.editor.back }).click();
    await page.locator('.board-row a').first().click();
    await page.locator('.react-flow__node-stakeholder').first().waitFor();
    await failWrites(false);
    await page.locator('.react-flow__node-step').first().click();
    const label = page.getByLabel(canvas.inspector.label, { exact: true });
    await label.fill('Edited after recovery');
    await label.press('Enter');
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });

    await page.getByRole('link', { name: app.editor.back }).click();
    await expect.poll(() => page.locator('.board-row').count()).toBe(1);
    expect(await page.getByText('(conflict copy)').count()).toBe(0);
    await page.reload();
    await page.locator('.board-row a').first().click();
    await expect
      .poll(() => page.locator('.react-flow__node-stakeholder').first().textContent())
      .toContain('Edited while failing');
    await expect
      .poll(() => page.locator('.react-flow__node-step').first().textContent())
      .toContain('Edited after recovery');
    await context.close();
  });
});
