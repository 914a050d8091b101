/**
 * The swimlane switch (250 steps) timed with CSS experiments side by side, run by run in turn
 * (each experiment once per round), with the plain table as the yardstick; prints medians.
 *
 *   EXPS=",fixed,nosticky" RUNS=5 npx tsx bench/profile/swimlaneExps.ts
 */
import { importBoard, launch, newContext, nodesDrawn, timeClick } from '../browser';
import { fileText, laneBoard, tableData } from '../boards';
import { buildAndServe } from '../serve';
import { experimentOnOpen, printExperiments } from './trace';

const STEPS = 250;
const HEAD = 'th[data-step-id]';
const runs = Number(process.env.RUNS ?? 5);
const exps = (process.env.EXPS ?? '').split(',');
const served = await buildAndServe();
const browser = await launch();
try {
  const board = laneBoard(STEPS);
  const text = fileText(board);
  const data = JSON.stringify(tableData(board));
  const times = new Map<string, number[]>([...exps, 'table'].map((e) => [e, []]));
  for (let i = 0; i < runs; i++) {
    for (const exp of exps) {
      const context = await newContext(browser);
      await experimentOnOpen(context, exp);
      const page = await context.newPage();
      const href = await importBoard(page, served.app, 'swimlane', text);
      await page.goto(`${served.app}?lang=en${href}`);
      await nodesDrawn(page, 1);
      times.get(exp)!.push(await timeClick(page, 1, HEAD, STEPS));
      await context.close();
    }
    const context = await newContext(browser, data);
    const page = await context.newPage();
    await page.goto(`${served.bench}table.html`);
    await page.getByRole('tab').waitFor();
    times.get('table')!.push(await timeClick(page, 0, HEAD, STEPS));
    await context.close();
  }
  printExperiments(times, 'table');
} finally {
  await browser.close();
  await served.close();
}
