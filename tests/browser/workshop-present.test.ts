import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CRM, SCREENSHOTS, openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();
const crm = JSON.parse(readFileSync(CRM, 'utf8')) as {
  board: { stakeholders: { id: string }[]; links: { source: string; target: string }[] };
};

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const opacity = (page: Page, id: string) =>
  node(page, id).evaluate((el) => Number(getComputedStyle(el).opacity));

/** How far the node's centre is from the map area's centre, as a share of the area's size. */
async function offCentre(page: Page, id: string): Promise<number> {
  const area = await page.locator('.react-flow').boundingBox();
  const box = await node(page, id).boundingBox();
  if (!area || !box) return Infinity;
  const dx = Math.abs(box.x + box.width / 2 - (area.x + area.width / 2)) / area.width;
  const dy = Math.abs(box.y + box.height / 2 - (area.y + area.height / 2)) / area.height;
  return Math.max(dx, dy);
}

describe('present mode in real Chromium', () => {
  it('walks every buying step in process order with the arrow keys; Escape leaves', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    // The column order, as the swimlane shows it.
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    const labels = await page.locator('th[data-step-id] .stage-label').allTextContents();
    const ids = await page
      .locator('th[data-step-id]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-step-id') ?? ''));
    expect(labels).toHaveLength(8);
    await page.getByRole('tab', { name: 'Buying map' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    const present = page.getByTestId('present');
    await present.waitFor();
    const seen: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      await expect
        .poll(() => page.getByTestId('present-position').textContent())
        .toBe(`Step ${i + 1} of ${labels.length}`);
      seen.push((await page.getByTestId('present-step-name').textContent()) ?? '');
      // The live map is centred on the step and focused on it: unrelated people are dimmed.
      const step = ids[i]!;
      await expect.poll(() => offCentre(page, step)).toBeLessThan(0.15);
      const related = new Set(
        crm.board.links.flatMap((l) =>
          l.source === step ? [l.target] : l.target === step ? [l.source] : [],
        ),
      );
      const unrelated = crm.board.stakeholders.map((s) => s.id).find((id) => !related.has(id));
      if (unrelated) await expect.poll(() => opacity(page, unrelated)).toBeLessThan(0.5);
      expect(await opacity(page, step)).toBe(1);
      if (i === 3) await page.screenshot({ path: join(SCREENSHOTS, 'workshop-present.png') });
      await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(labels);
    // Past the last step it stays on the last; ArrowLeft goes back.
    expect(await page.getByTestId('present-position').textContent()).toBe('Step 8 of 8');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('present-position').textContent()).toBe('Step 7 of 8');
    // Editing chrome is covered: the palette is not reachable under the overlay.
    expect(await present.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    // Editing chrome is hidden while presenting.
    expect(await page.locator('.ka-palette').isVisible()).toBe(false);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => present.count()).toBe(0);
    // Leaving restores the editor and the selection from before (none): nothing is dimmed.
    await page.locator('.ka-palette').waitFor();
    await expect.poll(() => opacity(page, ids[0]!)).toBe(1);
    expect(await opacity(page, crm.board.stakeholders[0]!.id)).toBe(1);
    await page.context().close();
  });
});
