import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileText, laneBoard } from '../../support/boards';
import { openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();

describe('the swimlane out of view', () => {
  it('skips drawing the lists out of view, keeps their text in the page and draws them when scrolled to', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1024, height: 768 });
    const file = join(mkdtempSync(join(tmpdir(), 'ka-lanes-')), 'lanes.board.json');
    writeFileSync(file, fileText(laneBoard(30)));
    await page.getByTestId('import-input').setInputFiles(file);
    await page.locator('.board-row a').first().click();
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    await expect.poll(() => page.locator('th[data-step-id]').count()).toBe(30);

    // The last of 30 stages' system-support list sits far right of a 1024-px window.
    const lastList = page.locator('td.lane-systems').last().locator('.cell-list');
    const drawn = () =>
      lastList.evaluate((el) => {
        const first = el.firstElementChild;
        return first ? first.checkVisibility({ contentVisibilityAuto: true }) : false;
      });
    expect(await drawn()).toBe(false);
    // Still in the page: find-in-page and assistive tech read it.
    expect(await lastList.locator('input.cell-add').count()).toBe(1);

    await page
      .locator('th[data-step-id]')
      .last()
      .evaluate((el) => el.scrollIntoView({ inline: 'end' }));
    await expect.poll(drawn).toBe(true);
    await page.context().close();
  });

  it('shows an entry’s tools on keyboard focus, not only on hover', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    await openCrm(page);
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    const chip = page.locator('td.lane-systems li.chip').first();
    await chip.waitFor();
    const remove = chip.getByRole('button', { name: /^Remove/ });
    const colour = () => remove.evaluate((el) => getComputedStyle(el).color);
    const HIDDEN = 'rgba(0, 0, 0, 0)';
    expect(await colour()).toBe(HIDDEN);

    await chip.locator('.chip-text').focus();
    await page.keyboard.press('Tab');
    // The first entry cannot move up: Tab reaches "Move down" or "Remove", drawn visibly.
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('aria-label')).toMatch(/^(Move .* down|Remove)/);
    expect(await colour()).not.toBe(HIDDEN);

    await focused.evaluate((el) => (el as HTMLElement).blur());
    await page.mouse.move(0, 0);
    await expect.poll(colour).toBe(HIDDEN);
    await chip.hover();
    await expect.poll(colour).not.toBe(HIDDEN);
    await page.context().close();
  });
});
