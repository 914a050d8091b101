/**
 * A JavaScript CPU profile of switching a 250-step board from the map to the swimlane, summed
 * by function (self time), with the switch's total and its long tasks.
 *
 *   npx tsx bench/profile/swimlaneProfile.ts
 *   TRACE=/tmp/switch.json npx tsx bench/profile/swimlaneProfile.ts   (a Chrome trace, written
 *   there and summed by event name, instead)
 */
import { writeFileSync } from 'node:fs';
import { importBoard, launch, newContext, nodesDrawn } from '../browser';
import { fileText, laneBoard } from '../boards';
import { buildAndServe } from '../serve';
import {
  cpuTimes,
  experimentOnOpen,
  summarise,
  TRACE_CATEGORIES,
  type CpuProfile,
  type TraceEvent,
} from './trace';

const served = await buildAndServe();
const browser = await launch();
try {
  const context = await newContext(browser);
  // EXPS="a+b": CSS experiments (trace.ts) applied to the page before the switch.
  await experimentOnOpen(context, process.env.EXPS ?? '');
  const page = await context.newPage();
  const href = await importBoard(page, served.app, 'swimlane', fileText(laneBoard(250)));
  await page.goto(`${served.app}?lang=en${href}`);
  await nodesDrawn(page, 1);
  const cdp = await context.newCDPSession(page);
  const trace = Boolean(process.env.TRACE);
  if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  else {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  await page.getByRole('tab').nth(1).click();
  await page.waitForFunction(() => document.querySelectorAll('th[data-step-id]').length >= 250);
  const ms = Date.now() - t0;
  console.log(`switch ${ms} ms`);
  if (trace) {
    const buf = await browser.stopTracing();
    writeFileSync(process.env.TRACE!, buf);
    const events = JSON.parse(buf.toString()) as {
      traceEvents: TraceEvent[];
    };
    console.log(Object.fromEntries(Object.entries(summarise(events.traceEvents)).slice(0, 30)));
  } else {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    for (const [k, v] of cpuTimes(profile).slice(0, 30)) {
      console.log(v.toFixed(0).padStart(6), k);
    }
  }
} finally {
  await browser.close();
  await served.close();
}
