import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Board, LinkType } from '../../src/domain/types';
import { LINK_LOOKS } from '../../src/look/linkStyles';
import { resources } from '../../src/i18n/resources';
import { openApp, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();
const en = resources.en;
const TEMPLATES = new URL('../../templates/en/', import.meta.url).pathname;

/** Imports a board file (given as an object) from the board list and opens it on the map. */
async function openBoard(page: Page, file: unknown, nodes: number) {
  await page.getByTestId('import-input').setInputFiles({
    name: 'board.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect.poll(() => page.locator('.board-row').count(), { timeout: 15_000 }).toBe(1);
  await page.locator('.board-row a').first().click();
  await page.waitForSelector('.react-flow__node');
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(nodes);
}

function template(name: string): { board: Board } {
  return JSON.parse(readFileSync(join(TEMPLATES, name), 'utf8')) as { board: Board };
}

async function newBoard(page: Page) {
  await page.getByRole('button', { name: en.app.list.newBoard }).click();
  await page.getByLabel(en.app.list.title).fill('Map test');
  await page.getByLabel(en.app.list.account).fill('ACME');
  await page.getByRole('button', { name: en.app.list.create }).click();
  await page.waitForURL(/#\/board\//);
  await page.waitForSelector('.react-flow__pane');
}

async function box(loc: Locator) {
  const b = await loc.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

/** A mouse drag in small steps, as a person would do it. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

const centreOf = (b: { x: number; y: number; width: number; height: number }) => ({
  x: b.x + b.width / 2,
  y: b.y + b.height / 2,
});

describe('linking on the map', () => {
  it('connects a drop anywhere on a card body, and says why a drop on a frame is refused', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1400, height: 900 });
    await newBoard(page);
    const drop = (id: string, x: number, y: number) =>
      page.getByTestId(id).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x, y } });
    await drop('palette-person-cfo', 200, 150);
    await drop('palette-need', 250, 450);
    await drop('palette-evaluation', 650, 450);
    await drop('palette-department', 800, 150);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    const steps = page.locator('.react-flow__node-step');

    // Step -> step, let go on the lower left of the card: far from every handle (> 40 px).
    const target = await box(steps.nth(1));
    const out = centreOf(await box(steps.nth(0).locator('.react-flow__handle-right')));
    const onBody = { x: target.x + 45, y: target.y + target.height - 6 };
    await drag(page, out, onBody);
    await expect.poll(() => page.locator('.ka-edge-next').count()).toBe(1);

    // Person -> step body: a CFO (a decision maker) drives, made at once without a picker.
    const cfo = page.locator('.react-flow__node-stakeholder');
    const bottom = centreOf(await box(cfo.locator('.react-flow__handle-bottom')));
    const need = await box(steps.nth(0));
    await drag(page, bottom, { x: need.x + need.width - 20, y: need.y + need.height - 6 });
    await expect.poll(() => page.locator('.ka-edge-drives').count()).toBe(1);
    expect(await page.getByRole('dialog', { name: en.canvas.connect.pick }).count()).toBe(0);

    // A drop on a department frame's body is refused with the reason.
    const frame = await box(page.locator('.react-flow__node-department'));
    await drag(page, out, { x: frame.x + frame.width / 2, y: frame.y + frame.height - 30 });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain(en.canvas.connect.reason.group);
    expect(await page.locator('.react-flow__edge').count()).toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'map-connect-body.png') });
    await page.context().close();
  });

  it('adds a link from the inspector with the keyboard, offering only the valid types', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1400, height: 900 });
    await openBoard(page, template('expense-reimbursement.board.json'), 26);
    const board = template('expense-reimbursement.board.json').board;
    const person = board.stakeholders[0]!;
    const step = board.steps.find(
      (s) => !board.links.some((l) => l.source === person.id && l.target === s.id),
    )!;
    await page.getByTestId(`rf__node-${person.id}`).click();
    await page.getByRole('button', { name: en.canvas.mapTools.addLink }).click();
    await page.keyboard.type(step.label);
    const type = page.getByRole('combobox', { name: en.canvas.mapTools.addLinkType });
    const options = await type.locator('option').allTextContents();
    expect(options.sort()).toEqual(
      ['drives', 'approves', 'evaluates', 'informed']
        .map((k) => en.domain.link[k as 'drives'])
        .sort(),
    );
    await type.selectOption({ label: en.domain.link.approves });
    const before = await page.locator('.ka-edge-approves').count();
    await page.getByRole('button', { name: en.canvas.mapTools.addLinkAdd }).press('Enter');
    await expect.poll(() => page.locator('.ka-edge-approves').count()).toBe(before + 1);
    await page.context().close();
  });
});

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placing new items', () => {
  it('puts palette clicks in free spots near the centre, chains steps, never under the minimap', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1400, height: 900 });
    await newBoard(page);
    /** Clicks a palette entry; the new (selected) item is clear of every card and every panel. */
    const click = async (id: string, nodes: number) => {
      await page.getByTestId(id).click();
      await expect.poll(() => page.locator('.react-flow__node').count()).toBe(nodes);
      // The view may pan to a new item: wait until it stands still for a few frames.
      await page.evaluate(async () => {
        const vp = document.querySelector('.react-flow__viewport')!;
        let last = '';
        for (let same = 0; same < 3;) {
          await new Promise((r) => requestAnimationFrame(r));
          const now = vp.getAttribute('style') ?? '';
          same = now === last ? same + 1 : 0;
          last = now;
        }
      });
      const added = await box(page.locator('.react-flow__node.selected'));
      const others = await page
        .locator('.react-flow__node:not(.selected), .react-flow__panel')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
      for (const o of others) expect(overlap(added, o), `${id} covers something`).toBe(false);
      // At least its top-left corner is in view, near where the person is looking.
      const pane = await box(page.locator('.react-flow__pane'));
      expect(added.x >= pane.x && added.y >= pane.y).toBe(true);
      expect(added.x < pane.x + pane.width && added.y < pane.y + pane.height).toBe(true);
    };
    // Three steps in a row: each is added after the selected one and chained to it.
    await click('palette-need', 1);
    await click('palette-evaluation', 2);
    await click('palette-budget', 3);
    await expect.poll(() => page.locator('.ka-edge-next').count()).toBe(2);
    await page.keyboard.press('Escape');
    let n = 3;
    for (const id of [
      'palette-person-cfo',
      'palette-person-it',
      'palette-person-kp',
      'palette-department',
    ]) {
      n += 1;
      await click(id, n);
    }
    await page.keyboard.press('Escape');
    for (const id of ['palette-department', 'palette-department']) {
      n += 1;
      await click(id, n);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'map-palette-clicks.png') });
    // In the end no two items overlap.
    const boxes = await page
      .locator('.react-flow__node')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1)
        expect(overlap(boxes[i]!, boxes[j]!), `items ${i} and ${j} overlap`).toBe(false);
    // Chained steps run left to right in the order they were added.
    const steps = await page
      .locator('.react-flow__node-step')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    await page.screenshot({ path: join(SCREENSHOTS, 'map-palette-clicks.png') });
    await page.context().close();
  });
});

