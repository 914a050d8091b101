import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pathMeaning } from '../../src/domain/analyze';
import { suggestionsFor } from '../../src/domain/suggest';
import type { BoardFile } from '../../src/domain/types';
import { CRM_PLANNED, openApp, openCrm, SCREENSHOTS, EXAMPLES, sharedChromium } from './chromium';

const chromium = sharedChromium();

const expected = JSON.parse(
  readFileSync(join(EXAMPLES, 'crm-group-sales-management.expected.json'), 'utf8'),
) as { stages: { stepId: string; label: string }[]; blockingPoints: number };
const file = JSON.parse(readFileSync(CRM_PLANNED, 'utf8')) as BoardFile;

/**
 * Imports the CRM example as planned (its empty lanes marked "none yet") from the board list,
 * opens it and shows the swimlane + a panel.
 */
async function openCrmSwimlane(page: Page, swimlaneTab: string, panelTab: string) {
  await openCrm(page, CRM_PLANNED);
  await expect.poll(() => page.locator('.board-title').textContent()).toBe(file.board.title);
  await page.getByRole('tab', { name: swimlaneTab }).click();
  await page.getByRole('tab', { name: panelTab }).click();
  await page.locator('th[data-step-id]').first().waitFor();
}

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

describe('the CRM example in the sales swimlane', () => {
  it('shows the article’s 8 stages, fit 50% and split; filling a stage lowers the blocking points', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1800, height: 1000 });
    await openCrmSwimlane(page, 'Sales swimlane', 'Readiness');

    const ids = await page
      .locator('th[data-step-id]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-step-id')));
    expect(ids).toEqual(expected.stages.map((s) => s.stepId));
    const labels = await page.locator('th[data-step-id] .stage-label').allTextContents();
    expect(labels).toEqual(expected.stages.map((s) => s.label));

    expect(await text(page, 'fit')).toBe('50%');
    expect(await text(page, 'blocking-points')).toBe(String(expected.blockingPoints));
    const path = page.getByTestId('recommendation');
    expect(await path.locator('.path-name').textContent()).toContain('Split');
    expect(await path.locator('.path-name').textContent()).toContain('拆分');
    expect(await path.locator('.path-meaning').textContent()).toBe(pathMeaning('split', 'en'));

    // 超权限呈批 lacks an owner, system support and enablement: fill the last two first.
    const step = 'p-approval';
    const label = '超权限呈批';
    const system = suggestionsFor(file.board, step, 'en').find((s) => s.lane === 'systems');
    if (!system) throw new Error('the approval stage should suggest a system');
    await page.getByRole('button', { name: `Accept suggestion “${system.text}”` }).click();
    await expect
      .poll(() => page.getByRole('button', { name: `Edit “${system.text}”` }).count())
      .toBe(1);
    await page
      .getByRole('group', { name: `Supporting team of ${label}` })
      .getByRole('button', { name: '李售前' })
      .click();
    expect(await text(page, 'blocking-points')).toBe('4');

    await page.getByLabel(`Owner of ${label}`).selectOption({ label: '王销售 · Sales' });
    await expect.poll(() => text(page, 'blocking-points')).toBe('3');
    expect(await text(page, 'fit')).toBe('63%');
    const head = page.locator(`th[data-step-id="${step}"]`);
    expect(await head.locator('.flag-badge').textContent()).toBe('No flags');

    await page.locator('.swimlane-scroll').evaluate((el) => el.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'swimlane-crm-en.png') });

    // A stage flag in the flags panel selects its step and scrolls the swimlane to it.
    await page.getByRole('tab', { name: 'Flags' }).click();
    await page.locator('.flags-panel [data-code="stage.no-owner"] button').click();
    const signing = page.locator('th[data-step-id="p-sign"]');
    await expect.poll(() => signing.getAttribute('class')).toContain('col-selected');
    await expect
      .poll(() => signing.evaluate((el) => el.getBoundingClientRect().right < window.innerWidth))
      .toBe(true);
    // Let the smooth scroll settle before the picture: the column stays put for two frames.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const th = document.querySelector('th[data-step-id="p-sign"]');
          const left = th?.getBoundingClientRect().left;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(th?.getBoundingClientRect().left === left)),
          );
        }),
    );
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'swimlane-crm-flags-en.png') });
    await page.context().close();
  });

  it('reads in Chinese, with the path named 拆分', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN', width: 1800, height: 1000 });
    await openCrmSwimlane(page, '销售泳道', '就绪度');
    expect(await page.locator('th[data-step-id]').count()).toBe(8);
    expect(await page.getByRole('rowheader').allTextContents()).toEqual([
      '负责人',
      '销售动作',
      '信息交互',
      '系统支持',
      '销售能力画像',
      '协同支持团队',
      '赋能',
      '备注',
    ]);
    const path = page.getByTestId('recommendation');
    expect(await path.locator('.path-name').textContent()).toContain('拆分');
    expect(await path.locator('.path-meaning').textContent()).toBe(pathMeaning('split', 'zh-CN'));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'swimlane-crm-zh.png') });
    await page.context().close();
  });
});
