import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files, started first so that none of them ends the run alone. Vitest orders files
 * by their last duration, which a fresh clone does not have (it then starts the largest files).
 */
const LONGEST = [
  'tests/browser/crash.test.ts',
  'tests/browser/live-room.test.ts',
  // Mostly waiting on its servers: it overlaps the others' CPU work, instead of ending the run.
  'tests/server/durability.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((path) => f.moduleId.endsWith(path));
      return i === -1 ? LONGEST.length : i;
    };
    return sorted
      .map((file, i) => ({ file, i }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i)
      .map(({ file }) => file);
  }
}
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default on a 2-core machine is one worker, so every file ran after the other while
    // the machine mostly waited (on Chromium, a server, a timer). Browser and server files run
    // alongside the unit files: each browser file has its own contexts (own storage) in the one
    // Chromium of the run, and each server test starts its servers on free ports.
    maxWorkers: Number(process.env.TEST_WORKERS ?? 3),
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure functions and fake storage made per test: the files share one module graph per
          // worker instead of loading it again for each (about half the unit project's time).
          // A test that needs a module fresh takes it with vi.resetModules().
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // One jsdom per worker for all its files, instead of a new one and a fresh load of the
          // app's modules for each (a fifth of the time); setup.ts clears what a test leaves.
          isolate: false,
          // Rendering the whole app in jsdom takes seconds when the machine is busy (the suite
          // runs files side by side on two cores): a budget for a slow machine, not a speed test.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // Each file drives its own contexts of the run's one Chromium and keeps no state of its
          // own in shared modules: the files of a worker load playwright-core and the helpers once
          // (a sixth of the project's CPU went to loading them again for each file).
          isolate: false,
          // A poll waits for something the page shows; on a busy 2-core machine that can take
          // longer than the default second, and a poll ends as soon as it holds.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
