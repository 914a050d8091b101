import type { Peer, PeerView } from './liveStore';
import { cleanName, isPeerColor } from './membership';

/** The map's zoom range (FlowCanvas), and a bound far beyond any board's extent. */
const MIN_ZOOM = 0.15;
const MAX_ZOOM = 2;
const MAX_COORD = 1e7;
const clampCoord = (v: number) => Math.min(MAX_COORD, Math.max(-MAX_COORD, v));

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
  if (
    view &&
    (view.view === 'map' ||
      view.view === 'swimlane' ||
      view.view === 'grid' ||
      view.view === 'outline')
  ) {
    const pv: PeerView = { view: view.view };
    const vp = view.viewport as Record<string, unknown> | undefined;
    if (vp && Number.isFinite(vp.x) && Number.isFinite(vp.y) && Number.isFinite(vp.zoom)) {
      // Followed as it is, so kept within what the map allows.
      const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, vp.zoom as number));
      pv.viewport = { x: clampCoord(vp.x as number), y: clampCoord(vp.y as number), zoom };
    }
    peer.view = pv;
  }
  return peer;
}
