/**
 * JavaScript CPU profiles of the board at the limits (bench/limitBoard.ts): opening it, switching
 * to the swimlane and back, each summed by function (self time, then total time).
 *
 *   npx tsx bench/profile/limitProfile.ts [scale=1]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { toBoardFile } from '../../src/domain/create';
import { launch } from '../browser';
import { limitBoard } from '../limitBoard';
import { buildAndServe } from '../serve';
import { cpuTimes, type CpuProfile } from './trace';

const scale = Number(process.argv[2] ?? '1') || 1;
const served = await buildAndServe({ minify: false });
const browser = await launch();

async function profiled(page: Page, cdp: CDPSession, name: string, run: () => Promise<void>) {
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await run();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  const ms = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  console.log(`\n=== ${name}: ${ms} ms ===\n-- self`);
  for (const [k, v] of cpuTimes(profile).slice(0, 25)) console.log(v.toFixed(0).padStart(6), k);
  console.log('-- total');
  for (const [k, v] of cpuTimes(profile, true).slice(0, 40))
    console.log(v.toFixed(0).padStart(6), k);
}

try {
  const file = join(mkdtempSync(join(tmpdir(), 'ka-limit-prof-')), 'large.board.json');
  writeFileSync(file, JSON.stringify(toBoardFile(limitBoard(scale))));
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(300_000);
  await page.goto(`${served.app}?lang=en#/`);
  await page.getByTestId('import-input').setInputFiles(file);
  const row = page.locator('.board-row a', { hasText: 'Large board' });
  await row.waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await profiled(page, cdp, 'open', async () => {
    await row.click();
    await page.locator('.react-flow__node').first().waitFor();
  });
  await profiled(page, cdp, 'toSwimlane', async () => {
    await page.getByRole('tab', { name: 'Sales swimlane' }).click();
    await page.locator('.swimlane-view').waitFor();
  });
  await profiled(page, cdp, 'toMap', async () => {
    await page.getByRole('tab', { name: 'Buying map' }).click();
    await page.locator('.react-flow__node').first().waitFor();
  });
  console.log('DOM', await page.evaluate(() => document.getElementsByTagName('*').length));
} finally {
  await browser.close();
  await served.close();
}
