import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { appUrl, SCREENSHOTS, sharedChromium } from './chromium';
import { isLive, joinRoom, roomServer, shows, startRoom } from './live';

const chromium = sharedChromium();
const { app, canvas } = resources.en;

/** The article's CRM example, step by step and person by person (DOMAIN's sample board). */
const STEPS: [string, string][] = [
  ['need', '需求提出：提升销售效率'],
  ['research', '联系供应商调研'],
  ['evaluation', '跨部门评估选型'],
  ['budget', '预算确认（权限内直批）'],
  ['approval', '超权限呈批'],
  ['procurement', '采购比价'],
  ['legal', '财务与法务条款'],
  ['signing', '签约'],
];
const PEOPLE: [string, string][] = [
  ['kp', '张总'],
  ['user', '隔壁销售负责人'],
  ['procurement', '采购经理'],
  ['it', '技术部负责人'],
  ['executive', '分管副总裁'],
  ['cfo', '财务经理'],
  ['legal', '法务'],
];

/** Adds a palette item (it is selected at once) and names it in the inspector. */
async function addNamed(page: Page, testId: string, field: string, text: string) {
  await page.getByTestId(`palette-${testId}`).click();
  const input = page.getByLabel(field, { exact: true });
  await input.fill(text);
  await input.press('Enter');
  await shows(page, text);
}
const addStep = (page: Page, [kind, label]: [string, string]) =>
  addNamed(page, kind, canvas.inspector.label, label);
const addPerson = (page: Page, [preset, name]: [string, string]) =>
  addNamed(page, `person-${preset}`, canvas.inspector.name, name);

/** What the map shows, as a sorted list of its items' accessible names. */
const mapItems = (page: Page) =>
  page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '').sort());

describe('a workshop in a live room', () => {
  it('a facilitator and two colleagues build the CRM map together from a blank board; the server restarts midway and nothing is lost', async () => {
    let server = await roomServer();
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const f = await context.newPage();
    f.on('pageerror', (err) => {
      throw err;
    });
    await f.goto(appUrl('#/', 'en'));
    await f.getByRole('button', { name: app.list.newBoard }).click();
    await f.getByLabel(app.list.title).fill('CRM workshop');
    await f.getByLabel(app.list.account).fill('集团销售管理部');
    await f.getByRole('button', { name: app.list.create }).click();
    await f.waitForSelector('.react-flow__pane');
    const link = await startRoom(f, 'Facilitator', server.url);
    const sales = await joinRoom(chromium.browser, link, 'Sales');
    const presales = await joinRoom(chromium.browser, link, 'Presales');
    const everyone = [f, sales, presales];
    await shows(f, 'Live · 3 people');

    // The colleagues follow the facilitator's view.
    for (const page of [sales, presales]) {
      await page.getByRole('button', { name: 'Follow Facilitator' }).click();
      await page.getByRole('button', { name: 'Following Facilitator', pressed: true }).waitFor();
    }

    // First half: the facilitator draws the steps while Sales adds the people, at the same time.
    await Promise.all([
      (async () => {
        for (const step of STEPS.slice(0, 4)) await addStep(f, step);
      })(),
      (async () => {
        for (const person of PEOPLE.slice(0, 3)) await addPerson(sales, person);
      })(),
    ]);
    for (const page of everyone) {
      for (const [, text] of [...STEPS.slice(0, 4), ...PEOPLE.slice(0, 3)]) await shows(page, text);
    }

    // The server restarts; both keep working meanwhile.
    const { port, dir } = server;
    await server.stop();
    await f.waitForSelector('[data-live="offline"]');
    await addStep(f, STEPS[4]!);
    await addPerson(sales, PEOPLE[3]!);
    server = await roomServer({ port, dir });
    for (const page of everyone) await isLive(page);

    // Second half, with the room back.
    await Promise.all([
      (async () => {
        for (const step of STEPS.slice(5)) await addStep(f, step);
      })(),
      (async () => {
        for (const person of PEOPLE.slice(4)) await addPerson(sales, person);
      })(),
    ]);

    // The facilitator opens the swimlane: Presales follows there and adds a sales action.
    await f.getByRole('tab', { name: app.editor.swimlane }).click();
    await presales.locator('th[data-step-id]').first().waitFor();
    await presales.getByRole('button', { name: 'Following Facilitator' }).click();
    const add = presales.getByLabel(/^Add to .* of 需求提出/).first();
    await add.fill('与张总确认痛点与衡量指标');
    await add.press('Enter');
    await shows(f, '与张总确认痛点与衡量指标');
    await f.screenshot({ path: `${SCREENSHOTS}live-workshop-swimlane.png` });
    await f.getByRole('tab', { name: app.editor.map }).click();
    await f.waitForSelector('.react-flow__node-step');
    await sales.waitForSelector('.react-flow__node-step');
    await presales.getByRole('tab', { name: app.editor.map }).click();
    await presales.waitForSelector('.react-flow__node-step');

    // Everyone has the same map: 8 steps and 7 people, nothing lost across the restart.
    const expected = await mapItems(f);
    expect(expected).toHaveLength(STEPS.length + PEOPLE.length);
    for (const page of [sales, presales]) {
      await expect.poll(() => mapItems(page), { timeout: 10_000 }).toEqual(expected);
    }
    for (const [, text] of [...STEPS, ...PEOPLE]) {
      expect(expected.some((label) => label.includes(text))).toBe(true);
    }
    await sales.screenshot({ path: `${SCREENSHOTS}live-workshop-sales.png` });

    // And every laptop keeps it: a reload (no server needed) shows the same board.
    await server.stop();
    for (const page of everyone) {
      await page.waitForSelector('[data-save-state="saved"]', { state: 'attached' });
      await page.reload();
      await page.waitForSelector('.react-flow__node-step');
      await expect.poll(() => mapItems(page), { timeout: 10_000 }).toEqual(expected);
    }
    for (const page of everyone) await page.context().close();
    server.cleanup();
  });
});
