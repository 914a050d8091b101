/**
 * A board at (or a fraction of) the supported limits in the built app, in headless Chromium:
 * time to open it, to switch to the swimlane and back, and to export the map PNG (or its
 * refusal), with every main-thread long task recorded during each step (bench/limitBoard.ts).
 *
 *   npx tsx bench/largeBoard.ts [scale=1] [--no-png]
 *
 * Reports; never fails. Builds into a temporary folder and serves it with `vite preview`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launch } from './browser';
import { measureLimitBoard } from './limitBoard';

const scale = Number(process.argv[2] ?? '1') || 1;
const withPng = !process.argv.includes('--no-png');

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'ka-large-'));
  const outDir = join(tmp, 'dist');
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const browser = await launch();
  try {
    const results = await measureLimitBoard(
      browser,
      server.resolvedUrls!.local[0]!,
      scale,
      withPng,
    );
    console.table(results);
    console.log(JSON.stringify(results));
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
