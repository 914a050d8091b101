/**
 * The outline from the keyboard: one person added, named and linked to a step in at most 15 key
 * presses (every character typed counted), and one undo entry per row edit.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, SCREENSHOTS, sharedChromium } from './chromium';
import { newBoardOnOutline } from './outline';

const chromium = sharedChromium();
const app = resources.en.app;
const outline = resources.en.outline;
const LABELS = {
  newBoard: app.list.newBoard,
  title: app.list.title,
  account: app.list.account,
  outline: app.editor.outline,
};
const cell = (column: string, row: string) =>
  outline.cell.replace('{{column}}', column).replace('{{row}}', row);

describe('the outline from the keyboard', () => {
  it('adds, names and links one person in at most 15 key presses', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await newBoardOnOutline(page, LABELS);
    const newStep = page.getByLabel(cell(outline.col.label, outline.newStep), { exact: true });
    await newStep.fill('Vendor demos, evaluation');
    await newStep.press('Enter');
    await page.getByLabel(cell(outline.col.label, 'Vendor demos'), { exact: true }).waitFor();
    // A fresh start: the page reopened on the outline, nothing focused.
    await page.reload();
    await page.locator('.outline-view').waitFor();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    await press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      app.editor.skipToBoard,
    );
    await press('Enter');
    for (let i = 0; i < 4; i++) await press('Tab');
    const drives = page.getByLabel(cell(outline.col.drives, 'Vendor demos'), { exact: true });
    expect(await drives.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const ch of 'Wu Fang') await press(ch === ' ' ? 'Space' : ch);
    await press('Enter');
    console.log('keyboard presses', presses);
    expect(presses).toBeLessThanOrEqual(15);

    const name = page.getByLabel(cell(outline.col.name, 'Wu Fang'), { exact: true });
    await expect.poll(() => name.count()).toBe(1);
    expect(await drives.inputValue()).toBe('Wu Fang');
    await page.getByRole('tab', { name: app.editor.map }).click();
    await page.waitForSelector('.react-flow__node-stakeholder');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    expect(await page.locator('.react-flow__node-stakeholder').innerText()).toContain('Wu Fang');
    await page.context().close();
  });

  it('one row edit of several cells is one undo entry', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await newBoardOnOutline(page, LABELS);
    const newPerson = page.getByLabel(cell(outline.col.name, outline.newPerson), { exact: true });
    await newPerson.fill('Chen Jing, CFO, Finance');
    await newPerson.press('Enter');
    const title = page.getByLabel(cell(outline.col.title, 'Chen Jing'), { exact: true });
    await title.waitFor();
    // Three cells of the row changed with Tab between them, then Ctrl+Enter commits once.
    await title.fill('Group CFO');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Group Finance');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('supporter');
    await page.keyboard.press('Control+Enter');
    const stance = page.getByLabel(cell(outline.col.stance, 'Chen Jing'), { exact: true });
    await expect.poll(() => stance.inputValue()).toBe(resources.en.domain.stance.supporter);
    expect(await title.inputValue()).toBe('Group CFO');
    await page.screenshot({ path: join(SCREENSHOTS, 'outline-row-edit.png') });

    await page.getByRole('button', { name: app.editor.undo }).click();
    await expect.poll(() => title.inputValue()).toBe('CFO');
    expect(await stance.inputValue()).toBe(resources.en.domain.stance.unknown);
    expect(
      await page
        .getByLabel(cell(outline.col.department, 'Chen Jing'), { exact: true })
        .inputValue(),
    ).toBe('Finance');
    // The second undo takes the whole added row away.
    await page.getByRole('button', { name: app.editor.undo }).click();
    await expect.poll(() => title.count()).toBe(0);
    await page.context().close();
  });
});
