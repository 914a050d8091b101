import type { Peer, PeerView } from './liveStore';
import { cleanName, isPeerColor } from './membership';

/** Reads an awareness state, which any client can fill with anything. */
export function toPeer(clientId: number, state: Record<string, unknown>): Peer | null {
  const user = state.user as Record<string, unknown> | undefined;
  if (!user || typeof user.name !== 'string' || !isPeerColor(user.color)) return null;
  const peer: Peer = {
    clientId,
    name: cleanName(user.name) || '?',
    color: user.color,
    selection: [],
  };
  const cursor = state.cursor as Record<string, unknown> | null | undefined;
  if (cursor && Number.isFinite(cursor.x) && Number.isFinite(cursor.y)) {
    peer.cursor = { x: cursor.x as number, y: cursor.y as number };
  }
  if (Array.isArray(state.selection)) {
    peer.selection = state.selection
      .filter((id): id is string => typeof id === 'string')
      .slice(0, 200);
  }
  const view = state.view as Record<string, unknown> | undefined;
  if (view && (view.view === 'map' || view.view === 'swimlane' || view.view === 'grid')) {
    const pv: PeerView = { view: view.view };
    const vp = view.viewport as Record<string, unknown> | undefined;
    if (vp && Number.isFinite(vp.x) && Number.isFinite(vp.y) && Number.isFinite(vp.zoom)) {
      pv.viewport = { x: vp.x as number, y: vp.y as number, zoom: vp.zoom as number };
    }
    peer.view = pv;
  }
  return peer;
}
