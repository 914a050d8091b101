/**
 * A plan that is really drawn (docs/domain.md §7): owners alone give no verdict; marking the open
 * lanes "none yet" plans a stage, and the marks survive a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PLAN_LANES } from '../../src/domain/types';
import { openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

async function showSwimlane(page: Page, swimlane: string, readiness: string) {
  await page.getByRole('tab', { name: swimlane }).click();
  await page.getByRole('tab', { name: readiness }).click();
  await page.locator('th[data-step-id]').first().waitFor();
}

describe('planned stages in the swimlane', () => {
  it('owners alone give no verdict; "none yet" marks plan a stage and survive reload', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1600, height: 1000 });
    await openCrm(page);
    await showSwimlane(page, 'Sales swimlane', 'Readiness');
    const planned = page.getByTestId('planned-stages');
    await expect.poll(() => planned.textContent()).toBe('0 of 8 stages planned');

    // Give every stage an owner from the drop-downs, as a new user would.
    const labels = await page.locator('th[data-step-id] .stage-label').allTextContents();
    expect(labels).toHaveLength(8);
    for (const label of labels) {
      await page.getByLabel(`Owner of ${label}`).selectOption({ label: '王销售 · Sales' });
    }
    await expect.poll(() => page.getByLabel(`Owner of ${labels[7]}`).inputValue()).toBe('t-wang');
    expect(await planned.textContent()).toBe('0 of 8 stages planned');
    expect(await page.getByTestId('recommendation').count()).toBe(0);
    expect(await page.getByText('Owners alone plan nothing').count()).toBe(1);

    // Readiness lists the open lanes; a click lands in the first one of that stage.
    const first = page.getByTestId('unplanned-stages').getByRole('button').first();
    expect(await first.locator('.open-lane').allTextContents()).toEqual(['Information exchange']);
    await first.click();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('td')?.getAttribute('data-lane')),
      )
      .toBe('information');

    // Mark the open lanes of the first stage "none yet": it is planned, provisionally.
    const stepId = await page.locator('th[data-step-id]').first().getAttribute('data-step-id');
    const column = page.locator(`td[data-step-id="${stepId}"]`);
    for (const lane of PLAN_LANES) {
      const mark = column.locator(`button.gap-mark[data-gap="${lane}"][aria-pressed="false"]`);
      if ((await mark.count()) > 0) await mark.click();
    }
    await expect.poll(() => planned.textContent()).toBe('1 of 8 stages planned');
    // The readiness list no longer names the stage.
    const list = page.getByTestId('unplanned-stages').getByRole('button');
    expect(await list.count()).toBe(7);
    expect(await list.first().locator('.open-lane').allTextContents()).not.toEqual([
      'Information exchange',
    ]);
    expect(await page.getByTestId('recommendation').getAttribute('data-state')).toBe('provisional');
    expect(await column.locator('button.gap-mark[aria-pressed="true"]').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/readiness-open-lanes.en.png` });

    // Saved: it survives a reload.
    await expect
      .poll(() => page.getByTestId('save-indicator').getAttribute('data-save-state'))
      .toBe('saved');
    await page.reload();
    await showSwimlane(page, 'Sales swimlane', 'Readiness');
    await expect
      .poll(() => page.getByTestId('planned-stages').textContent())
      .toBe('1 of 8 stages planned');
    const marked = page.locator(
      `td[data-step-id="${stepId}"] button.gap-mark[aria-pressed="true"]`,
    );
    expect(await marked.getAttribute('data-gap')).toBe('information');
    await page.context().close();
  });

  it('shows the open lanes and the marks in Chinese', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN', width: 1600, height: 1000 });
    await openCrm(page);
    await showSwimlane(page, '销售泳道', '就绪度');
    await expect
      .poll(() => page.getByTestId('planned-stages').textContent())
      .toBe('已规划 0 / 8 个阶段');
    const lanes = page.getByTestId('unplanned-stages').locator('.open-lane');
    expect(await lanes.first().textContent()).toBe('信息交互');
    expect(await page.locator('button.gap-mark').first().textContent()).toBe('暂无');
    await page.screenshot({ path: `${SCREENSHOTS}/readiness-open-lanes.zh-CN.png` });
    await page.context().close();
  });
});
