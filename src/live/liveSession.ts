/**
 * A board in a live room: binds the document store to a Yjs document synced by Hocuspocus,
 * keeps the document in IndexedDB (y-indexeddb) so edits made offline merge when the
 * connection returns and shares presence (awareness). Undo stays the document store's one history
 * (src/store/history.ts): a colleague's change comes in as a `remote` entry, never undone, and
 * this user's undo is written to the room like any other gesture.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Board } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import {
  isEmptyDoc,
  isNewerRoom,
  readBoard,
  readBoardTolerant,
  restoreValidParts,
  writeBoard,
} from './boardDoc';
import {
  useLiveStore,
  type LiveStatus,
  type RefusalReason,
  type LocalPresence,
  type Peer,
  type PeerView,
} from './liveStore';
import { toPeer } from './presence';
import { roomDatabaseName, roomToken, type LiveUser, type Membership } from './membership';

/** The origin of this client's own changes (edits, undos, redos): the room's reads skip them. */
export const LOCAL_ORIGIN = Symbol('local-edit');

/**
 * The heartbeat: with nothing heard from the server for `HEARTBEAT_MS`, this laptop asks (the
 * server answers at once, see src/server/roomServer.ts); with nothing heard for `STALE_MS`, the
 * connection counts as gone (a network that vanished leaves the socket hanging, not closed) and
 * the socket is closed and opened again.
 */
export const HEARTBEAT_MS = 500;
export const STALE_MS = 1500;
export const PING = 'ka:ping';
/** What the server says when its Redis goes down and comes back (src/server/roomServer.ts). */
const REDIS_DOWN = 'ka:redis-down';
const REDIS_UP = 'ka:redis-up';

/** Opens a room's document: kept in IndexedDB, synced with the server. */
export function openRoomDoc(m: Membership, handlers: Partial<RoomHandlers> = {}) {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(roomDatabaseName(m.roomId), doc);
  const socket = new HocuspocusProviderWebsocket({
    url: m.server,
    messageReconnectTimeout: STALE_MS,
    // Back within seconds when the network returns (the browser's online event also retries).
    maxDelay: 5_000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: m.roomId,
    document: doc,
    token: roomToken(m),
    onAuthenticationFailed: ({ reason }) => handlers.onRefused?.(reason),
    onSynced: () => handlers.onSynced?.(),
    onStatus: () => handlers.onChange?.(),
    onUnsyncedChanges: () => handlers.onChange?.(),
    onAwarenessChange: () => handlers.onAwareness?.(),
    onStateless: ({ payload }) => handlers.onStateless?.(payload),
    onClose: ({ event }) => {
      // The server closes with these codes when a change is over its caps (src/server).
      if (event.code === 1009 || event.code === 4413) handlers.onTooLarge?.();
      // …and with this one when a change would make the room's board invalid.
      if (event.code === 4422) handlers.onInvalidChange?.();
      // …and with this one when its storage is full.
      if (event.code === 4507) handlers.onRefused?.('storage-full');
    },
  });
  provider.attach();
  return { doc, persistence, provider, socket };
}

interface RoomHandlers {
  onRefused(reason: string): void;
  onSynced(): void;
  onChange(): void;
  onAwareness(): void;
  onTooLarge(): void;
  onInvalidChange(): void;
  onStateless(payload: string): void;
}

export interface LiveSession {
  /**
   * Leaves the room. With `forget`, the room's copy in this browser is deleted once the server
   * has confirmed every local change (waiting up to `confirmWithinMs`, by default as long as the
   * page lives); a copy with unconfirmed changes is kept.
   */
  stop(options?: { forget?: boolean; confirmWithinMs?: number }): Promise<void>;
}

