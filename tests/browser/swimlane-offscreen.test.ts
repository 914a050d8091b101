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

  it('draws a 250-stage swimlane’s columns near the view, and Tab walks a lane past them', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1280, height: 800 });
    const file = join(mkdtempSync(join(tmpdir(), 'ka-lanes-')), 'lanes.board.json');
    writeFileSync(file, fileText(laneBoard(250)));
    await page.getByTestId('import-input').setInputFiles(file);
    await page.locator('.board-row a').first().click();
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    await page.locator('th[data-step-id]').first().waitFor();
    const drawn = await page.locator('th[data-step-id]').count();
    expect(drawn).toBeLessThan(20);
    expect(await page.locator('table.swimlane').getAttribute('aria-colcount')).toBe('251');

    // From the first stage's owner, Tab goes along the owner lane into columns not drawn at first.
    await page.locator('td[data-lane="owner"] select').first().focus();
    const at = () =>
      page.evaluate(() => {
        const td = document.activeElement?.closest<HTMLElement>('td');
        return { lane: td?.dataset.lane, col: Number(td?.getAttribute('aria-colindex')) };
      });
    let where = await at();
    for (let i = 0; i < 200 && where.col < drawn + 12; i++) {
      await page.keyboard.press('Tab');
      where = await at();
      expect(where.lane).toBe('owner');
    }
    expect(where.col).toBeGreaterThanOrEqual(drawn + 12);
    // The focused cell is on screen, and still only a window of columns is drawn.
    const cell = page.locator(':focus').locator('xpath=ancestor::td[1]');
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(await page.locator('th[data-step-id]').count()).toBeLessThan(24);
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
