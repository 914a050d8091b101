/**
 * The network waterfall of a cold open of the 1,000-node board (after the import page closed, the
 * service worker active, as in the `open` figure): each file's start and end, and when the first
 * node element appeared and when all were drawn.
 *   npx tsx bench/profile/waterfall.ts
 */
import { launch, nodesDrawn } from '../browser';
import { mapBoard } from '../boards';
import { buildAndServe } from '../serve';
import { markFirstNode, openTarget } from './trace';

const served = await buildAndServe({ minify: true });
const browser = await launch();
try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  for (const which of ['ours', 'bare'] as const) {
    const { context, page, url } = await openTarget(browser, served, board, which);
    await markFirstNode(context);
    await page.goto(url, { waitUntil: 'commit' });
    await nodesDrawn(page, 1000);
    const out = await page.evaluate(() => ({
      drawn: performance.now(),
      // When the page's own request started, and what held it (a worker still starting, say).
      nav: (() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & {
          workerRouterEvaluationStart?: number;
          workerFinalSourceType?: string;
        };
        return `worker ${n.workerStart.toFixed(0)}, router ${(n.workerRouterEvaluationStart ?? 0).toFixed(0)}, request ${n.requestStart.toFixed(0)}, response end ${n.responseEnd.toFixed(0)} (${n.workerFinalSourceType ?? 'no worker'})`;
      })(),
      marks: performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
      res: performance
        .getEntriesByType('resource')
        .map(
          (e) =>
            `${e.startTime.toFixed(0).padStart(5)} ${(e as PerformanceResourceTiming).responseEnd.toFixed(0).padStart(5)} ${e.name.split('/').pop()}`,
        ),
    }));
    console.log(which, JSON.stringify(out, null, 1));
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}
