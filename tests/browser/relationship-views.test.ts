import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The cell (stance, influence) the card of stakeholder `id` sits in. */
const cellOf = (page: Page, id: string) =>
  page.locator(`[data-card="${id}"]`).evaluate((el) => {
    const td = el.closest('td');
    return `${td?.dataset.stance}/${td?.dataset.influence}`;
  });

describe('relationship map views in real Chromium', () => {
  it('a pointer drag on the grid changes stance and influence: one undo entry, kept after reload', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    await page.getByRole('tab', { name: 'Stance grid' }).click();
    await page.getByTestId('grid-view').waitFor();
    expect(page.url()).toMatch(/\/grid$/);
    // The IT head is a skeptic of influence 4; drag him to supporter, influence 5.
    expect(await cellOf(page, 's-it')).toBe('skeptic/4');
    const from = await centre(page.locator('[data-card="s-it"]'));
    const to = await centre(page.locator('td[data-stance="supporter"][data-influence="5"]'));
    // A drag cancelled with Escape changes nothing.
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.locator('td.drop-target').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('td.drop-target').count()).toBe(0);
    await page.mouse.up();
    expect(await cellOf(page, 's-it')).toBe('skeptic/4');
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await expect
      .poll(() => page.locator('td.drop-target').getAttribute('data-stance'))
      .toBe('supporter');
    await page.mouse.up();
    await expect.poll(() => cellOf(page, 's-it')).toBe('supporter/5');
    expect(await page.getByRole('button', { name: /, Supporter, influence 5$/ }).count()).toBe(1);

    // One Ctrl+Z restores both fields, and nothing is left to undo: the drop was one entry.
    await page.keyboard.press('Control+z');
    await expect.poll(() => cellOf(page, 's-it')).toBe('skeptic/4');
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => cellOf(page, 's-it')).toBe('supporter/5');

    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    await page.reload();
    await page.getByTestId('grid-view').waitFor();
    expect(await cellOf(page, 's-it')).toBe('supporter/5');
    await page.context().close();
  });

  it('in Chinese, the arrow keys move a focused card one cell at a time', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN' });
    await openCrm(page);
    await page.getByRole('tab', { name: '态度矩阵' }).click();
    const vp = page.getByRole('button', { name: /^分管副总裁.*，未知，影响力 5$/ });
    await vp.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => cellOf(page, 's-vp')).toBe('supporter/5');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => cellOf(page, 's-vp')).toBe('neutral/5');
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.card),
    ).toBe('s-vp');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cellOf(page, 's-vp')).toBe('supporter/5');
    await page.getByRole('button', { name: /^技术部负责人/ }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: '属性' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.screenshot({ path: `${SCREENSHOTS}stance-grid.png` });
    await page.context().close();
  });

  it('coverage lines join our team to the people they own, and hide again', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    const lines = page.locator('.react-flow__edge.ka-edge-coverage');
    const team = page.locator('.react-flow__node-team');
    // Where a line arrives on a person exists only while the lines are shown.
    const arrivals = page.locator('.react-flow__handle.ka-owner-handle');
    expect(await lines.count()).toBe(0);
    expect(await arrivals.count()).toBe(0);
    await page.getByText('Layers').click();
    const toggle = page.getByRole('checkbox', {
      name: 'Coverage lines: our team → the people they own',
    });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    // CRM: three team members; only the sales head and the IT head have an owner.
    await expect.poll(() => team.count()).toBe(3);
    await expect.poll(() => lines.count()).toBe(2);
    expect(await arrivals.count()).toBe(7);
    expect(
      await page.getByRole('status').filter({ hasText: 'people have an owner' }).textContent(),
    ).toBe('2 of 7 people have an owner on our team');
    await expect.poll(() => team.first().isVisible()).toBe(true);
    expect(await page.locator('.ka-legend').textContent()).toContain('Our owner (coverage)');
    // Close the menu so the screenshot shows the map.
    await page.getByText('Layers').click();
    await page.screenshot({ path: `${SCREENSHOTS}coverage-lines.png` });
    await page.getByText('Layers').click();
    await toggle.uncheck();
    await expect.poll(() => lines.count()).toBe(0);
    expect(await team.count()).toBe(0);
    expect(await page.locator('.ka-legend').textContent()).not.toContain('Our owner');
    expect(await page.locator('.react-flow__node').count()).toBe(21);
    expect(await arrivals.count()).toBe(0);
    // Shown again, the people's handles are measured again and the lines come back.
    await toggle.check();
    await expect.poll(() => lines.count()).toBe(2);
    await page.context().close();
  });
});
