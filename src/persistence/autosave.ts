import type { Board } from '../domain/types';

type Listening = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface AutosaverOptions {
  save(board: Board): Promise<void>;
  /** Quiet time after the last change before writing [300]. */
  delayMs?: number;
  /** A failed write; the board stays pending and is retried on the next schedule or flush. */
  onError(err: unknown): void;
  onSaved?(): void;
  /**
   * Called synchronously with the unsaved board when the page is hidden or left, before the
   * asynchronous write starts: a write begun on `pagehide` may not finish before the page goes,
   * so the app keeps a synchronous copy it can recover on the next load.
   */
  onHide?(board: Board): void;
  /** Where `pagehide` and `visibilitychange` arrive [window, when there is one]. */
  target?: Listening & { document?: Listening & Pick<Document, 'visibilityState'> };
}

export interface Autosaver {
  /** Remembers the board and writes it after the quiet time; the last board scheduled wins. */
  schedule(board: Board): void;
  /** Writes the pending board now; resolves when it is written or has failed (see onError). */
  flush(): Promise<void>;
  /** Stops listening; a board still pending is written one last time (the promise says when). */
  dispose(): Promise<void>;
  /** True while a board is waiting or being written. */
  pending(): boolean;
  /** Forgets the board waiting to be written (it was kept another way). */
  discard(): void;
}

function defaultTarget(): AutosaverOptions['target'] {
  return typeof window === 'undefined' ? undefined : window;
}

/**
 * Debounced, serialised board saving with a flush when the page is hidden or left, so edits
 * survive a closed tab. Writes never overlap: each one takes the newest board at its turn.
 */
export function createAutosaver(opts: AutosaverOptions): Autosaver {
  const delayMs = opts.delayMs ?? 300;
  const target = 'target' in opts ? opts.target : defaultTarget();
  let next: Board | null = null;
  let writing = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Each flush appends a turn; a turn writes whatever board is newest when it runs.
  let queue: Promise<void> = Promise.resolve();

  async function writeNewest(): Promise<void> {
    const board = next;
    if (board === null) return;
    next = null;
    writing++;
    let failure: { err: unknown } | null = null;
    try {
      await opts.save(board);
    } catch (err) {
      // Keep the failed board for a retry unless a newer one arrived meanwhile.
      if (next === null) next = board;
      failure = { err };
    } finally {
      writing--;
    }
    if (failure) opts.onError(failure.err);
    else opts.onSaved?.();
  }

  function cancelTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function flush(): Promise<void> {
    cancelTimer();
    const turn = queue.then(writeNewest);
    // A throwing callback rejects this flush but must not stop later turns.
    queue = turn.catch(() => undefined);
    return turn;
  }

  const hide = (): void => {
    if (next !== null) opts.onHide?.(next);
    void flush();
  };
  const onPageHide = (): void => hide();
  const onVisibility = (): void => {
    if (target?.document?.visibilityState === 'hidden') hide();
  };
  const visibilityTarget = target?.document;
  target?.addEventListener('pagehide', onPageHide);
  visibilityTarget?.addEventListener('visibilitychange', onVisibility);

  return {
    schedule(board) {
      next = board;
      cancelTimer();
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    dispose() {
      target?.removeEventListener('pagehide', onPageHide);
      visibilityTarget?.removeEventListener('visibilitychange', onVisibility);
      if (next !== null) return flush().catch(() => undefined);
      cancelTimer();
      return queue;
    },
    pending: () => next !== null || writing > 0,
    discard() {
      cancelTimer();
      next = null;
    },
  };
}
