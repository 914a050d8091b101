import { useEffect } from 'react';
import { followedPeer, useLiveStore } from '../live/liveStore';
import { readMembership, readUser, roomLink } from '../live/membership';
import { useSessionStore } from '../store/sessionStore';
import { useTabLock } from '../app/tabLock';

/** The address the app is served at, which a room link starts with. */
export function appBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * Keeps the open board in its live room while the editor shows it in this tab (the tab that
 * edits it): joins when the board is ready, leaves when the editor closes or the room is left.
 * Following a participant also follows the view they are in.
 */
export function useLiveRoom(boardId: string, ready: boolean): void {
  const editing = useTabLock((s) => s.mode === 'editing');
  const roomKey = useLiveStore((s) => s.roomKey);
  useEffect(() => {
    if (!ready || !editing) return;
    const membership = readMembership(boardId);
    const user = readUser();
    if (!membership || !user) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    let retry = 0;
    let delay = 1000;
    // The sync engine loads only for a board that is in a room; a failed load (the network
    // gone before the app was kept offline) is tried again, the status saying "connecting".
    const load = () => {
      useLiveStore.setState({ status: { kind: 'connecting' } });
      import('../live/liveSession').then(
        ({ startLiveSession }) => {
          if (cancelled) return;
          const session = startLiveSession(boardId, membership, user);
          useLiveStore.setState({ link: roomLink(appBase(), membership) });
          // Leaving the room (the membership gone) also forgets the room's document here.
          stop = () => void session.stop({ forget: !readMembership(boardId) });
        },
        () => {
          if (cancelled) return;
          retry = window.setTimeout(load, delay);
          delay = Math.min(delay * 2, 30_000);
        },
      );
    };
    load();
    return () => {
      cancelled = true;
      window.clearTimeout(retry);
      stop?.();
      if (!stop) useLiveStore.setState({ status: { kind: 'local' } });
    };
  }, [boardId, ready, editing, roomKey]);

  const followedView = useLiveStore((s) => followedPeer(s)?.view?.view);
  useEffect(() => {
    if (followedView) useSessionStore.getState().setView(followedView);
  }, [followedView]);
}
