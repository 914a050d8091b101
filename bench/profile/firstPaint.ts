/**
 * Lists the JavaScript files the board list fetched before its first contentful paint, with
 * their gzipped sizes (the `bundle` figure's sum), so a regression names the chunk that joined.
 *
 *   RUNS=5 npx tsx bench/profile/firstPaint.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, newContext } from '../browser';
import { buildAndServe } from '../serve';

const served = await buildAndServe();
const browser = await launch();
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 1); run++) {
    console.log(`run ${run + 1}`);
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${served.app}?lang=en#/`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
    );
    const files = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({
          file: new URL(e.name).pathname,
          at: e.startTime,
          beforePaint: e.startTime < fcp,
        }));
    });
    for (const f of files) {
      const kb = gzipSync(readFileSync(join(served.appDir, f.file))).length / 1024;
      console.log(
        f.beforePaint ? 'before' : 'after ',
        kb.toFixed(1).padStart(6),
        'kB',
        f.at.toFixed(0).padStart(5),
        'ms',
        f.file,
      );
    }
    await page.context().close();
  }
} finally {
  await browser.close();
  await served.close();
}
