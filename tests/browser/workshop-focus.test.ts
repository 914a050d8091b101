import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CRM, openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();
const crm = JSON.parse(readFileSync(CRM, 'utf8')) as {
  board: {
    stakeholders: { id: string }[];
    steps: { id: string }[];
    links: { source: string; target: string; type: string }[];
  };
};

const opacity = (page: Page, id: string) =>
  page
    .locator(`.react-flow__node[data-id="${id}"]`)
    .evaluate((el) => Number(getComputedStyle(el).opacity));

describe('focus and layers in real Chromium', () => {
  it('selecting a step dims unrelated nodes and keeps its stakeholders; layers hide links', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    const step = 'p-need';
    const drivers = crm.board.links.filter((l) => l.target === step).map((l) => l.source);
    const unrelated = crm.board.stakeholders.map((s) => s.id).find((id) => !drivers.includes(id))!;
    expect(drivers.length).toBeGreaterThan(0);
    expect(await opacity(page, unrelated)).toBe(1);

    await page.locator(`.react-flow__node[data-id="${step}"]`).click();
    await expect.poll(() => opacity(page, unrelated)).toBeLessThan(0.5);
    expect(await opacity(page, step)).toBe(1);
    for (const id of drivers) expect(await opacity(page, id)).toBe(1);
    expect(await opacity(page, 'p-sign')).toBeLessThan(0.5);

    // Clicking the empty pane clears the selection and the focus.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 600 } });
    await expect.poll(() => opacity(page, unrelated)).toBe(1);

    // Layers: hide the approval links only.
    await page.getByText('Layers').click();
    const approves = page.locator('.ka-edge-approves');
    const n = await approves.count();
    expect(n).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Approves' }).uncheck();
    await expect.poll(() => approves.first().isVisible()).toBe(false);
    expect(await page.locator('.ka-edge-drives').first().isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: 'Buying steps' }).uncheck();
    await expect.poll(() => page.locator('.react-flow__node-step').first().isVisible()).toBe(false);
    await page.context().close();
  });

  it("a drag keeps the look it began with; the dragged node's focus shows on the drop", async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    const person = crm.board.links.find((l) => l.target === 'p-need')!.source;
    const node = page.locator(`.react-flow__node[data-id="${person}"]`);
    const faded = () =>
      page.$$eval(
        '.react-flow__node',
        (els) => els.filter((el) => Number(getComputedStyle(el).opacity) < 1).length,
      );
    expect(await faded()).toBe(0);
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 12);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width / 2 + i * 5, box.y + 12);
    await expect.poll(() => node.evaluate((el) => el.classList.contains('dragging'))).toBe(true);
    // Selected by the drag, yet nothing dims while it moves (a frame later, still nothing).
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    expect(await faded()).toBe(0);
    await page.mouse.up();
    await expect.poll(faded).toBeGreaterThan(0);
    expect(await opacity(page, person)).toBe(1);
    await page.context().close();
  });
});
