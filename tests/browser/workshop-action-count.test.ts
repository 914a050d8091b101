/**
 * How many user actions it takes to build the blank-sheet workshop board of issue 10: 6 people,
 * 7 steps, 3 departments and 13 links, each named as in a real workshop. One action is one
 * click, one choice in a list, or typing one text (confirmed with Enter). The count is written
 * to test-results/workshop-actions.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, SCREENSHOTS, sharedChromium } from './chromium';

const chromium = sharedChromium();
const app = resources.en.app;
const canvas = resources.en.canvas;
const link = resources.en.domain.link;

const DEPARTMENTS = ['Finance', 'IT', 'Procurement'];
const PEOPLE = [
  { preset: 'cfo', name: 'Chen Jing', department: 'Finance' },
  { preset: 'executive', name: 'Zhou Wei', department: 'Finance' },
  { preset: 'it', name: 'Li Ming', department: 'IT' },
  { preset: 'user', name: 'Wu Fang', department: 'IT' },
  { preset: 'procurement', name: 'Sun Hao', department: 'Procurement' },
  { preset: 'legal', name: 'Zhao Lei', department: 'Procurement' },
];
const STEPS = [
  { kind: 'need', label: 'Expense pain raised' },
  { kind: 'evaluation', label: 'Vendor demos' },
  { kind: 'budget', label: 'Budget check' },
  { kind: 'approval', label: 'Board approval' },
  { kind: 'procurement', label: 'Tender' },
  { kind: 'legal', label: 'Contract review' },
  { kind: 'signing', label: 'Signing' },
];
/** The seven participation links; the six `next` links come from chaining the steps. */
const LINKS = [
  { from: 'Wu Fang', to: 'Expense pain raised', type: link.drives },
  { from: 'Li Ming', to: 'Vendor demos', type: link.evaluates },
  { from: 'Wu Fang', to: 'Vendor demos', type: link.evaluates },
  { from: 'Chen Jing', to: 'Budget check', type: link.approves },
  { from: 'Zhou Wei', to: 'Board approval', type: link.approves },
  { from: 'Sun Hao', to: 'Tender', type: link.drives },
  { from: 'Zhao Lei', to: 'Contract review', type: link.drives },
];

function counter(page: Page) {
  const tally = { clicks: 0, choices: 0, typing: 0 };
  /** Strict extras: a choice is open + pick (one more), a field not focused yet is one click. */
  const strict = { extra: 0 };
  const focusIfNeeded = async (target: ReturnType<Page['locator']>) => {
    if (!(await target.evaluate((el) => el === document.activeElement))) strict.extra++;
  };
  return {
    tally,
    strict,
    focusIfNeeded,
    click: async (target: ReturnType<Page['locator']>) => {
      tally.clicks++;
      await target.click();
    },
    choose: async (target: ReturnType<Page['locator']>, label: string) => {
      tally.choices++;
      strict.extra++;
      await target.selectOption({ label }, { timeout: 5000 }).catch(async (e: unknown) => {
        await page.screenshot({ path: join(SCREENSHOTS, 'workshop-count-failure.png') });
        throw e;
      });
    },
    /** Typing one text; `confirm: false` leaves it unconfirmed (Enter would submit a form). */
    type: async (target: ReturnType<Page['locator']>, text: string, confirm = true) => {
      tally.typing++;
      await focusIfNeeded(target);
      await target.fill(text);
      if (confirm) await target.press('Enter');
    },
    total: () => tally.clicks + tally.choices + tally.typing,
    page,
  };
}

