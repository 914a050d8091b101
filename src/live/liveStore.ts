import { create } from 'zustand';
import type { Board } from '../domain/types';
import type { SetAside } from './boardDoc';
import type { EditorView } from '../store/sessionStore';

/** Where a participant looks: the view and, on the map, the viewport. */
export interface PeerView {
  view: EditorView;
  viewport?: { x: number; y: number; zoom: number };
}

/** Another person in the room, as their awareness state says (checked: it is untrusted). */
export interface Peer {
  clientId: number;
  name: string;
  color: string;
  cursor?: { x: number; y: number };
  selection: string[];
  view?: PeerView;
}

export type LiveStatus =
  | { kind: 'local' }
  | { kind: 'connecting' }
  | { kind: 'live'; people: number }
  /** Connected and confirmed, but the server's Redis is down: other instances miss the edits. */
  | { kind: 'degraded'; people: number }
  /** Connected, the server not yet having confirmed every local change since reconnecting. */
  | { kind: 'syncing'; unsynced: number }
  | { kind: 'offline'; unsynced: number }
  | { kind: 'refused'; reason: RefusalReason };

/** Why the room server does not sync this room (src/server/roomServer.ts). */
export type RefusalReason =
  'secret' | 'too-large' | 'newer' | 'invalid-change' | 'server-full' | 'create-token';

/** The fields this client shares with the room (its awareness state). */
export interface LocalPresence {
  cursor: { x: number; y: number } | null;
  view: PeerView;
}

export interface LiveState {
  status: LiveStatus;
  /** The room's document held a board that failed validation: the last valid board is kept. */
  invalid: boolean;
  /** Parts of the room's board that failed validation and are not shown (the rest is). */
  setAside: SetAside[];
  /** Writes the last valid board here to the room whole (offered while the room is invalid). */
  restore: (() => void) | null;
  /**
   * The board this browser held when it joined, edited later than the room's and different
   * from it: the room's board is shown, and the editor keeps this one as a copy.
   */
  displaced: Board | null;
  peers: Peer[];
  /** The participant whose view this one follows, until the user moves. */
  following: number | null;
  /** The link of the room this board is in (with its secret), or null. */
  link: string | null;
  /** Shares a presence field with the room; does nothing outside a room. */
  publish: <K extends keyof LocalPresence>(key: K, value: LocalPresence[K]) => void;
  follow(clientId: number | null): void;
  /** Bumped when this board joins or leaves a room, so the editor starts or stops the session. */
  roomKey: number;
  roomChanged(): void;
}

export const useLiveStore = create<LiveState>()((set) => ({
  status: { kind: 'local' },
  invalid: false,
  setAside: [],
  restore: null,
  displaced: null,
  peers: [],
  following: null,
  link: null,
  publish: () => {},
  follow: (following) => set({ following }),
  roomKey: 0,
  roomChanged: () => set((s) => ({ roomKey: s.roomKey + 1 })),
}));

/** The followed participant, while there is one and they are still in the room. */
export function followedPeer(state: LiveState): Peer | null {
  if (state.following === null) return null;
  return state.peers.find((p) => p.clientId === state.following) ?? null;
}
