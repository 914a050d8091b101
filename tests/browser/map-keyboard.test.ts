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
    // Counts the moments the focus left a card for nowhere (keys pressed then would go astray).
    await page.evaluate(() => {
      const w = window as unknown as { __dropped: number };
      w.__dropped = 0;
      document.addEventListener('focusout', (e) => {
        if (e.relatedTarget === null) w.__dropped++;
      });
    });
    await page.keyboard.press('ArrowRight');
    // The focus lands on another card (not on the way, on the canvas), which becomes the tab stop.
    await expect
      .poll(async () => {
        const id = await focusedId();
        return id !== undefined && id !== first;
      })
      .toBe(true);
    const second = await focusedId();
    await expect
      .poll(() => page.locator('.react-flow__node[tabindex="0"]').getAttribute('data-id'))
      .toBe(second);
    expect(await page.evaluate(() => (window as unknown as { __dropped: number }).__dropped)).toBe(
      0,
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

    // Shift+1 shows the whole map: every card inside the map's box.
    await page.keyboard.press('Escape');
    const allInside = () =>
      page.evaluate(() => {
        const map = document.querySelector('.react-flow')!.getBoundingClientRect();
        return [...document.querySelectorAll('.react-flow__node')].every((n) => {
          const r = n.getBoundingClientRect();
          return (
            r.left >= map.left - 1 &&
            r.right <= map.right + 1 &&
            r.top >= map.top - 1 &&
            r.bottom <= map.bottom + 1
          );
        });
      });
    // Zoomed in first, so some cards are outside the map.
    await page.locator('.react-flow__controls-zoomin').click();
    await page.locator('.react-flow__controls-zoomin').click();
    await expect.poll(allInside).toBe(false);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Shift+Digit1');
    await expect.poll(allInside).toBe(true);

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
