import { existsSync } from 'node:fs';

/** Headless Chromium on this machine: no sandbox (root), no GPU, no calls home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Debian's headless shell (package chromium-headless-shell: the same Chromium build without the
 * browser's window code, what Playwright itself runs for headless tests), which takes about a third
 * less CPU per test than the full browser in headless mode.
 */
export const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
export const FULL_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the tests drive: the one named by CHROME_PATH, else the headless shell, else
 * Debian's full Chromium; `full`: the browser people run (the hard-kill test: how quickly its
 * storage takes a write decides what a crash keeps). Missing Chromium is an error, never a skip.
 */
export function chromiumPath(which: 'test' | 'full' = 'test'): string {
  const candidates = which === 'full' ? [FULL_CHROMIUM] : [HEADLESS_SHELL, FULL_CHROMIUM];
  const path = process.env.CHROME_PATH ?? candidates.find(existsSync) ?? FULL_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (apt-get install -y chromium-headless-shell) or set CHROME_PATH.`,
    );
  }
  return path;
}
