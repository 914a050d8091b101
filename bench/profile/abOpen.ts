/**
 * The `open` figure of two builds side by side: A from another checkout (ROOT_A), B from this
 * one, with the bare page, in turn and in alternating order, RUNS times; prints the medians of the
 * whole open and of the first node element. For a change too small to see across two bench runs.
 *   git worktree add /tmp/a HEAD && ln -s "$PWD/node_modules" /tmp/a/
 *   ROOT_A=/tmp/a RUNS=9 npx tsx bench/profile/abOpen.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { importBoard, launch, newContext } from '../browser';
import { fileText, flowData, mapBoard } from '../boards';
import { timeOpen } from '../pageFigures';
import { buildAndServe, serve } from '../serve';
import { median } from '../stats';
import { firstNodeAt, markFirstNode } from './trace';

const rootA = process.env.ROOT_A;
if (!rootA) throw new Error('ROOT_A: the checkout to compare with (see the comment at the top)');
const runs = Number(process.env.RUNS ?? 9);
const served = await buildAndServe();
const dirA = mkdtempSync(join(tmpdir(), 'ka-bench-a-'));
await build({ root: rootA, logLevel: 'warn', build: { outDir: dirA, emptyOutDir: true } });
const { server: serverA, url: appA } = await serve(dirA);
const browser = await launch();
try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  const text = fileText(board);
  const data = JSON.stringify(flowData(board));
  type Which = 'A' | 'B' | 'bare';
  const times: Record<Which, { open: number[]; first: number[] }> = {
    A: { open: [], first: [] },
    B: { open: [], first: [] },
    bare: { open: [], first: [] },
  };
  for (let i = 0; i < runs; i++) {
    const order: Which[] = i % 2 ? ['B', 'A', 'bare'] : ['A', 'B', 'bare'];
    for (const which of order) {
      const context = await newContext(browser, which === 'bare' ? data : undefined);
      await markFirstNode(context);
      let url = `${served.bench}flow.html`;
      if (which !== 'bare') {
        const app = which === 'A' ? appA : served.app;
        const list = await context.newPage();
        url = `${app}?lang=en${await importBoard(list, app, 'open', text)}`;
        await list.close();
      }
      const page = await context.newPage();
      times[which].open.push((await timeOpen(page, url)).ms);
      times[which].first.push(await firstNodeAt(page));
      await context.close();
    }
  }
  for (const [which, t] of Object.entries(times)) {
    const all = t.open.map((x) => x.toFixed(0)).join(' ');
    console.log(
      `${which.padEnd(4)} open ${median(t.open).toFixed(0)} ms, first node ${median(t.first).toFixed(0)} ms  [${all}]`,
    );
  }
} finally {
  await browser.close();
  await serverA.close();
  await served.close();
  rmSync(dirA, { recursive: true, force: true });
}
