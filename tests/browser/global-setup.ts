import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What the production build is made of: any change here makes a new build. */
const BUILD_INPUTS = [
  'src',
  'public',
  'templates',
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'package-lock.json',
];
const CACHE = join(ROOT, 'node_modules', '.cache', 'ka-browser-build');
/** Builds kept besides the newest (older ones are removed). */
const KEEP = 2;

/** A hash of every file the build reads, so an unchanged tree reuses its build. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(ROOT, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
    } else {
      hash.update(path).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  BUILD_INPUTS.forEach(add);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The production build (what `npm start` serves) of this tree: made once, then reused by every
 * run while no input changes (node_modules/.cache/ka-browser-build/<hash>). A build is made in
 * a folder of its own and renamed into place when complete, so parallel runs never serve each
 * other's half-written files.
 */
async function productionBuild(): Promise<string> {
  const dir = join(CACHE, inputsHash());
  if (existsSync(join(dir, 'index.html'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  const outDir = mkdtempSync(join(CACHE, 'building-'));
  // Vitest sets NODE_ENV=test, which would make this a development build (React's development
  // code, no service worker): the tests drive what `npm start` serves.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  try {
    renameSync(outDir, dir);
  } catch {
    // Another run finished the same build first: use its copy.
    rmSync(outDir, { recursive: true, force: true });
  }
  const older = readdirSync(CACHE)
    .filter((name) => name !== basename(dir) && !name.startsWith('building-'))
    .map((name) => ({ name, at: statSync(join(CACHE, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
    .slice(KEEP);
  for (const { name } of older) rmSync(join(CACHE, name), { recursive: true, force: true });
  return dir;
}
/**
 * Builds the app once and serves the production build for the browser tests (each worker starts
 * one Chromium of its own for its files: chromium.ts).
 */
export default async function setup(project: TestProject) {
  const outDir = await productionBuild();
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
  };
}
