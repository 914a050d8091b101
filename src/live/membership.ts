/**
 * What the browser keeps about live rooms (local storage, each value versioned and checked on
 * the way in, since storage is untrusted): which room a board is in, the user's name and colour,
 * and the room server's address.
 */
import { ROOM_ID_PATTERN, SECRET_PATTERN } from './roomId';

export interface Membership {
  v: 1;
  roomId: string;
  secret: string;
  server: string;
  /** The server's room creation code (ROOM_CREATE_TOKEN), for the one who starts the room. */
  createToken?: string;
}

/** What the room server is sent as the token: the secret, and the creation code if any. */
export function roomToken(m: Membership): string {
  return m.createToken ? `${m.secret}:${m.createToken}` : m.secret;
}

export const MAX_CREATE_TOKEN_LENGTH = 200;

export interface LiveUser {
  v: 1;
  name: string;
  color: string;
}

/** The IndexedDB database (y-indexeddb) that keeps a room's document in this browser. */
export function roomDatabaseName(roomId: string): string {
  return `ka-room-${roomId}`;
}

const ROOM_PREFIX = 'ka-canvas:room:';
const USER_KEY = 'ka-canvas:live-user';
const SERVER_KEY = 'ka-canvas:room-server';

export const PEER_COLORS = ['#d9480f', '#1971c2', '#2f9e44', '#9c36b5', '#e8590c', '#0c8599'];
export const MAX_NAME_LENGTH = 40;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readJson(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // A full or blocked storage only means the room is not remembered after a reload.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A ws:// or wss:// address, or null. */
export function checkServerUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
    return url.href.replace(/\/$/, '');
  } catch {
    return null;
  }
}

export function defaultServerUrl(): string {
  const host = globalThis.location?.hostname || '127.0.0.1';
  const secure = globalThis.location?.protocol === 'https:';
  return `${secure ? 'wss' : 'ws'}://${host.includes(':') ? `[${host}]` : host}:1234`;
}

export function readServerUrl(): string {
  const value = readJson(SERVER_KEY);
  const url = isRecord(value) && value.v === 1 && typeof value.url === 'string' ? value.url : '';
  return checkServerUrl(url) ?? defaultServerUrl();
}

export function writeServerUrl(url: string): void {
  writeJson(SERVER_KEY, { v: 1, url });
}

export function readMembership(boardId: string): Membership | null {
  const value = readJson(ROOM_PREFIX + boardId);
  if (!isRecord(value) || value.v !== 1) return null;
  const { roomId, secret, server } = value;
  if (typeof roomId !== 'string' || !ROOM_ID_PATTERN.test(roomId)) return null;
  if (typeof secret !== 'string' || !SECRET_PATTERN.test(secret)) return null;
  const url = typeof server === 'string' ? checkServerUrl(server) : null;
  if (!url) return null;
  const { createToken } = value;
  const token =
    typeof createToken === 'string' &&
    createToken.length > 0 &&
    createToken.length <= MAX_CREATE_TOKEN_LENGTH
      ? { createToken }
      : {};
  return { v: 1, roomId, secret, server: url, ...token };
}

export function writeMembership(boardId: string, membership: Membership): void {
  writeJson(ROOM_PREFIX + boardId, membership);
}

export function forgetMembership(boardId: string): void {
  try {
    storage()?.removeItem(ROOM_PREFIX + boardId);
  } catch {
    // Nothing to forget.
  }
}

export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

export function isPeerColor(color: unknown): color is string {
  return typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color);
}

export function readUser(): LiveUser | null {
  const value = readJson(USER_KEY);
  if (!isRecord(value) || value.v !== 1 || typeof value.name !== 'string') return null;
  const name = cleanName(value.name);
  if (!name || !isPeerColor(value.color)) return null;
  return { v: 1, name, color: value.color };
}

export function writeUser(name: string, color: string): LiveUser {
  const user: LiveUser = { v: 1, name: cleanName(name), color };
  writeJson(USER_KEY, user);
  return user;
}

/** The link that joins a room: everything after `#`, so the secret never reaches a server log. */
export function roomLink(base: string, m: Membership): string {
  const server = encodeURIComponent(m.server);
  return `${base}#/join/${m.roomId}/${m.secret}?server=${server}`;
}

export interface JoinRoute {
  roomId: string;
  secret: string;
  server: string | null;
}

/** The parts of a join link's fragment, or null when it is not one. */
export function parseJoinHash(hash: string): JoinRoute | null {
  const m = /^#\/join\/([^/?#]*)\/([^/?#]*)(?:\?server=([^&#]*))?$/.exec(hash);
  if (!m) return null;
  let server: string | null = null;
  if (m[3]) {
    try {
      server = checkServerUrl(decodeURIComponent(m[3]));
    } catch {
      server = null;
    }
  }
  return { roomId: m[1] ?? '', secret: m[2] ?? '', server };
}