describe('building the blank-sheet workshop board', () => {
  it('6 people, 7 steps, 3 departments, 13 links: the actions are counted', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    const c = counter(page);
    const perPart: Record<string, number> = {};
    const part = (name: string, before: number) => (perPart[name] = c.total() - before);

    let at = c.total();
    await c.click(page.getByRole('button', { name: app.list.newBoard }));
    // Enter in the title would create the board before the account is typed: the title is
    // typed alone, and Enter in the account field creates the board.
    await c.type(page.getByLabel(app.list.title), 'Expense system workshop', false);
    await c.type(page.getByLabel(app.list.account), 'ACME Group');
    await page.waitForURL(/#\/board\//);
    await page.waitForSelector('.react-flow__pane');
    part('board', at);

    at = c.total();
    for (const name of DEPARTMENTS) {
      await c.click(page.getByTestId('palette-department'));
      await c.type(page.getByLabel(canvas.inspector.label, { exact: true }), name);
      await expect
        .poll(() => page.locator('.react-flow__node-department', { hasText: name }).count())
        .toBe(1);
    }
    part('departments', at);

    at = c.total();
    for (const p of PEOPLE) {
      await c.click(page.getByTestId(`palette-person-${p.preset}`));
      await c.type(page.getByLabel(canvas.inspector.name, { exact: true }), p.name);
      const department = page
        .locator('label.ka-field', {
          has: page.getByText(canvas.inspector.department, { exact: true }),
        })
        .locator('select');
      await c.choose(department, p.department);
      await expect
        .poll(() => page.locator('.react-flow__node-stakeholder', { hasText: p.name }).count())
        .toBe(1);
    }
    part('people', at);

    at = c.total();
    // A person is selected, so the first step starts a new row; each next one is chained.
    for (const s of STEPS) {
      await c.click(page.getByTestId(`palette-${s.kind}`).first());
      await c.type(page.getByLabel(canvas.inspector.label, { exact: true }), s.label);
      await expect
        .poll(() => page.locator('.react-flow__node-step', { hasText: s.label }).count())
        .toBe(1);
    }
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(6);
    part('steps (with 6 chained next links)', at);

    at = c.total();
    let selected = '';
    for (const l of LINKS) {
      if (selected !== l.from) {
        // Find (Ctrl/⌘ + F) selects the person wherever the view is.
        await c.type(page.getByLabel(canvas.mapTools.find, { exact: true }), l.from);
        await page.locator('.react-flow__node-stakeholder.selected', { hasText: l.from }).waitFor();
        await c.click(page.getByRole('button', { name: canvas.mapTools.addLink }));
        selected = l.from;
      }
      const form = page.getByRole('form', { name: canvas.mapTools.addLink });
      const before = await page.locator('.react-flow__edge').count();
      // Typing the target's name offers only the valid link types; Enter adds the first.
      const target = form.getByLabel(canvas.mapTools.addLinkTarget);
      c.tally.typing++;
      await c.focusIfNeeded(target);
      await target.fill(l.to);
      const type = form.getByLabel(canvas.mapTools.addLinkType);
      await type.waitFor();
      const current = await type.evaluate((el) => {
        const s = el as HTMLSelectElement;
        return s.options[s.selectedIndex]?.text ?? '';
      });
      if (current === l.type) await target.press('Enter');
      else {
        await c.choose(type, l.type);
        await c.click(form.getByRole('button', { name: canvas.mapTools.addLinkAdd }));
      }
      await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(before + 1);
    }
    part('participation links', at);

    expect(await page.locator('.react-flow__node-stakeholder').count()).toBe(6);
    expect(await page.locator('.react-flow__node-step').count()).toBe(7);
    expect(await page.locator('.react-flow__node-department').count()).toBe(3);
    expect(await page.locator('.react-flow__edge').count()).toBe(13);
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-blank-sheet-built.png') });
    const result = { total: c.total(), strict: c.total() + c.strict.extra, ...c.tally, perPart };
    writeFileSync(
      join(SCREENSHOTS, 'workshop-actions.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.log('workshop actions', JSON.stringify(result));
    // 70 when measured (16 of them naming the departments, people and steps): a change that
    // makes building the board take more actions fails here.
    expect(c.total()).toBeLessThanOrEqual(70);
    await page.context().close();
  });
});
