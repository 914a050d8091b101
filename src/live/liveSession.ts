/**
 * A board in a live room: binds the document store to a Yjs document synced by Hocuspocus,
 * keeps the document in IndexedDB (y-indexeddb) so edits made offline merge when the
 * connection returns, shares presence (awareness) and keeps undo to this user's own gestures.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Board } from '../domain/types';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import {
  COLLECTIONS,
  isEmptyDoc,
  isNewerRoom,
  readBoard,
  readBoardTolerant,
  restoreValidParts,
  writeBoard,
} from './boardDoc';
import { useLiveStore, type LocalPresence, type Peer, type PeerView } from './liveStore';
import { toPeer } from './presence';
import { roomDatabaseName, type LiveUser, type Membership } from './membership';

/** The origin of this client's own changes: the only ones its undo manager tracks. */
export const LOCAL_ORIGIN = Symbol('local-edit');

/** A gesture is one undo step: the store says when a new one starts, not a timer. */
const NO_CAPTURE_TIMEOUT = 2 ** 31 - 1;

/** Opens a room's document: kept in IndexedDB, synced with the server. */
export function openRoomDoc(m: Membership, handlers: Partial<RoomHandlers> = {}) {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(roomDatabaseName(m.roomId), doc);
  const provider = new HocuspocusProvider({
    url: m.server,
    name: m.roomId,
    document: doc,
    token: m.secret,
    onAuthenticationFailed: () => handlers.onRefused?.(),
    onSynced: () => handlers.onSynced?.(),
    onStatus: () => handlers.onChange?.(),
    onUnsyncedChanges: () => handlers.onChange?.(),
    onAwarenessChange: () => handlers.onAwareness?.(),
    onClose: ({ event }) => {
      // The server closes with these codes when a change is over its caps (src/server).
      if (event.code === 1009 || event.code === 4413) handlers.onTooLarge?.();
      // …and with this one when a change would make the room's board invalid.
      if (event.code === 4422) handlers.onInvalidChange?.();
    },
  });
  return { doc, persistence, provider };
}

interface RoomHandlers {
  onRefused(): void;
  onSynced(): void;
  onChange(): void;
  onAwareness(): void;
  onTooLarge(): void;
  onInvalidChange(): void;
}

export interface LiveSession {
  stop(options?: { forget?: boolean }): Promise<void>;
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
  let refused: 'secret' | 'too-large' | 'newer' | 'invalid-change' | null = null;
  let wasLive = false;
  let lastSynced: Board | null = null;
  let applying = false;
  let readQueued = false;

  const { doc, persistence, provider } = openRoomDoc(m, {
    onRefused: () => {
      refused = 'secret';
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
  });

  const scope = [
    doc.getMap('board'),
    doc.getMap('sales'),
    ...COLLECTIONS.flatMap((name) => [doc.getMap(name), doc.getArray(`order:${name}`)]),
  ];
  const undo = new Y.UndoManager(scope, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: NO_CAPTURE_TIMEOUT,
  });
  const syncHistory = () =>
    store.getState().setExternalHistory({
      undo: () => undo.undo(),
      redo: () => undo.redo(),
      canUndo: undo.canUndo(),
      canRedo: undo.canRedo(),
    });
  undo.on('stack-item-added', syncHistory);
  undo.on('stack-item-popped', syncHistory);
  undo.on('stack-cleared', syncHistory);

  function updateStatus(): void {
    if (stopped) return;
    const connected = provider.configuration.websocketProvider.status === 'connected';
    if (connected && provider.isSynced) wasLive = true;
    // This user and every participant who said who they are (bare states are not people).
    const people = 1 + useLiveStore.getState().peers.length;
    const status = refused
      ? ({ kind: 'refused', reason: refused } as const)
      : connected && provider.isSynced
        ? ({ kind: 'live', people } as const)
        : wasLive
          ? ({ kind: 'offline', unsynced: provider.unsyncedChanges } as const)
          : ({ kind: 'connecting' } as const);
    live({ status });
  }

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
      store.getState().applyRemote(board);
    } finally {
      applying = false;
    }
    lastSynced = board;
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
    // Binding wrote the board as it stood: that is nothing to undo.
    undo.clear();
    syncHistory();
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
    if (state.entries !== prev.entries) undo.stopCapturing();
    writeBoard(doc, state.board, lastSynced, LOCAL_ORIGIN);
    lastSynced = state.board;
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
      undo.stopCapturing();
      const restored = restoreValidParts(doc, lastSynced ?? board, LOCAL_ORIGIN);
      undo.stopCapturing();
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
      unsubscribeStore();
      unsubscribeSession();
      doc.off('update', onUpdate);
      if (store.getState().externalHistory) store.getState().setExternalHistory(null);
      try {
        undo.destroy();
        // Tell the room this user left, before the connection goes.
        awareness?.setLocalState(null);
        provider.flushPendingUpdates();
        provider.destroy();
        provider.configuration.websocketProvider.destroy();
      } finally {
        try {
          if (options?.forget) await persistence.clearData();
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