describe('rework loops', () => {
  it('draws a next link back in process order as a loop under the row, its label clear', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1600, height: 900 });
    const file = template('expense-reimbursement.board.json');
    await openBoard(page, file, 26);
    const loop = page.locator('[data-id="l-5"]');
    await expect.poll(() => loop.getAttribute('class')).toContain('react-flow__edge-loop');
    const path = await box(loop.locator('.react-flow__edge-path'));
    const stepBoxes = await page
      .locator('.react-flow__node-step')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
    const rowBottom = Math.max(...stepBoxes.map((b) => b.y + b.height));
    expect(path.y + path.height).toBeGreaterThan(rowBottom);
    // The label sits on the loop's bottom run, below every card, and is what the pointer finds.
    const label = await box(loop.locator('.react-flow__edge-text'));
    expect(label.y).toBeGreaterThan(rowBottom);
    const hit = await page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('.react-flow__edge')?.getAttribute('data-id'),
      centreOf(label),
    );
    expect(hit).toBe('l-5');
    expect(await loop.locator('.react-flow__edge-text').textContent()).toBe(
      file.board.links.find((l) => l.id === 'l-5')!.label,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'map-rework-loop.png') });
    await page.context().close();
  });
});

/** A board of 40 people in 4 departments and 6 steps, spread wide. */
function bigBoard(): unknown {
  const base = template('expense-reimbursement.board.json').board;
  const groups = [0, 1, 2, 3].map((g) => ({
    id: `g${g}`,
    label: `Division ${g}`,
    position: { x: g * 1400, y: 0 },
    size: { width: 1300, height: 1400 },
  }));
  const stakeholders = Array.from({ length: 40 }, (_, i) => ({
    id: `s${i}`,
    name: `Person ${String(i).padStart(2, '0')}`,
    title: i === 37 ? 'Chief Auditor' : `Role ${i}`,
    groupId: `g${i % 4}`,
    roles: ['user'],
    position: {
      x: (i % 4) * 1400 + 40 + (Math.floor(i / 4) % 5) * 240,
      y: 60 + Math.floor(i / 20) * 600,
    },
  }));
  const steps = Array.from({ length: 6 }, (_, i) => ({
    id: `p${i}`,
    label: `Step ${i}`,
    kind: 'custom',
    position: { x: i * 900, y: 2000 },
  }));
  return {
    format: 'ka-buying-canvas',
    version: 1,
    board: {
      ...base,
      id: 'big',
      title: 'Forty people',
      stakeholders,
      steps,
      groups,
      links: [],
      sales: {},
      team: [],
    },
  };
}

