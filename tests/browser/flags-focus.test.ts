import { describe, expect, it } from 'vitest';
import { openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();

describe('a flag clicked in the swimlane', () => {
  it('switches to the map, selects its stakeholder and brings it to the middle', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1400, height: 900 });
    await openCrm(page);
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    await page.getByRole('tab', { name: 'Flags' }).click();
    // The finance manager (s-fin) is a key player nobody has met.
    const flag = page.locator('li[data-code="map.key-player-unengaged"] button', {
      hasText: '财务经理',
    });
    await flag.first().click();
    const node = page.locator('.react-flow__node[data-id="s-fin"]');
    await node.waitFor();
    await expect.poll(() => node.getAttribute('class')).toContain('selected');
    const pane = await page.locator('.react-flow').boundingBox();
    // Let the centring animation finish, then the node's centre sits near the pane's centre.
    await expect
      .poll(async () => {
        const box = await node.boundingBox();
        if (!box || !pane) return Infinity;
        const dx = box.x + box.width / 2 - (pane.x + pane.width / 2);
        const dy = box.y + box.height / 2 - (pane.y + pane.height / 2);
        return Math.round(Math.hypot(dx, dy));
      })
      .toBeLessThan(40);
    await page.context().close();
  });
});
