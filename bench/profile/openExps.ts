/**
 * The `open` figure (cold open of a stored 1,000-node board) with CSS experiments side by side,
 * each once per round in turn, with the bare React Flow page as the yardstick; prints medians.
 *
 *   EXPS=",nominimap,lod" RUNS=5 npx tsx bench/profile/openExps.ts   (`nosw`: no service worker)
 *   BARE_EXP=noedges EXPS=noedges …   (the bare page with an experiment too)
 */
import { importBoard, launch, newContext } from '../browser';
import { fileText, flowData, mapBoard } from '../boards';
import { timeOpen } from '../pageFigures';
import { buildAndServe } from '../serve';
import { experimentOnOpen, printExperiments } from './trace';

const runs = Number(process.env.RUNS ?? 5);
const exps = (process.env.EXPS ?? '').split(',');
/** `BARE_EXP=noedges`: the same experiment on the bare page (the yardstick), e.g. to compare parts. */
const bareExp = process.env.BARE_EXP ?? '';
const served = await buildAndServe();
const browser = await launch();
try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  const text = fileText(board);
  const data = JSON.stringify(flowData(board));
  const times = new Map<string, number[]>([...exps, 'bare'].map((e) => [e, []]));
  for (let i = 0; i < runs; i++) {
    for (const exp of exps) {
      // `nosw`: our app with its service worker blocked (what the worker costs a cold open).
      const sw = exp === 'nosw' ? 'block' : 'allow';
      const context = await newContext(browser, undefined, { serviceWorkers: sw });
      const list = await context.newPage();
      const href = await importBoard(
        list,
        served.app,
        'open',
        text,
        sw === 'block' ? 'blocked' : 'wait',
      );
      await list.close();
      await experimentOnOpen(context, exp);
      const { ms } = await timeOpen(await context.newPage(), `${served.app}?lang=en${href}`);
      times.get(exp)!.push(ms);
      await context.close();
    }
    const context = await newContext(browser, data);
    await experimentOnOpen(context, bareExp);
    times
      .get('bare')!
      .push((await timeOpen(await context.newPage(), `${served.bench}flow.html`)).ms);
    await context.close();
  }
  printExperiments(times, 'bare');
} finally {
  await browser.close();
  await served.close();
}
