/**
 * Runs long drawing work in slices of a few milliseconds that give the page back in between,
 * so the page keeps painting (the progress, a Cancel press) and an abort stops the work within
 * one slice.
 */

/** How long one slice may run before the page gets a turn. */
export const SLICE_MS = 20;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the page a turn: `scheduler.yield()` where the browser has it (the work continues ahead
 * of other queued tasks), else a message-channel task (not clamped like a nested timer).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** Told how many of the tasks are done, after each slice. */
  onProgress?: (done: number, total: number) => void;
  sliceMs?: number;
  /** The clock (injectable for tests). */
  now?: () => number;
  /** How a slice gives the page its turn (injectable for tests). */
  yieldTo?: () => Promise<void>;
}

/**
 * Calls `run` for each task, yielding to the page whenever a slice has run `sliceMs`, and
 * checking `signal` before each slice: an abort rejects with the signal's reason (an
 * `AbortError`) before any further task runs.
 */
export async function runInSlices<T>(
  tasks: readonly T[],
  run: (task: T) => void,
  options: SliceOptions = {},
): Promise<void> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const yieldTo = options.yieldTo ?? yieldToPage;
  let i = 0;
  while (i < tasks.length) {
    options.signal?.throwIfAborted();
    const until = now() + sliceMs;
    do run(tasks[i++]!);
    while (i < tasks.length && now() < until);
    options.onProgress?.(i, tasks.length);
    if (i < tasks.length) await yieldTo();
  }
  options.signal?.throwIfAborted();
}
