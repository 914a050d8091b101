/**
 * The map from the keyboard: one tab stop, the arrow keys move between cards, L opens "Add
 * link…" for the selected card, and Tab leaves the map for the side panel after its own tools, not after every card and link.
 */
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();
const canvas = resources.en.canvas;

describe('the map from the keyboard', () => {
  it('is one tab stop with arrow keys between cards; L opens Add link…', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    await openCrm(page);
    expect(await page.locator('.react-flow__node[tabindex="0"]').count()).toBe(1);
    // The other cards can take the focus from script or a click, not from Tab.
    expect(
      await page.locator('.react-flow__node-stakeholder:not([tabindex="-1"])').count(),
    ).toBeLessThanOrEqual(1);
    expect(await page.locator('.react-flow__edge[tabindex="0"]').count()).toBe(0);

    const focusedId = () =>
      page.evaluate(
        () => document.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id,
      );
    await page.locator('.react-flow__node[tabindex="0"]').focus();
    const first = await focusedId();
    expect(first).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedId).not.toBe(first);
    const second = await focusedId();
    expect(await page.locator('.react-flow__node[tabindex="0"]').getAttribute('data-id')).toBe(
      second,
    );

    // Enter selects the card, L opens its "Add link…" form with the focus in the target field.
    await page.keyboard.press('Enter');
    await page.locator(`.react-flow__node.selected[data-id="${second}"]`).waitFor();
    await page.keyboard.press('l');
    const form = page.getByRole('form', { name: canvas.mapTools.addLink });
    await form.waitFor();
    expect(
      await form
        .getByLabel(canvas.mapTools.addLinkTarget)
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);

    // From a card, Tab reaches the side panel in a few presses.
    await page.locator(`.react-flow__node[data-id="${second}"]`).focus();
    let presses = 0;
    while (presses < 30) {
      presses++;
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('.side-panel'))) break;
    }
    console.log('tabs from a card to the side panel', presses);
    // The map's own tools (legend, present, note, layout, layers, find, zoom controls) come first.
    expect(presses).toBeLessThanOrEqual(15);
    await page.context().close();
  });
});
