import type { LeaseStore } from '../persistence/lease';

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

type Message =
  | { type: 'handover'; id: string; from?: string }
  | { type: 'released'; id: string; to: string | null; owner: string }
  | { type: 'saved'; id: string; revision: number };

const CHANNEL = 'ka-canvas:boards';
/** A lease lasts this long unless renewed; a tab that closes without a word frees it by then. */
export const LEASE_TTL_MS = 8_000;
/** How often the editing tab renews its lease, and a waiting tab tries to take it. */
export const LEASE_RENEW_MS = 2_000;

/**
 * One tab edits a board at a time: the first tab to open it takes the lock; the others show it
 * read-only, follow its saves over a BroadcastChannel, and get the lock when the editing tab
 * closes or hands it over ("Edit here"). The lock is a Web Lock where the browser has them, else
 * a lease in IndexedDB (`leases`), renewed while the tab edits. Without either (boards kept in
 * this tab's memory) the tab edits, and the stored revision check still refuses a write over a
 * newer board.
 */
export function claimBoard(
  id: string,
  handlers: BoardClaimHandlers,
  leases: LeaseStore | null = null,
): BoardClaim {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const name = `ka-canvas:board:${id}`;
  const me = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const abort = new AbortController();
  let release: (() => void) | null = null;
  let disposed = false;
  const post = (m: Message) => channel?.postMessage(m);

  const edit = async (lock: Lock | null): Promise<void> => {
    if (!lock || disposed) return;
    await handlers.onEdit();
    await new Promise<void>((resolve) => (release = resolve));
  };
  const queue = () => {
    if (disposed || !locks) return;
    locks.request(name, { signal: abort.signal }, edit).catch(() => undefined);
  };

  const lease = !locks && leases ? leaseClaim(name, me, leases, handlers, post) : null;
  if (locks) {
    locks
      .request(name, { ifAvailable: true }, async (lock) => {
        if (lock) return edit(lock);
        handlers.onRead();
        queue();
      })
      .catch(() => undefined);
  } else if (lease) lease.start();
  else void handlers.onEdit();

  const editing = () => (lease ? lease.holding() : locks ? release !== null : true);

  if (channel) {
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m?.id !== id || disposed) return;
      if (m.type === 'saved' && !editing()) handlers.onSaved(m.revision);
      if (m.type === 'released' && lease && (m.to === null || m.to === me)) lease.tryNow(m.owner);
      if (m.type !== 'handover') return;
      if (lease) lease.handOver(m.from ?? null);
      else if (release) {
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
    requestEdit: () => post({ type: 'handover', id, from: me }),
    announceSaved: (revision) => post({ type: 'saved', id, revision }),
    dispose() {
      disposed = true;
      abort.abort();
      release?.();
      release = null;
      lease?.stop();
      channel?.close();
    },
  };
}

/** The lease side of `claimBoard`: take, renew, hand over and give up the lease `name`. */
function leaseClaim(
  name: string,
  me: string,
  leases: LeaseStore,
  handlers: BoardClaimHandlers,
  post: (m: Message) => void,
) {
  const id = name.slice('ka-canvas:board:'.length);
  let holding = false;
  let busy = false;
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | null = null;

  const acquire = (replacing?: string) =>
    leases.acquireLease(name, me, LEASE_TTL_MS, replacing).catch(() => false);
  const become = async (editing: boolean) => {
    if (editing) await handlers.onEdit();
    else handlers.onRead();
  };
  /** Takes the lease when it is free; renews it while held; stops editing when it was lost. */
  const tick = async (replacing?: string): Promise<void> => {
    if (stopped || busy) return;
    busy = true;
    try {
      const ok = await acquire(replacing);
      if (stopped) {
        if (ok && !holding) await leases.releaseLease(name, me).catch(() => undefined);
        return;
      }
      if (ok && !holding) {
        holding = true;
        await become(true);
      } else if (!ok && holding) {
        // This tab was stalled past its lease and another one edits now.
        holding = false;
        await handlers.handOver().catch(() => undefined);
        await become(false);
      }
    } finally {
      busy = false;
    }
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') void tick();
  };
  /** Closing or leaving: the other tabs hear it at once (the lease row may outlive the page). */
  const giveUp = () => {
    if (!holding) return;
    holding = false;
    post({ type: 'released', id, to: null, owner: me });
    void leases.releaseLease(name, me).catch(() => undefined);
  };

  return {
    holding: () => holding,
    start() {
      busy = true;
      void acquire().then(async (ok) => {
        busy = false;
        if (stopped) return;
        holding = ok;
        await become(ok);
      });
      timer = setInterval(() => void tick(), LEASE_RENEW_MS);
      document.addEventListener('visibilitychange', onVisible);
      window.addEventListener('pagehide', giveUp);
    },
    tryNow: (replacing: string) => void tick(replacing),
    /** Another tab asked to edit: write what is pending, then give the lease to that tab. */
    handOver(to: string | null): void {
      if (stopped || !holding) return;
      // A renewal in flight finishes first; the request is not dropped.
      if (busy) {
        setTimeout(() => this.handOver(to), 50);
        return;
      }
      busy = true;
      void handlers
        .handOver()
        .catch(() => undefined)
        .then(async () => {
          holding = false;
          await leases.releaseLease(name, me).catch(() => undefined);
          post({ type: 'released', id, to, owner: me });
          handlers.onRead();
        })
        .finally(() => (busy = false));
    },
    stop() {
      stopped = true;
      if (timer !== null) clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pagehide', giveUp);
      giveUp();
    },
  };
}