/** Resolves true once the server acknowledged every change sent, false after `withinMs`. */
function allConfirmed(provider: HocuspocusProvider, withinMs = Infinity): Promise<boolean> {
  return new Promise((resolve) => {
    if (!provider.hasUnsyncedChanges) return resolve(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = ({ number }: { number: number }) => {
      if (number !== 0) return;
      done(true);
    };
    const done = (value: boolean) => {
      provider.off('unsyncedChanges', listener);
      clearTimeout(timer);
      resolve(value);
    };
    provider.on('unsyncedChanges', listener);
    if (Number.isFinite(withinMs)) timer = setTimeout(() => done(false), withinMs);
  });
}

/**
 * Joins the room of the open board. Until the first sync the store keeps its board; after it,
 * the newer of the two (by `updatedAt`) goes to the other side, and from then on every local
 * gesture is written to the document and every change from the room goes to the store, through
 * the one validation.
 */
export function startLiveSession(boardId: string, m: Membership, user: LiveUser): LiveSession {
  const live = useLiveStore.setState;
  const store = useDocumentStore;
  let stopped = false;
  let bound = false;
  let refused: RefusalReason | null = null;
  let wasLive = false;
  /** The browser says it is offline (its offline event, navigator.onLine). */
  let browserOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
  /** Nothing heard from the server for STALE_MS while the socket looked open. */
  let stale = false;
  let lastHeard = Date.now();
  /** The server confirmed every local change since the connection (re)opened. */
  let confirmed = false;
  /** The server said its Redis is down: colleagues on another instance may not get edits. */
  let degraded = false;
  let lastSynced: Board | null = null;
  let applying = false;
  let readQueued = false;

  const { doc, persistence, provider, socket } = openRoomDoc(m, {
    onRefused: (reason) => {
      refused =
        reason === 'room-limit' || reason === 'storage-full'
          ? 'server-full'
          : reason === 'room-create-token'
            ? 'create-token'
            : 'secret';
      if (refused !== 'secret') provider.disconnect();
      updateStatus();
    },
    onTooLarge: () => {
      // Sending the same change again would be refused again: stop and say so.
      refused = 'too-large';
      provider.disconnect();
      updateStatus();
    },
    onInvalidChange: () => {
      refused = 'invalid-change';
      provider.disconnect();
      updateStatus();
    },
    onSynced: () => {
      void persistence.whenSynced.then(() => {
        if (!stopped && !bound) bind();
        updateStatus();
      });
    },
    onChange: () => updateStatus(),
    onAwareness: () => updatePeers(),
    onStateless: (payload) => {
      if (payload !== REDIS_DOWN && payload !== REDIS_UP) return;
      degraded = payload === REDIS_DOWN;
      updateStatus();
    },
  });

  function updateStatus(): void {
    if (stopped) return;
    const connected = socket.status === 'connected' && !browserOffline && !stale;
    if (!connected || !provider.isSynced) confirmed = false;
    else if (!provider.hasUnsyncedChanges) confirmed = true;
    // This user and every participant who said who they are (bare states are not people).
    const people = 1 + useLiveStore.getState().peers.length;
    const unsynced = provider.unsyncedChanges;
    let status: LiveStatus;
    if (refused) status = { kind: 'refused', reason: refused };
    else if (connected && confirmed && degraded) status = { kind: 'degraded', people };
    else if (connected && confirmed) status = { kind: 'live', people };
    else if (connected && provider.isSynced) status = { kind: 'syncing', unsynced };
    else if (wasLive || browserOffline) status = { kind: 'offline', unsynced };
    else status = { kind: 'connecting' };
    // "Live" only once the server has confirmed the last local change after a (re)connection;
    // while edits flow on a live connection it stays live.
    if (status.kind === 'live') wasLive = true;
    live({ status });
  }

  // The browser's own word on the network, at once; the heartbeat for a network that vanished
  // without it.
  const onOffline = () => {
    browserOffline = true;
    updateStatus();
    // The socket would hang: close it, so the room is synced afresh on return.
    if (socket.status !== 'disconnected') socket.webSocket?.close();
  };
  const onOnline = () => {
    browserOffline = false;
    lastHeard = Date.now();
    updateStatus();
    void socket.connect();
  };
  globalThis.addEventListener?.('offline', onOffline);
  globalThis.addEventListener?.('online', onOnline);
  const onMessage = () => {
    lastHeard = Date.now();
    if (stale) {
      stale = false;
      updateStatus();
    }
  };
  const onSocketStatus = () => {
    lastHeard = Date.now();
    stale = false;
    // A new connection may reach another instance: it says so if its Redis is down.
    if (socket.status !== 'connected') degraded = false;
    updateStatus();
  };
  socket.on('message', onMessage);
  socket.on('status', onSocketStatus);
  const heartbeat = setInterval(() => {
    if (socket.status !== 'connected' || browserOffline) return;
    const quiet = Date.now() - lastHeard;
    if (quiet >= STALE_MS && !stale) {
      stale = true;
      updateStatus();
      socket.webSocket?.close();
    } else if (quiet >= HEARTBEAT_MS) {
      provider.sendStateless(PING);
    }
  }, HEARTBEAT_MS / 2);

  function updatePeers(): void {
    if (stopped || !provider.awareness) return;
    const peers: Peer[] = [];
    for (const [clientId, state] of provider.awareness.getStates()) {
      if (clientId === doc.clientID) continue;
      const peer = toPeer(clientId, state);
      if (peer) peers.push(peer);
    }
    // Following survives a participant dropping out for a moment (their laptop or the server
    // reconnecting): it resumes when they are back, and ends only when this user moves.
    live({ peers });
    updateStatus();
  }

  /**
   * A room written by a newer version of the app, or whose version is unknown: this one neither
   * reads it nor writes its older shape over it. The board stays here as it is; reloading picks
   * up a new version, and a member may restore the last valid state (merged with the room).
   * The connection stays, so a restore made elsewhere is seen.
   */
  function refuseNewer(): void {
    refused = 'newer';
    updateStatus();
  }

  /**
   * Puts the room's board in the store. A board that fails validation is not applied: the
   * last valid board stays, later gestures write only what they change, and the user is told
   * (and may restore the last valid board to the room, which then holds it whole).
   */
  function readFromDoc(result?: ReturnType<typeof readBoardTolerant>): void {
    readQueued = false;
    if (stopped || !bound) return;
    if (isNewerRoom(doc)) return refuseNewer();
    if (refused === 'newer') {
      refused = null; // put right, here or by someone else
      updateStatus();
    }
    result ??= readBoardTolerant(doc, lastSynced ?? store.getState().board);
    if (!result.ok || result.board.id !== boardId) {
      live({ invalid: true, setAside: [] });
      return;
    }
    const board = result.board;
    live({ invalid: false, setAside: result.setAside });
    applying = true;
    try {
      const { migratedFrom } = result;
      store.getState().applyRemote(board, migratedFrom === undefined ? {} : { migratedFrom });
    } finally {
      applying = false;
    }
    // The store keeps its own board when the room's says the same: writes compare with it.
    const held = store.getState().board;
    lastSynced = held?.id === boardId ? held : board;
  }

  /**
   * First contact with the room's document. An empty room gets this board; otherwise the room
   * wins (clocks of different laptops cannot say whose copy is newer), and a board here that
   * differs from it and was edited later is handed to the editor to keep as a copy.
   */
  function bind(): void {
    bound = true;
    if (isNewerRoom(doc)) return refuseNewer();
    const current = store.getState().board;
    if (!current || current.id !== boardId) {
      readFromDoc();
    } else if (isEmptyDoc(doc)) {
      writeBoard(doc, current, null, LOCAL_ORIGIN);
      lastSynced = current;
    } else {
      const inRoom = readBoardTolerant(doc, current);
      if (inRoom.ok && inRoom.board.id === boardId) {
        const room = inRoom.board;
        if (current.updatedAt > room.updatedAt && !sameContent(current, room)) {
          live({ displaced: current });
        }
        readFromDoc(inRoom);
      } else {
        // Not applied: the board here stays until the room holds a valid one again.
        live({ invalid: true });
        lastSynced = current;
      }
    }
    // Binding wrote the board as it stood, or took the room's: that is nothing to undo.
    store.getState().clearHistory();
  }

  /** Reads the room once after the current task, however many updates arrive in it. */
  const queueRead = () => {
    if (readQueued) return;
    readQueued = true;
    queueMicrotask(() => readFromDoc());
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== LOCAL_ORIGIN && bound) queueRead();
  };
  doc.on('update', onUpdate);

  const unsubscribeStore = store.subscribe((state, prev) => {
    if (applying || !bound || stopped || state.readOnly || refused === 'newer') return;
    if (!state.board || state.board === prev.board || state.board.id !== boardId) return;
    if (state.lastChange === 'open' || state.lastChange === 'remote') {
      // A board loaded from storage (another tab handing over, a file replacing it) is not an
      // edit: the room's board goes back in its place rather than older values into the room.
      queueRead();
      return;
    }
    writeBoard(doc, state.board, lastSynced, LOCAL_ORIGIN);
    lastSynced = state.board;
    // An undo or redo rebased over a colleague's change may leave what the room's read drops
    // (a link to an item they deleted): the room's board comes back, as for any merge.
    if (state.lastChange === 'history' && state.remoteChanges > 0) queueRead();
    if (useLiveStore.getState().invalid && readBoard(doc).ok) live({ invalid: false });
  });

  // Presence: name and colour, where this user looks and what they have selected.
  const awareness = provider.awareness;
  // Someone new: say who is here at once, rather than at the next 15 s renewal (a newcomer on
  // another server instance behind Redis only hears states sent after it joined).
  awareness?.on('change', ({ added }: { added: number[] }) => {
    if (stopped || !added.some((id) => id !== doc.clientID)) return;
    const own = awareness.getLocalState();
    if (own) awareness.setLocalState({ ...own });
  });
  awareness?.setLocalStateField('user', { name: user.name, color: user.color });
  awareness?.setLocalStateField('selection', useSessionStore.getState().selection);
  awareness?.setLocalStateField('view', { view: useSessionStore.getState().view });
  const unsubscribeSession = useSessionStore.subscribe((state, prev) => {
    if (state.selection !== prev.selection) {
      awareness?.setLocalStateField('selection', state.selection.slice(0, 200));
    }
    if (state.view !== prev.view) {
      const view: PeerView = { view: state.view };
      awareness?.setLocalStateField('view', view);
    }
  });
  let pending: Partial<LocalPresence> = {};
  let frame = 0;
  const flushPresence = () => {
    frame = 0;
    for (const [key, value] of Object.entries(pending)) awareness?.setLocalStateField(key, value);
    pending = {};
  };
  live({
    status: { kind: 'connecting' },
    invalid: false,
    setAside: [],
    displaced: null,
    restore: () => {
      const board = store.getState().board;
      if (stopped || !bound || !board || board.id !== boardId) return;
      // Only the parts that fail validation get their last valid value: every valid edit in
      // the room, a colleague's made meanwhile too, stays.
      const restored = restoreValidParts(doc, lastSynced ?? board, LOCAL_ORIGIN);
      if (refused === 'newer' && !isNewerRoom(doc)) refused = null;
      readFromDoc();
      if (restored) live({ invalid: !readBoard(doc).ok });
      updateStatus();
    },
    peers: [],
    following: null,
    publish: (key, value) => {
      pending[key] = value as never;
      // One awareness message per frame at most, however fast the pointer moves.
      if (!frame) frame = requestAnimationFrame(flushPresence);
    },
  });

  // With the document already kept in this browser, edits flow before the server answers.
  void persistence.whenSynced.then(() => {
    if (stopped || bound) return;
    if (!isEmptyDoc(doc)) bind();
    updateStatus();
  });

  return {
    async stop(options) {
      if (stopped) return;
      stopped = true;
      // The editor shows "local" at once; the connection and the kept document close after.
      live({
        status: { kind: 'local' },
        peers: [],
        following: null,
        invalid: false,
        setAside: [],
        displaced: null,
        link: null,
        publish: () => {},
        restore: null,
      });
      if (frame) cancelAnimationFrame(frame);
      clearInterval(heartbeat);
      globalThis.removeEventListener?.('offline', onOffline);
      globalThis.removeEventListener?.('online', onOnline);
      socket.off('message', onMessage);
      socket.off('status', onSocketStatus);
      unsubscribeStore();
      unsubscribeSession();
      doc.off('update', onUpdate);
      let confirmed = true;
      try {
        // Tell the room this user left, before the connection goes.
        awareness?.setLocalState(null);
        provider.flushPendingUpdates();
        // Leaving forgets the room's copy here only once the server confirmed every change of
        // this laptop: until then the connection stays (out of sight) and the copy is kept.
        if (options?.forget) confirmed = await allConfirmed(provider, options.confirmWithinMs);
        provider.destroy();
        provider.configuration.websocketProvider.destroy();
      } finally {
        try {
          if (options?.forget && confirmed) await persistence.clearData();
          else await persistence.destroy();
        } finally {
          doc.destroy();
        }
      }
    },
  };
}

