/**
 * The blank-sheet workshop board of issue 24, built through the outline: 6 people with roles
 * (influence and stance for three of them), 3 departments, 7 steps in order, 13 links and an
 * owner for every stage. The actions are counted under both rules of actionCounter and written
 * to test-results/outline-actions.json; the board's content is checked on the map.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { openApp, SCREENSHOTS, sharedChromium } from './chromium';
import { actionCounter, nodeBoxes, within } from './outline';

const chromium = sharedChromium();
const app = resources.en.app;
const outline = resources.en.outline;

const PEOPLE = [
  'Chen Jing, CFO, Finance, decision maker/approver, 5, supporter',
  'Zhou Wei, Executive VP, Finance, approver, 5, neutral',
  'Li Ming, CIO, IT, evaluator, 4, skeptic',
  'Wu Fang, Expense clerk, IT, user',
  'Sun Hao, Buyer, Procurement, gatekeeper',
  'Zhao Lei, Counsel, Procurement, gatekeeper',
];
const STEPS = [
  'Expense pain raised, need, Wu Fang',
  'Vendor demos, evaluation, , , Li Ming/Wu Fang',
  'Budget check, budget, , Chen Jing',
  'Board approval, approval, , Zhou Wei',
  'Tender, procurement, Sun Hao',
  'Contract review, legal, Zhao Lei',
  'Signing, signing',
];
const DEPARTMENT_OF: Record<string, string> = {
  'Chen Jing': 'Finance',
  'Zhou Wei': 'Finance',
  'Li Ming': 'IT',
  'Wu Fang': 'IT',
  'Sun Hao': 'Procurement',
  'Zhao Lei': 'Procurement',
};

describe('the workshop board through the outline', () => {
  it('takes at most 25 actions counted strictly, and the board holds what was typed', async () => {
    const page = await openApp(chromium.browser, { lang: 'en', width: 1440, height: 900 });
    const c = actionCounter(page);
    await c.click(page.getByRole('button', { name: app.list.newBoard }));
    await c.type(page.getByLabel(app.list.title), 'Expense system workshop');
    await c.typeLine(page.getByRole('textbox', { name: app.list.account }), 'ACME Group');
    await page.waitForURL(/#\/board\//);
    await c.click(page.getByRole('tab', { name: app.editor.outline }));

    const newPerson = page.getByLabel(`${outline.col.name}, ${outline.newPerson}`, { exact: true });
    for (const line of PEOPLE) {
      await c.typeLine(newPerson, line);
      const name = line.split(',')[0]!;
      await page.getByLabel(`${outline.col.name}, ${name}`, { exact: true }).waitFor();
    }
    const newStep = page.getByLabel(`${outline.col.label}, ${outline.newStep}`, { exact: true });
    for (const line of STEPS) {
      await c.typeLine(newStep, line);
      const label = line.split(',')[0]!;
      await page.getByLabel(`${outline.col.label}, ${label}`, { exact: true }).waitFor();
    }
    await c.typeLine(page.getByLabel(outline.sameOwner.label), 'Wang Lei');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Wang Lei' }).count())
      .toBe(1);

    // The outline shows every stage owned and the links by name.
    for (const line of STEPS) {
      const label = line.split(',')[0]!;
      await expect
        .poll(() =>
          page.getByLabel(`${outline.col.stageOwner}, ${label}`, { exact: true }).inputValue(),
        )
        .toBe('Wang Lei');
    }
    expect(
      await page.getByLabel(`${outline.col.evaluates}, Vendor demos`, { exact: true }).inputValue(),
    ).toBe('Li Ming / Wu Fang');
    expect(
      await page.getByLabel(`${outline.col.stance}, Li Ming`, { exact: true }).inputValue(),
    ).toBe(resources.en.domain.stance.skeptic);
    expect(
      await page.getByLabel(`${outline.col.roles}, Chen Jing`, { exact: true }).inputValue(),
    ).toBe('Decision maker / Approver');
    await page.screenshot({ path: join(SCREENSHOTS, 'outline-workshop-en.png'), fullPage: true });

    // On the map: every card is there, each person inside their department's frame.
    await page.getByRole('tab', { name: app.editor.map }).click();
    await page.waitForSelector('.react-flow__node-step');
    expect(await page.locator('.react-flow__node-stakeholder').count()).toBe(6);
    expect(await page.locator('.react-flow__node-step').count()).toBe(7);
    expect(await page.locator('.react-flow__node-department').count()).toBe(3);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(13);
    const frames = await nodeBoxes(page, 'department');
    const people = await nodeBoxes(page, 'stakeholder');
    for (const [name, dept] of Object.entries(DEPARTMENT_OF)) {
      const person = people.find((p) => p.label.includes(name))!;
      const frame = frames.find((f) => f.label.includes(dept))!;
      expect(within(person, frame), `${name} in ${dept}`).toBe(true);
    }
    // The steps run left to right in process order on one row.
    const steps = await nodeBoxes(page, 'step');
    const xs = STEPS.map((line) => steps.find((s) => s.label.includes(line.split(',')[0]!))!.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    await page.screenshot({ path: join(SCREENSHOTS, 'outline-workshop-map.png') });

    const result = { lenient: c.tally.lenient, strict: c.tally.strict, everyKey: c.everyKey() };
    writeFileSync(
      join(SCREENSHOTS, 'outline-actions.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.log('outline workshop actions', JSON.stringify(result));
    expect(c.tally.strict).toBeLessThanOrEqual(25);
    await page.context().close();
  });
});
