import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, SCREENSHOTS, openApp, openCrm, sharedChromium } from './chromium';

const chromium = sharedChromium();

describe('method guide in real Chromium', () => {
  it('on the CRM example, "next" of step (c) lands in the first open lane', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await openCrm(page);
    await page.getByRole('tab', { name: 'Method guide' }).click();
    const guide = page.getByTestId('GuidePanel');
    await guide.waitFor();
    // (a) objective and (b) map are done on the example; (c) and (d) are not.
    const states = await guide
      .locator('.guide-step')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-step')}:${el.className}`));
    expect(states.map((s) => s.split(' ').pop())).toEqual(['done', 'done', 'todo', 'todo']);
    const next = page.getByTestId('guide-next-swimlane');
    const text = (await next.textContent()) ?? '';
    expect(text).toMatch(/^Next: Plan “.+”: Information exchange$/);
    const label = /“(.+)”/.exec(text)![1]!;
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-guide.png') });
    await next.click();
    const selected = page.locator('th[data-step-id].col-selected');
    await selected.waitFor();
    expect(await selected.locator('.stage-label').textContent()).toBe(label);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Add to Information exchange of ${label}`);
    await page.context().close();
  });

  it('on a board without an objective, "next" of step (a) focuses the objective field', async () => {
    const page = await openApp(chromium.browser, { lang: 'en' });
    await page.getByTestId('import-input').setInputFiles(join(EXAMPLES, 'minimal.board.json'));
    await page.locator('.board-row a').first().click();
    await page.locator('.react-flow__node-step').first().waitFor();
    await page.getByRole('tab', { name: 'Method guide' }).click();
    await page.getByTestId('guide-next-objective').click();
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest('.ka-field')?.querySelector('span')?.textContent,
        ),
      )
      .toBe('Objective');
    await page.context().close();
  });
});
