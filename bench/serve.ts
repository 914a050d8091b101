/** Builds the app and the baseline pages with Vite into temporary folders and serves both. */
import react from '@vitejs/plugin-react';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

const ROOT = new URL('..', import.meta.url).pathname;
const PAGES = new URL('./pages/', import.meta.url).pathname;

export interface Served {
  app: string;
  bench: string;
  appDir: string;
  benchDir: string;
  close(): Promise<void>;
}

/** A preview server for the built files in `outDir`, on a free port. */
export async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return { server, url };
}

/**
 * The app is built with its own vite.config.ts; the baseline pages with the same React plugin
 * and build defaults (production mode, minified), so the bundles compare like with like.
 * `minify: false` keeps function names readable in a profile, the app's and the baseline's.
 */
export async function buildAndServe({ minify = true } = {}): Promise<Served> {
  const appDir = mkdtempSync(join(tmpdir(), 'ka-bench-app-'));
  // The drag figure counts renders: the bench's build keeps countRender (vite.config.ts).
  process.env.KA_RENDER_COUNTS = '1';
  const benchDir = mkdtempSync(join(tmpdir(), 'ka-bench-pages-'));
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: appDir, emptyOutDir: true, minify },
  });
  await build({
    configFile: false,
    root: PAGES,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: benchDir,
      emptyOutDir: true,
      minify,
      rollupOptions: {
        input: {
          flow: join(PAGES, 'flow.html'),
          table: join(PAGES, 'table.html'),
          bare: join(PAGES, 'bare.html'),
        },
      },
    },
  });
  const app = await serve(appDir);
  const bench = await serve(benchDir);
  return {
    app: app.url,
    bench: bench.url,
    appDir,
    benchDir,
    async close() {
      await app.server.close();
      await bench.server.close();
      rmSync(appDir, { recursive: true, force: true });
      rmSync(benchDir, { recursive: true, force: true });
    },
  };
}
