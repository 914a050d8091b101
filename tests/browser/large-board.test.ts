import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bigBoard } from '../../support/big-board';
import { toBoardFile } from '../../src/domain/create';
import { BOARD_LIMITS } from '../../src/domain/limits';
import type { Board } from '../../src/domain/types';
import { CARD_DETAIL_MIN_ZOOM } from '../../src/look/cardDetail';
import { CRM, openApp, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

describe('what loads when', () => {
  it('paints the board list without the editor or the other language, and loads each on use', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', hash: '#/' });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.reload();
    await page.getByRole('button', { name: 'New board' }).waitFor();
    const chunk = (name: string) =>
      requested.some((u) => new RegExp(`/${name}-[\\w-]+\\.js$`).test(u));
    expect(chunk('en')).toBe(true);
    expect(chunk('zh-CN')).toBe(false);
    expect(chunk('EditorPage')).toBe(false);
    expect(chunk('TemplateGallery')).toBe(false);
    // The validation (zod, which reading the stored boards needs) is fetched after the list's
    // first paint, not competing with it.
    const order = await page.waitForFunction(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const zod = performance
        .getEntriesByType('resource')
        .find((e) => /\/validate-[\w-]+\.js$/.test(e.name));
      return fcp && zod ? { fcp: fcp.startTime, zod: zod.startTime } : null;
    });
    const { fcp, zod } = (await order.jsonValue())!;
    expect(zod).toBeGreaterThan(fcp);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('button', { name: '新建画布' }).waitFor();
    expect(chunk('zh-CN')).toBe(true);

    await page.getByTestId('import-input').setInputFiles(CRM);
    await page.locator('.board-row a').first().click();
    await page.locator('.react-flow__node').first().waitFor();
    expect(chunk('EditorPage')).toBe(true);
    await page.context().close();
  });
});

describe('what a board address loads early', () => {
  it('preloads the editor, the validation and the messages with the app on a board address, not on the list', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', hash: '#/' });
    await page.getByRole('button', { name: 'New board' }).waitFor();
    const preloads = () =>
      page
        .locator('link[rel="modulepreload"]')
        .evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
    const named = (hrefs: string[], name: string) =>
      hrefs.some((h) => new RegExp(`/${name}-[\\w-]+\\.js$`).test(h));
    expect(named(await preloads(), 'EditorPage')).toBe(false);
    await page.getByTestId('import-input').setInputFiles(CRM);
    const href = (await page.locator('.board-row a').first().getAttribute('href'))!;
    // Opened afresh on the board's address: the page asks for the editor before the app runs.
    await page.goto(page.url().replace(/#.*$/, href));
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    const early = await preloads();
    expect(named(early, 'EditorPage')).toBe(true);
    expect(named(early, 'validate')).toBe(true);
    // The UI language's messages too (either may be the one shown: the page decides as it runs).
    expect(named(early, 'en')).toBe(true);
    expect(named(early, 'zh-CN')).toBe(true);
    // Each once: what the entry loads is in the page already (Vite's own modulepreload links).
    expect(early.filter((h, i) => early.indexOf(h) !== i)).toEqual([]);
    // The editor's style sheet too, as a preload (the app itself adds it as a style sheet only
    // once the editor is asked for).
    const styles = await page
      .locator('link[rel="preload"][as="style"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
    expect(styles.some((h) => /\/EditorPage-[\w-]+\.css$/.test(h))).toBe(true);
    // Every file it names is in the build (a chunk of nothing but CSS is not): a script or a
    // style sheet, not the server's page for an unknown address.
    const missing = await page.evaluate(
      (hrefs) =>
        Promise.all(
          hrefs.map((h) =>
            fetch(h).then((r) => {
              const type = r.headers.get('content-type') ?? '';
              return r.ok && /javascript|css/.test(type) ? '' : `${h} ${r.status} ${type}`;
            }),
          ),
        ),
      [...early, ...styles],
    );
    expect(missing.filter(Boolean)).toEqual([]);
    await page.context().close();
  });
});

/** Imports `board` as `title` in a 1400×900 English window and opens it from the list. */
async function openBig(board: Board, title: string): Promise<Page> {
  const file = join(mkdtempSync(join(tmpdir(), 'big-map-')), 'big.board.json');
  board.title = title;
  writeFileSync(file, JSON.stringify(toBoardFile(board)));
  const page = await openApp(chromium.browser, {
    lang: 'en',
    hash: '#/',
    width: 1400,
    height: 900,
  });
  await page.getByTestId('import-input').setInputFiles(file);
  await page.locator('.board-row a', { hasText: title }).click();
  return page;
}

describe('a large map', () => {
  it('opens on the beginning of its process, draws only the cards in view, and the arrows reach the others', async () => {
    // 1,500 people and 60 steps 280 px apart: a large map (src/canvas/offscreenNodes.ts).
    const page = await openBig(bigBoard(1500, 60, 3000), 'Large map');
    const first = page.locator('.react-flow__node[data-id="p0"]');
    await first.waitFor();
    const drawn = await page.locator('.react-flow__node').count();
    expect(drawn).toBeGreaterThan(3);
    expect(drawn).toBeLessThan(200);
    await page.screenshot({ path: join(SCREENSHOTS, 'large-map-open.png') });

    // Right along the process row, past the cards drawn at first: each is focused once drawn.
    const far = 'p30';
    expect(await page.locator(`.react-flow__node[data-id="${far}"]`).count()).toBe(0);
    await first.focus();
    for (let i = 1; i <= 30; i++) {
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id))
        .toBe(`p${i}`);
    }
    const box = (await page.locator(`.react-flow__node[data-id="${far}"]`).boundingBox())!;
    expect(box.x).toBeGreaterThan(0);
    expect(box.x + box.width).toBeLessThan(1400);
    expect(await page.locator('.react-flow__node').count()).toBeLessThan(200);
    await page.context().close();
  });
});

