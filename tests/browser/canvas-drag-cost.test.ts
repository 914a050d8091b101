import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();

/** The dash pattern an `evaluates` link is drawn with right now. */
const evaluatesDash = (page: Page) =>
  page
    .locator('.ka-edge-evaluates path.react-flow__edge-path')
    .first()
    .evaluate((el) => getComputedStyle(el).strokeDasharray);

/** The arrow head an `approves` link is drawn with right now (`none` when it has none). */
const arrowHead = (page: Page) =>
  page
    .locator('.ka-edge-approves path.react-flow__edge-path')
    .first()
    .evaluate((el) => getComputedStyle(el).markerEnd);

const zoom = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/** The CRM example on the map, with the render counter on from the page's start. */
async function openCrmCountingRenders(): Promise<Page> {
  const page = await openApp(chromium.browser, { lang: 'en', width: 1600, height: 1000 });
  await page.addInitScript(() => {
    window.__KA_COUNT_RENDERS__ = true;
  });
  await page.reload();
  await openCrm(page);
  return page;
}

describe('what a drag costs', () => {
  it('never re-renders the palette or the legend while a node is dragged', async () => {
    const page = await openCrmCountingRenders();
    // Both are counted once mounted, so the counter is live for them.
    await expect
      .poll(() => page.evaluate(() => window.__kaRenderCounts?.palette ?? 0))
      .toBeGreaterThan(0);
    const step = page.locator('.react-flow__node-step').nth(2);
    const b = await step.boundingBox();
    if (!b) throw new Error('no step');
    await page.evaluate(() => {
      window.__kaRenderCounts = {};
    });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 60, b.y + b.height + 120, { steps: 20 });
    await page.mouse.up();
    // The drop is written to the board: the moved node shows its new place.
    await expect.poll(async () => (await step.boundingBox())?.y).toBeGreaterThan(b.y + 60);
    const counts = await page.evaluate(() => ({ ...window.__kaRenderCounts }));
    expect(counts.palette ?? 0).toBe(0);
    expect(counts.legend ?? 0).toBe(0);
    await page.context().close();
  });

  it('renders each card once when the map opens, not again when React Flow measures it', async () => {
    const page = await openCrmCountingRenders();
    // Measured and fitted: every node is shown.
    await expect
      .poll(() =>
        page
          .locator('.react-flow__node')
          .evaluateAll((els) =>
            els.every((el) => (el as HTMLElement).style.visibility !== 'hidden'),
          ),
      )
      .toBe(true);
    const ids = await page
      .locator('.react-flow__node-stakeholder, .react-flow__node-step')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
    expect(ids).toHaveLength(15);
    const counts = await page.evaluate(() => ({ ...window.__kaRenderCounts }));
    expect(ids.map((id) => counts[id])).toEqual(ids.map(() => 1));
    await page.context().close();
  });

  it('zoomed far out, renders no person card again when a team member is renamed', async () => {
    const page = await openCrmCountingRenders();
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    while ((await zoom(page)) >= 0.4) await zoomOut.click();
    await expect.poll(() => page.locator('.ka-canvas.ka-far').count()).toBe(1);
    const people = await page
      .locator('.react-flow__node-stakeholder')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!));
    await page.getByRole('tab', { name: 'Our team' }).click();
    const member = page.getByRole('listitem', { name: /^Team member / }).first();
    await page.evaluate(() => {
      window.__kaRenderCounts = {};
    });
    await member.getByLabel('Name', { exact: true }).fill('Renamed owner');
    await page.getByRole('listitem', { name: 'Team member Renamed owner' }).waitFor();
    // The cards do not show their owner this far out, so they do not look it up either.
    const counts = await page.evaluate(() => ({ ...window.__kaRenderCounts }));
    expect(people.filter((id) => counts[id])).toEqual([]);
    // Zoomed back in, the cards show the new name.
    while ((await zoom(page)) < 0.4) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.getByText('Ours: Renamed owner').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('draws link dashes at a readable zoom, solid lines further out and no arrow heads farthest out', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1600, height: 1000 });
    await openCrm(page);
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.5);
    expect(await evaluatesDash(page)).not.toBe('none');
    await page.screenshot({ path: `${SCREENSHOTS}links-dashed.png` });
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    while ((await zoom(page)) >= 0.5) await zoomOut.click();
    await expect.poll(() => evaluatesDash(page)).toBe('none');
    // Still told apart from a plain line: its own colour.
    const stroke = await page
      .locator('.ka-edge-evaluates path.react-flow__edge-path')
      .first()
      .evaluate((el) => getComputedStyle(el).stroke);
    expect(stroke).toBe('rgb(105, 65, 198)');
    // Arrow heads stay down to ARROW_MIN_ZOOM (0.3), and go below it.
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.3);
    expect(await arrowHead(page)).toMatch(/^url\(/);
    await page.screenshot({ path: `${SCREENSHOTS}links-far-out.png` });
    while ((await zoom(page)) >= 0.3) await zoomOut.click();
    await expect.poll(() => arrowHead(page)).toBe('none');
    await page.screenshot({ path: `${SCREENSHOTS}links-farthest-out.png` });
    // Back in, the arrow heads return.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => arrowHead(page)).toMatch(/^url\(/);
    await page.context().close();
  });

  it('draws a person’s influence as five dots in one element, named for screen readers', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1600, height: 1000 });
    await openCrm(page);
    const dots = page.locator('.react-flow__node-stakeholder .ka-dots');
    await expect.poll(() => dots.count()).toBeGreaterThan(5);
    const all = await dots.evaluateAll((els) =>
      els.map((el) => ({
        value: Number((el as HTMLElement).dataset.value),
        label: el.getAttribute('aria-label'),
        role: el.getAttribute('role'),
        elements: el.querySelectorAll('*').length + 1,
        text: el.textContent ?? '',
      })),
    );
    for (const d of all) {
      expect(d.role).toBe('img');
      expect(d.label).toBe(`Influence ${d.value} of 5`);
      expect(d.elements).toBe(1);
      // `value` filled dots, then the empty ones: five in all.
      expect(d.text).toBe('●'.repeat(d.value) + '○'.repeat(5 - d.value));
    }
    // At 100 %, the first person centred by the find box, for a look at the dots.
    await page.getByTestId('zoom-indicator').click();
    const first = page.locator('.react-flow__node-stakeholder').first();
    const name = (await first.locator('.ka-name').textContent()) ?? '';
    await page.getByRole('searchbox').fill(name);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await first.boundingBox())?.x ?? -1).toBeGreaterThan(300);
    await first.screenshot({ path: `${SCREENSHOTS}influence-dots.png` });
    await page.context().close();
  });

  it('shows the swimlane of the map after the cell changes', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1600, height: 1000 });
    await openCrm(page);
    await page.getByRole('tab', { name: 'Swimlane' }).click();
    await expect.poll(() => page.locator('th[data-step-id]').count()).toBe(8);
    await page.locator('td.lane-actions input.cell-add').first().fill('Call the CFO');
    await page.keyboard.press('Enter');
    await page
      .getByRole('button', { name: /Call the CFO/ })
      .first()
      .waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}swimlane-after-add.png` });
    await page.context().close();
  });
});