describe('find, zoom and arrow heads', () => {
  it('Ctrl+F finds a person by title on a 40-person board, selects and centres it', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1400, height: 900 });
    await openBoard(page, bigBoard(), 50);
    await page.keyboard.press('Control+f');
    const input = page.getByRole('searchbox', { name: en.canvas.mapTools.find });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('chief auditor');
    await page.keyboard.press('Enter');
    const person = page.getByTestId('rf__node-s37');
    await expect.poll(() => person.getAttribute('class')).toContain('selected');
    const pane = centreOf(await box(page.locator('.react-flow__pane')));
    await expect
      .poll(async () => {
        const c = centreOf(await box(person));
        return Math.round(Math.hypot(c.x - pane.x, c.y - pane.y));
      })
      .toBeLessThan(5);
    // By department: the first member of Division 2, then Enter again for the next one.
    await input.fill('division 2');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByLabel(en.canvas.inspector.name).inputValue())
      .toBe('Person 02');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByLabel(en.canvas.inspector.name).inputValue())
      .toBe('Person 06');
    await page.screenshot({ path: join(SCREENSHOTS, 'map-find.png') });
    await page.context().close();
  });

  it('shows the zoom in per cent and resets it to 100 %', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1400, height: 900 });
    await openBoard(page, template('national-bank-core-system.board.json'), 29);
    const zoom = page.getByTestId('zoom-indicator');
    const shown = async () => Number((await zoom.textContent())?.replace(/\D/g, ''));
    const transform = () =>
      page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
    // The bank board is fitted on open, well below 100 %; the indicator says so.
    const scale = await transform().then((m) => Number(m.split(',')[0]?.replace('matrix(', '')));
    expect(await shown()).toBe(Math.round(scale * 100));
    expect(await shown()).toBeLessThan(100);
    await zoom.click();
    await expect.poll(shown).toBe(100);
    await expect.poll(transform).toMatch(/^matrix\(1, 0, 0, 1,/);
    expect(await zoom.getAttribute('aria-label')).toBe(
      en.canvas.mapTools.zoom.replace('{{percent}}', '100'),
    );
    await page.context().close();
  });

  it('draws each link type’s arrow head in its colour from one shared marker per type', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1400, height: 900 });
    await openBoard(page, template('national-bank-core-system.board.json'), 29);
    const heads = await page.evaluate(() => {
      const out: { type: string; stroke: string; width: string; inline: string; fill: string }[] =
        [];
      for (const edge of document.querySelectorAll('.react-flow__edge')) {
        const type = /ka-edge-([\w-]+)/.exec(edge.getAttribute('class') ?? '')?.[1] ?? '';
        const path = edge.querySelector('.react-flow__edge-path')!;
        const ref = path.getAttribute('marker-end') ?? path.getAttribute('marker-start') ?? '';
        const id = /url\(['"]?#([^'")]+)/.exec(ref)?.[1] ?? '';
        const head = document.getElementById(id)?.querySelector('polyline');
        out.push({
          type,
          stroke: getComputedStyle(path).stroke,
          width: getComputedStyle(path).strokeWidth,
          inline: path.getAttribute('style') ?? '',
          fill: head ? getComputedStyle(head).fill : 'none',
        });
      }
      return out;
    });
    expect(heads.length).toBeGreaterThan(10);
    // Every link is drawn in its type's colour and width, by the type's style rules (no style of
    // its own), and has an arrow head filled in that colour.
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    for (const h of heads) {
      const look = LINK_LOOKS[h.type as LinkType];
      expect(h.stroke, h.type).toBe(rgb(look.color));
      expect(h.width, h.type).toBe(`${look.width}px`);
      expect(h.inline, h.type).not.toMatch(/stroke/);
      expect(h.fill, h.type).toBe(h.stroke);
    }
    // One marker per link type, in the map's viewport (image exports take it along); React Flow
    // derives none of its own.
    const markers = page.locator('.react-flow__viewport .ka-link-markers marker');
    expect(await markers.count()).toBe(7);
    expect(await page.locator('.react-flow__marker marker').count()).toBe(0);
    await page.context().close();
  });

  it('keeps a selected link’s arrow head its normal size', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1400, height: 900 });
    await openBoard(page, template('national-bank-core-system.board.json'), 29);
    /** The drawn size of the arrow head at the end of link l-1: marker box times its unit. */
    const arrow = () =>
      page.evaluate(() => {
        const path = document.querySelector<SVGPathElement>(
          '[data-id="l-1"] .react-flow__edge-path',
        )!;
        const id = /url\(['"]?#([^'")]+)/.exec(path.getAttribute('marker-end') ?? '')?.[1] ?? '';
        const marker = document.getElementById(id)!;
        const unit =
          marker.getAttribute('markerUnits') === 'userSpaceOnUse'
            ? 1
            : parseFloat(getComputedStyle(path).strokeWidth);
        return Number(marker.getAttribute('markerWidth')) * unit;
      });
    // Links are drawn once their cards are measured, a moment after the cards show.
    await page.locator('[data-id="l-1"] .react-flow__edge-path').waitFor({ state: 'attached' });
    const normal = await arrow();
    const stroke = () =>
      page
        .locator('[data-id="l-1"] .react-flow__edge-path')
        .evaluate((el) => getComputedStyle(el).stroke);
    const colour = await stroke();
    await page.evaluate(() => {
      const edge = document.querySelector('[data-id="l-1"]')!;
      edge.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await expect
      .poll(() => page.locator('[data-id="l-1"]').getAttribute('class'))
      .toContain('selected');
    expect(await arrow()).toBe(normal);
    // Selected, it keeps its type's colour (wider, with a halo).
    expect(await stroke()).toBe(colour);
    await page.context().close();
  });
});
