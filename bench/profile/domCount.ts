/**
 * Counts the DOM elements the map draws for a big board, by what they belong to (each node type,
 * the edges, the rest), so the `open` figure's DOM size says where it comes from.
 *
 *   npx tsx bench/profile/domCount.ts
 */
import { importBoard, launch, newContext, nodesDrawn } from '../browser';
import { fileText, mapBoard } from '../boards';
import { buildAndServe } from '../serve';

const served = await buildAndServe();
const browser = await launch();
try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  const context = await newContext(browser);
  const page = await context.newPage();
  const href = await importBoard(page, served.app, 'open', fileText(board));
  await page.goto(`${served.app}?lang=en${href}`);
  await nodesDrawn(page, 1000);
  const counts = await page.evaluate(() => {
    const out: Record<string, number> = { total: document.querySelectorAll('*').length };
    for (const type of ['stakeholder', 'step']) {
      const nodes = document.querySelectorAll(`.react-flow__node-${type}`);
      let n = 0;
      for (const el of nodes) n += el.querySelectorAll('*').length + 1;
      out[`${type} nodes`] = nodes.length;
      out[`${type} elements`] = n;
    }
    out.edges = document.querySelectorAll('.react-flow__edges *').length;
    out['edge labels'] = document.querySelectorAll('.react-flow__edgelabel-renderer *').length;
    out.minimap = document.querySelectorAll('.react-flow__minimap *').length;
    out['side panel'] = document.querySelectorAll('aside *').length;
    out.palette = document.querySelectorAll('.palette *, [data-testid="palette"] *').length;
    return out;
  });
  console.log(counts);
} finally {
  await browser.close();
  await served.close();
}
