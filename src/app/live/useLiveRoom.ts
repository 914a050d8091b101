import { useEffect } from 'react';
import { followedPeer, useLiveStore } from '../../live/liveStore';
import { readMembership, readUser, roomLink } from '../../live/membership';
import { useSessionStore } from '../../store/sessionStore';
import { useTabLock } from '../tabLock';

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
    // The sync engine loads only for a board that is in a room.
    void import('../../live/liveSession').then(({ startLiveSession }) => {
      if (cancelled) return;
      const session = startLiveSession(boardId, membership, user);
      useLiveStore.setState({ link: roomLink(appBase(), membership) });
      stop = () => void session.stop();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [boardId, ready, editing, roomKey]);

  const followedView = useLiveStore((s) => followedPeer(s)?.view?.view);
  useEffect(() => {
    if (followedView) useSessionStore.getState().setView(followedView);
  }, [followedView]);
}
