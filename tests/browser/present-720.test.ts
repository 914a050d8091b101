/** Present mode on a 1280×720 screen: the step and our stage for it are on screen together. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

describe('present mode at 1280×720', () => {
  it('shows the step and our stage together without scrolling', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1280, height: 720 });
    await openCrm(page);
    await page.getByRole('button', { name: 'Present' }).click();
    const present = page.getByTestId('present');
    await present.waitFor();
    const step = await present.locator('.present-step h2').boundingBox();
    const stage = await present.locator('.present-column h3').boundingBox();
    expect(step).not.toBeNull();
    expect(stage).not.toBeNull();
    expect(step!.y).toBeGreaterThanOrEqual(0);
    // Our stage's heading and its first lane are above the fold.
    expect(stage!.y + stage!.height).toBeLessThanOrEqual(720);
    const firstLane = await present.locator('.present-column dt').first().boundingBox();
    expect(firstLane!.y + firstLane!.height).toBeLessThanOrEqual(720);
    expect(await present.evaluate((el) => el.scrollTop)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'present-1280x720.png') });
    await page.context().close();
  });
});