describe('a map whose process is longer than the window', () => {
  it('opens on the beginning of its process, readable, not on the empty middle', async () => {
    // 800 people 3,000 px above 200 steps 280 px apart: below the large-map sizes, so every
    // card is drawn, but the row is 56,000 px long and fitted whole it is centred on links.
    const page = await openBig(bigBoard(800, 200, 1500), 'Long process');
    await page.locator('.react-flow__minimap').waitFor();
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const inView = async (id: string) => {
      const box = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
      return (
        box.x >= pane.x &&
        box.x + box.width <= pane.x + pane.width &&
        box.y >= pane.y &&
        box.y + box.height <= pane.y + pane.height
      );
    };
    expect(await inView('p0')).toBe(true);
    expect(await inView('p3')).toBe(true);
    // At a zoom where the cards' text is drawn (CARD_DETAIL_MIN_ZOOM), not the far blocks.
    const zoom = parseInt(await page.getByTestId('zoom-indicator').innerText(), 10);
    expect(zoom).toBeGreaterThanOrEqual(CARD_DETAIL_MIN_ZOOM * 100);
    expect(await page.locator('.react-flow__node[data-id="p0"]').innerText()).toContain('Step 0');
    await page.screenshot({ path: join(SCREENSHOTS, 'long-map-open.png') });
    await page.context().close();
  });
});

describe('supported limits', () => {
  it('refuses a board over a limit at import, naming the limit in the UI language', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'large-board-'));
    const file = join(tmp, 'too-many.board.json');
    const over = BOARD_LIMITS.stakeholders + 1;
    writeFileSync(file, JSON.stringify(toBoardFile(bigBoard(over, 10, 20))));
    const page = await openApp(chromium.browser, { lang: 'zh-CN', hash: '#/' });
    await page.getByTestId('import-input').setInputFiles(file);
    const limit = BOARD_LIMITS.stakeholders;
    await page
      .getByText(`board.stakeholders：有 ${over} 项；一个画布最多支持 ${limit} 项`)
      .waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'large-board-refused.png') });
    expect(await page.locator('.board-row').count()).toBe(0);
    await page.context().close();
  });
});
