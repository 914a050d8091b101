/** What a tab does with a board, as decided by the lock. */
export interface BoardClaimHandlers {
  /** This tab holds the lock: open the newest stored board for editing. */
  onEdit(): void | Promise<void>;
  /** Another tab edits the board: show the newest stored board read-only. */
  onRead(): void;
  /** Another tab asked to edit: write everything pending and stop editing before the lock goes. */
  handOver(): Promise<void>;
  /** The editing tab stored a new revision of the board. */
  onSaved(revision: number): void;
}

export interface BoardClaim {
  /** "Edit here": asks the editing tab to flush and hand the lock over. */
  requestEdit(): void;
  /** Tells the read-only tabs that a new revision is stored. */
  announceSaved(revision: number): void;
  dispose(): void;
}

type Message = { type: 'handover'; id: string } | { type: 'saved'; id: string; revision: number };

const CHANNEL = 'ka-canvas:boards';

/**
 * One tab edits a board at a time (Web Locks): the first tab to open it takes the lock; the
 * others show it read-only, follow its saves over a BroadcastChannel, and queue for the lock,
 * which they get when the editing tab closes or hands it over. Without Web Locks every tab
 * edits, and the stored revision check still refuses a write over a newer board.
 */
export function claimBoard(id: string, handlers: BoardClaimHandlers): BoardClaim {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const name = `ka-canvas:board:${id}`;
  const abort = new AbortController();
  let release: (() => void) | null = null;
  let disposed = false;

  const edit = async (lock: Lock | null): Promise<void> => {
    if (!lock || disposed) return;
    await handlers.onEdit();
    await new Promise<void>((resolve) => (release = resolve));
  };
  const queue = () => {
    if (disposed || !locks) return;
    locks.request(name, { signal: abort.signal }, edit).catch(() => undefined);
  };

  if (!locks) void handlers.onEdit();
  else {
    locks
      .request(name, { ifAvailable: true }, async (lock) => {
        if (lock) return edit(lock);
        handlers.onRead();
        queue();
      })
      .catch(() => undefined);
  }

  if (channel) {
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m?.id !== id || disposed) return;
      if (m.type === 'saved' && !release) handlers.onSaved(m.revision);
      if (m.type === 'handover' && release) {
        const done = release;
        release = null;
        void handlers.handOver().finally(() => {
          handlers.onRead();
          done();
          queue();
        });
      }
    };
  }

  return {
    requestEdit: () => channel?.postMessage({ type: 'handover', id } satisfies Message),
    announceSaved: (revision) =>
      channel?.postMessage({ type: 'saved', id, revision } satisfies Message),
    dispose() {
      disposed = true;
      abort.abort();
      release?.();
      release = null;
      channel?.close();
    },
  };
}
