/**
 * JavaScript CPU profiles of the cold open of the 1,000-node board, ours and bare (unminified),
 * each summed by function (self time) up to the moment the first node element is in the page,
 * and after it: where the time before the first card goes.
 *   npx tsx bench/profile/openSplit.ts
 */
import { writeFileSync } from 'node:fs';
import { launch, nodesDrawn } from '../browser';
import { mapBoard } from '../boards';
import { buildAndServe } from '../serve';
import { cpuProfileOf, firstNodeAt, markFirstNode, openTarget, type CpuProfile } from './trace';

const served = await buildAndServe({ minify: false });
const browser = await launch();

function split(profile: CpuProfile, cut: number): [Map<string, number>, Map<string, number>] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    t += profile.timeDeltas[i] ?? 0;
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    const m = t < cut ? before : after;
    m.set(key, (m.get(key) ?? 0) + dt / 1000);
  });
  return [before, after];
}

try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  for (const which of ['ours', 'bare'] as const) {
    for (let run = 0; run < 2; run++) {
      const { context, page, url } = await openTarget(browser, served, board, which);
      await markFirstNode(context);
      const profile = await cpuProfileOf(context, page, async () => {
        await page.goto(url, { waitUntil: 'commit' });
        await nodesDrawn(page, 1000);
      });
      const first = await firstNodeAt(page);
      // The profile starts at the navigation, near enough: the cut is taken relative to it.
      const cut = profile.startTime + first * 1000;
      const [before, after] = split(profile, cut);
      const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      const idle = (m: Map<string, number>) =>
        [...m].filter(([k]) => k.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
      if (run === 1) {
        writeFileSync(`/tmp/split-${which}.cpuprofile`, JSON.stringify(profile));
        console.log(
          `${which}: first node ${first.toFixed(0)} ms; before: ${sum(before).toFixed(0)} ms (idle ${idle(before).toFixed(0)}), after: ${sum(after).toFixed(0)} ms (idle ${idle(after).toFixed(0)})`,
        );
        for (const [label, part] of [
          ['before', before],
          ['after', after],
        ] as const) {
          console.log(`  ${label} the first node, by function:`);
          for (const [k, v] of [...part].sort((a, b) => b[1] - a[1]).slice(0, 30))
            console.log('  ', v.toFixed(1).padStart(6), k);
          const files = new Map<string, number>();
          for (const [k, v] of part) {
            const file = k.split(' ').pop()!.split(':')[0]!;
            files.set(file, (files.get(file) ?? 0) + v);
          }
          console.log(`  ${label} the first node, by file:`);
          for (const [k, v] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 15))
            console.log('  ', v.toFixed(1).padStart(6), k);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await served.close();
}
