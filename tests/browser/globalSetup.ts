import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the app once and serves the production build for the browser tests. */
export default async function setup(project: TestProject) {
  // A build folder of its own, so parallel runs never serve each other's half-written files.
  const outDir = mkdtempSync(join(tmpdir(), 'ka-canvas-build-'));
  // Vitest sets NODE_ENV=test, which would make this a development build (React's development
  // code, no service worker): the tests drive what `npm start` serves.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the preview server did not report its address');
  project.provide('baseURL', address);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
