import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, openCrm, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();

interface Box {
  id: string;
  type: string;
  parent: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Node boxes in flow units (React Flow's own measurement, independent of the zoom). */
async function flowBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('.react-flow__node', (els) => {
    const zoom = Number(
      /scale\(([\d.]+)\)/.exec(
        (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform,
      )?.[1] ?? 1,
    );
    return els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-id') ?? '',
        type: [...el.classList].find((c) => c.startsWith('react-flow__node-'))?.slice(17) ?? '',
        parent: '',
        x: r.x / zoom,
        y: r.y / zoom,
        w: r.width / zoom,
        h: r.height / zoom,
      };
    });
  });
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, f: Box) =>
  a.x >= f.x - 1 && a.y >= f.y - 1 && a.x + a.w <= f.x + f.w + 1 && a.y + a.h <= f.y + f.h + 1;

describe('readable nodes in the CRM example', () => {
  it('shows full step names in two lines, with a title, without overlaps', async () => {
    const page = await openApp(chromium.browser, { lang: 'zh-CN', width: 1600, height: 1000 });
    await openCrm(page);
    const names = await page.$$eval('.react-flow__node-step .ka-name', (els) =>
      els.map((el) => ({
        text: el.textContent,
        title: el.getAttribute('title'),
        cut: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
        size: parseFloat(getComputedStyle(el).fontSize),
      })),
    );
    expect(names).toHaveLength(8);
    for (const n of names) {
      expect(n.title).toBe(n.text);
      expect(n.cut, `${n.text} is cut off`).toBe(false);
      expect(n.size).toBeGreaterThanOrEqual(17);
    }
    // The kind name is never pushed out by the flag badge.
    const kinds = await page.$$eval('.react-flow__node-step .ka-sub', (els) =>
      els.map((el) => el.scrollWidth <= el.clientWidth + 1),
    );
    expect(kinds.every(Boolean)).toBe(true);
    const all = await flowBoxes(page);
    const frames = all.filter((b) => b.type === 'department');
    const nodes = all.filter((b) => b.type !== 'department');
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1)) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
    }
    for (const p of nodes.filter((b) => b.type === 'stakeholder')) {
      expect(
        frames.some((f) => inside(p, f)),
        `${p.id} sticks out of its frame`,
      ).toBe(true);
    }
    await page.context().close();
  });
});

describe('selection, palette clicks and shortcuts', () => {
  it('shows a selected link clearly', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1600, height: 1000 });
    await openCrm(page);
    const path = page.locator('.react-flow__edge.ka-edge-next .react-flow__edge-path').first();
    const look = () =>
      path.evaluate((el) => {
        const s = getComputedStyle(el);
        return { width: parseFloat(s.strokeWidth), filter: s.filter };
      });
    const before = await look();
    await page.locator('.react-flow__edge.ka-edge-next').first().click({ force: true });
    await expect.poll(() => page.locator('.react-flow__edge.selected').count()).toBe(1);
    const after = await look();
    expect(after.width).toBeGreaterThanOrEqual(before.width + 2);
    expect(after.filter).not.toBe(before.filter);
    await page.screenshot({ path: join(SCREENSHOTS, 'canvas-selected-link.png') });
    await page.context().close();
  });

  it('spreads items added by clicks instead of stacking them', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1500, height: 950 });
    const app = resources.en.app;
    await page.getByRole('button', { name: app.list.newBoard }).click();
    await page.getByLabel(app.list.title).fill('Cascade');
    await page.getByLabel(app.list.account).fill('ACME');
    await page.getByRole('button', { name: app.list.create }).click();
    await page.waitForSelector('.react-flow__pane');
    for (let i = 0; i < 3; i += 1) await page.getByTestId('palette-need').click();
    await page.getByTestId('palette-person-cfo').click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    const all = await flowBoxes(page);
    const spots = new Set(all.map((b) => `${Math.round(b.x)},${Math.round(b.y)}`));
    expect(spots.size).toBe(4);
    const steps = all.filter((b) => b.type === 'step');
    // Each step clicked while the last one is selected goes to its right, in the same row.
    expect(steps[1]!.x).toBeGreaterThan(steps[0]!.x + steps[0]!.w);
    expect(steps[2]!.x).toBeGreaterThan(steps[1]!.x + steps[1]!.w);
    expect(new Set(steps.map((b) => Math.round(b.y))).size).toBe(1);
    // A new step gets its kind name, so it never shows up blank. (The view followed the chained
    // row to the right, so the last step is the one in view.)
    await page.locator('.react-flow__node-step').last().click();
    await expect
      .poll(() => page.getByLabel(resources.en.canvas.inspector.label).inputValue())
      .toBe(resources.en.domain.kind.need);
    await page.context().close();
  });

  it('leaves keys on side-panel controls and text selections alone', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1600, height: 1000 });
    await openCrm(page);
    const step = page.locator('.react-flow__node-step').first();
    await step.click();
    await page.getByRole('tab', { name: resources.en.app.panel.team }).focus();
    await page.keyboard.press('Delete');
    // Keys are handled in order: once the next key (Tab) has moved focus to the next tab, the
    // Delete before it has been handled, and it must have deleted nothing.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .not.toBe(resources.en.app.panel.team);
    expect(await page.locator('.react-flow__node').count()).toBe(21);
    await step.click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(20);
    await page.context().close();
  });
});
