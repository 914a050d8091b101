import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, sharedChromium } from './chromium';

const chromium = sharedChromium();

async function newBoard(page: Page, lang: 'en' | 'zh-CN') {
  const app = resources[lang].app;
  await page.getByRole('button', { name: app.list.newBoard }).click();
  await page.getByLabel(app.list.title).fill('Canvas test');
  await page.getByLabel(app.list.account).fill('ACME');
  await page.getByRole('button', { name: app.list.create }).click();
  await page.waitForURL(/#\/board\//);
  await page.waitForSelector('.react-flow__pane');
}

async function paneBox(page: Page) {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no pane');
  return box;
}

async function dropFromPalette(page: Page, testId: string, x: number, y: number) {
  await page.getByTestId(testId).dragTo(page.locator('.react-flow__pane'), {
    targetPosition: { x, y },
  });
}

async function centre(loc: Locator) {
  const b = await loc.boundingBox();
  if (!b) throw new Error('not visible');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2, box: b };
}

/** A mouse drag in small steps, as a person would do it. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

const node = (page: Page, sel: string) => page.locator(`.react-flow__node-${sel}`);
const transformOf = (loc: Locator) => loc.evaluate((el) => (el as HTMLElement).style.transform);

async function snapshot(page: Page) {
  return page.evaluate(() => ({
    nodes: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => [
        n.dataset.id,
        n.style.transform,
      ]),
    ),
    edges: [...document.querySelectorAll('.react-flow__edge')]
      .map((e) => e.getAttribute('data-id') ?? '')
      .sort(),
  }));
}

describe.each(['en', 'zh-CN'] as const)('drawing on the map (%s)', (lang) => {
  const canvas = resources[lang].canvas;
  const domain = resources[lang].domain;

  it('adds, connects, moves, frames, deletes and keeps it all after a reload', async () => {
    const page = await openApp(chromium.browser, { lang, width: 1500, height: 950 });
    await newBoard(page, lang);
    await expect.poll(() => page.getByTestId('empty-hint').textContent()).toBe(canvas.emptyHint);

    // Palette drops land where dropped.
    await dropFromPalette(page, 'palette-need', 120, 400);
    await dropFromPalette(page, 'palette-evaluation', 420, 400);
    await dropFromPalette(page, 'palette-person-cfo', 420, 150);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(3);
    expect(await page.getByTestId('empty-hint').count()).toBe(0);
    const pane = await paneBox(page);
    const need = await centre(node(page, 'step').first());
    expect(Math.abs(need.x - (pane.x + 120))).toBeLessThan(20);
    expect(Math.abs(need.y - (pane.y + 400))).toBeLessThan(20);
    // The new item is selected and in the inspector.
    await expect
      .poll(() => page.getByLabel(canvas.inspector.name).inputValue())
      .toBe(canvas.preset.cfo.name);

    // step -> step: only `next` fits, drawn at once.
    const steps = node(page, 'step');
    await drag(
      page,
      await centre(steps.nth(0).locator('.react-flow__handle-right')),
      await centre(steps.nth(1).locator('.react-flow__handle-left')),
    );
    await expect.poll(() => page.locator('.ka-edge-next').count()).toBe(1);

    // person -> step: the CFO (a decision maker) drives, made at once and selected; its type
    // is switched in the inspector.
    const cfo = node(page, 'stakeholder').first();
    await drag(
      page,
      await centre(cfo.locator('.react-flow__handle-bottom')),
      await centre(steps.nth(1).locator('.react-flow__handle-top')),
    );
    await expect.poll(() => page.locator('.ka-edge-drives').count()).toBe(1);
    await page
      .locator('label.ka-field', { has: page.getByText(canvas.inspector.type, { exact: true }) })
      .locator('select')
      .selectOption({ label: domain.link.approves });
    await expect.poll(() => page.locator('.ka-edge-approves').count()).toBe(1);

    // The same link again is refused with a reason, and nothing is stored.
    await drag(
      page,
      await centre(steps.nth(0).locator('.react-flow__handle-right')),
      await centre(steps.nth(1).locator('.react-flow__handle-left')),
    );
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain(canvas.connect.reason.duplicate);
    expect(await page.locator('.react-flow__edge').count()).toBe(2);

    // Drag a node, then undo and redo.
    const before = await transformOf(steps.nth(0));
    const s0 = await centre(steps.nth(0));
    await drag(page, s0, { x: s0.x, y: s0.y + 150 });
    const after = await transformOf(steps.nth(0));
    expect(after).not.toBe(before);
    await page.keyboard.press('Control+z');
    await expect.poll(() => transformOf(steps.nth(0))).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => transformOf(steps.nth(0))).toBe(after);

    // A department: drop it, drag the person in, then move the frame and the person follows.
    await dropFromPalette(page, 'palette-department', 900, 250);
    const frame = node(page, 'department');
    await expect.poll(() => frame.count()).toBe(1);
    const frameBox = await centre(frame);
    const c = await centre(cfo);
    await drag(page, { x: c.x, y: c.box.y + 12 }, { x: frameBox.x, y: frameBox.y - 30 });
    await cfo.click();
    const deptSelect = page.getByLabel(canvas.inspector.department);
    await expect
      .poll(() => deptSelect.locator('option:checked').textContent())
      .toBe(canvas.newDepartment);
    const personBefore = await centre(cfo);
    const title = await centre(frame.locator('.ka-frame-title'));
    await drag(page, title, { x: title.x - 200, y: title.y + 60 });
    await expect.poll(async () => Math.round((await centre(cfo)).x - personBefore.x)).toBe(-200);
    expect(Math.round((await centre(cfo)).y - personBefore.y)).toBe(60);

    // Delete with the keyboard: the step and its links go.
    await steps.nth(1).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(3);
    expect(await page.locator('.react-flow__edge').count()).toBe(0);

    // After a reload, positions and links are as left.
    await dropFromPalette(page, 'palette-signing', 500, 600);
    await expect.poll(() => node(page, 'step').count()).toBe(2);
    await drag(
      page,
      await centre(steps.nth(0).locator('.react-flow__handle-right')),
      await centre(steps.nth(1).locator('.react-flow__handle-left')),
    );
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    const left = await snapshot(page);
    await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
    await page.reload();
    await page.waitForSelector('.react-flow__node-step');
    await expect.poll(() => snapshot(page)).toEqual(left);
    await page.context().close();
  });
});
