/** `swimlaneSwitch` and `swimlaneAdd` on a 250-step board, ours against a plain React table. */
import type { Browser, Page } from 'playwright-core';
import { importBoard, newContext, nodesDrawn, timeClick, timeEnter } from './browser';
import { fileText, laneBoard, tableData } from './boards';
import type { Served } from './serve';
import { figure, median, type Figure } from './stats';

const STEPS = 250;
const COLUMN = 125;
/**
 * The switch is timed until the stage columns in a 1,400-px window (5 of 248 px beside the
 * 128-px lane heads) are drawn and painted. The plain table draws its 250 columns in one commit,
 * so for it this is the moment all 250 are there; the app draws only the columns in view and a
 * few beyond on a swimlane this large, and counting 250 heads would wait for columns it never
 * draws.
 */
const IN_VIEW = 5;
const HEAD = 'th[data-step-id]';
const INPUT = 'td.lane-actions input.cell-add';
const CELL = 'td.lane-actions';

/**
 * Scrolls the app's swimlane to stage column `column` (untimed) and returns the index of its
 * cell among the drawn `CELL`s: a large swimlane draws only the columns near the view.
 */
async function showColumn(page: Page, column: number): Promise<number> {
  const windowed = await page.locator('table.swimlane[aria-colcount]').count();
  if (windowed === 0) return column;
  const colIndex = String(column + 2);
  await page.locator('.swimlane-scroll').evaluate((el, column) => {
    const head = el.querySelector<HTMLElement>('th[data-step-id]')!;
    el.scrollLeft = column * head.offsetWidth;
  }, column);
  await page.locator(`${CELL}[aria-colindex="${colIndex}"]`).waitFor();
  return page
    .locator(CELL)
    .evaluateAll(
      (cells, colIndex) => cells.findIndex((c) => c.getAttribute('aria-colindex') === colIndex),
      colIndex,
    );
}

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
    switches[0].push(await timeClick(page, 1, HEAD, IN_VIEW));
    const at = await showColumn(page, COLUMN);
    await page.locator(INPUT).nth(at).fill(entry);
    adds[0].push(await timeEnter(page, INPUT, CELL, at, entry));
    await a.close();

    const b = await newContext(browser, data);
    const table = await b.newPage();
    await table.goto(`${served.bench}table.html`);
    await table.getByRole('tab').waitFor();
    switches[1].push(await timeClick(table, 0, HEAD, IN_VIEW));
    await table.locator(INPUT).nth(COLUMN).fill(entry);
    adds[1].push(await timeEnter(table, INPUT, CELL, COLUMN, entry));
    await b.close();
  }
  const m = (xs: [number[], number[]]) => ({ ours: median(xs[0]), baseline: median(xs[1]), runs });
  return {
    swimlaneSwitch: figure(m(switches), 'ms', '≤ 1.0×'),
    swimlaneAdd: figure(m(adds), 'ms', '≤ 1.5×'),
  };
}
