/**
 * Lists the JavaScript files the board list fetched before its first contentful paint, with
 * their gzipped sizes (the `bundle` figure's sum), so a regression names the chunk that joined.
 *
 *   RUNS=5 npx tsx bench/profile/firstPaint.ts
 */
import { launch, newContext } from '../browser';
import { scriptsFetched } from '../pageFigures';
import { buildAndServe } from '../serve';

const served = await buildAndServe();
const browser = await launch();
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 1); run++) {
    console.log(`run ${run + 1}`);
    const page = await (await newContext(browser)).newPage();
    const files = await scriptsFetched(page, `${served.app}?lang=en#/`, served.appDir);
    for (const f of files) {
      console.log(
        f.beforePaint ? 'before' : 'after ',
        f.kb.toFixed(1).padStart(6),
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