/** Same board apart from when it was last changed. */
export function sameContent(a: Board, b: Board): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

/**
 * Fetches the board a room holds (for joining from a link): syncs the room once and keeps its
 * document in this browser. Resolves with the validated board, or the reason it could not.
 */
export function fetchRoomBoard(
  m: Membership,
  timeoutMs = 15_000,
): Promise<
  { ok: true; board: Board } | { ok: false; reason: 'refused' | 'timeout' | 'invalid' | 'empty' }
> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (
      result:
        | { ok: true; board: Board }
        | { ok: false; reason: 'refused' | 'timeout' | 'invalid' | 'empty' },
    ) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      room.provider.destroy();
      room.socket.destroy();
      void room.persistence.destroy().finally(() => {
        room.doc.destroy();
        resolve(result);
      });
    };
    const room = openRoomDoc(m, {
      onRefused: () => finish({ ok: false, reason: 'refused' }),
      onSynced: () => {
        void room.persistence.whenSynced.then(() => {
          if (isEmptyDoc(room.doc)) return finish({ ok: false, reason: 'empty' });
          // What fails validation is set aside; the rest of the room is joined.
          const result = readBoardTolerant(room.doc, null);
          finish(result.ok ? { ok: true, board: result.board } : { ok: false, reason: 'invalid' });
        });
      },
    });
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs);
  });
}
