/** `swimlaneSwitch` and `swimlaneAdd` on a 250-step board, ours against a plain React table. */
import type { Browser } from 'playwright-core';
import { importBoard, newContext, nodesDrawn, timeClick, timeEnter } from './browser';
import { fileText, laneBoard, tableData } from './boards';
import type { Served } from './serve';
import { figure, median, type Figure } from './stats';

const STEPS = 250;
const COLUMN = 125;
const HEAD = 'th[data-step-id]';
const INPUT = 'td.lane-actions input.cell-add';
const CELL = 'td.lane-actions';

export async function swimlaneFigures(
  browser: Browser,
  served: Served,
  runs: number,
): Promise<{ swimlaneSwitch: Figure; swimlaneAdd: Figure }> {
  const board = laneBoard(STEPS);
  const text = fileText(board);
  const data = JSON.stringify(tableData(board));
  const switches: [number[], number[]] = [[], []];
  const adds: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    const entry = `Bench action ${i}`;
    const a = await newContext(browser);
    const page = await a.newPage();
    const href = await importBoard(page, served.app, 'swimlane', text);
    await page.goto(`${served.app}?lang=en${href}`);
    await nodesDrawn(page, 1);
    // The map is the first tab, the swimlane the second.
    switches[0].push(await timeClick(page, 1, HEAD, STEPS));
    await page.locator(INPUT).nth(COLUMN).fill(entry);
    adds[0].push(await timeEnter(page, INPUT, CELL, COLUMN, entry));
    await a.close();

    const b = await newContext(browser, data);
    const table = await b.newPage();
    await table.goto(`${served.bench}table.html`);
    await table.getByRole('tab').waitFor();
    switches[1].push(await timeClick(table, 0, HEAD, STEPS));
    await table.locator(INPUT).nth(COLUMN).fill(entry);
    adds[1].push(await timeEnter(table, INPUT, CELL, COLUMN, entry));
    await b.close();
  }
  const m = (xs: [number[], number[]]) => ({ ours: median(xs[0]), baseline: median(xs[1]), runs });
  return {
    swimlaneSwitch: figure(m(switches), 'ms', '≤ 1.5×'),
    swimlaneAdd: figure(m(adds), 'ms', '≤ 1.5×'),
  };
}
