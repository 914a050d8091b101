import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();

describe('present mode in real Chromium', () => {
  it('walks every buying step in process order with the arrow keys; Escape leaves', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    // The column order, as the swimlane shows it.
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    const labels = await page.locator('th[data-step-id] .stage-label').allTextContents();
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
    await page.keyboard.press('Escape');
    await expect.poll(() => present.count()).toBe(0);
    await page.context().close();
  });
});
