import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigBoard } from '../../bench/bigBoard';
import { toBoardFile } from '../../src/domain/create';
import { BOARD_LIMITS } from '../../src/domain/limits';
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
