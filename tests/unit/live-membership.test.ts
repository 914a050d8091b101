import { beforeEach, describe, expect, it } from 'vitest';
import {
  checkServerUrl,
  forgetMembership,
  parseJoinHash,
  readMembership,
  readServerUrl,
  readUser,
  roomLink,
  roomToken,
  writeMembership,
  writeUser,
} from '../../src/live/membership';
import { toPeer } from '../../src/live/presence';
import { newRoomSecret, roomIdForSecret, secretOpensRoom } from '../../src/live/roomId';

/** A small in-memory localStorage, as the browser's. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

beforeEach(() => {
  Object.defineProperty(globalThis, 'localStorage', {
    value: new MemoryStorage(),
    configurable: true,
  });
});

describe('room ids and secrets', () => {
  it('derives the room from 128 random bits, and only that secret opens it', async () => {
    const secret = newRoomSecret();
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect(newRoomSecret()).not.toBe(secret);
    const room = await roomIdForSecret(secret);
    expect(room).toMatch(/^[0-9a-f]{32}$/);
    expect(await secretOpensRoom(room, secret)).toBe(true);
    expect(await secretOpensRoom(room, newRoomSecret())).toBe(false);
    expect(await secretOpensRoom(room.toUpperCase(), secret)).toBe(false);
    expect(await secretOpensRoom(room, `${secret} `)).toBe(false);
  });
});

describe('what the browser keeps about rooms', () => {
  it('round-trips a membership and refuses damaged or hostile entries', async () => {
    const secret = newRoomSecret();
    const roomId = await roomIdForSecret(secret);
    writeMembership('b1', { v: 1, roomId, secret, server: 'ws://127.0.0.1:1234' });
    expect(readMembership('b1')).toEqual({ v: 1, roomId, secret, server: 'ws://127.0.0.1:1234' });
    forgetMembership('b1');
    expect(readMembership('b1')).toBeNull();
    const hostile = [
      '{',
      'null',
      '[]',
      JSON.stringify({ v: 2, roomId, secret, server: 'ws://x' }),
      JSON.stringify({ v: 1, roomId: '../x', secret, server: 'ws://x' }),
      JSON.stringify({ v: 1, roomId, secret: 'short', server: 'ws://x' }),
      JSON.stringify({ v: 1, roomId, secret, server: 'javascript:alert(1)' }),
      JSON.stringify({ v: 1, roomId, secret, server: 'https://example.test' }),
    ];
    for (const text of hostile) {
      localStorage.setItem('ka-canvas:room:b2', text);
      expect(readMembership('b2')).toBeNull();
    }
  });

  it('keeps the name and colour once, cleaned, and refuses anything else', () => {
    expect(readUser()).toBeNull();
    writeUser('  Ann   Lee  ', '#1971c2');
    expect(readUser()).toEqual({ v: 1, name: 'Ann Lee', color: '#1971c2' });
    localStorage.setItem('ka-canvas:live-user', JSON.stringify({ v: 1, name: 'x', color: 'red' }));
    expect(readUser()).toBeNull();
    localStorage.setItem(
      'ka-canvas:live-user',
      JSON.stringify({ v: 1, name: '   ', color: '#000000' }),
    );
    expect(readUser()).toBeNull();
  });

  it('accepts only ws: and wss: servers, and falls back to this host', () => {
    expect(checkServerUrl('ws://10.0.0.5:1234/')).toBe('ws://10.0.0.5:1234');
    expect(checkServerUrl(' wss://rooms.example.test ')).toBe('wss://rooms.example.test');
    expect(checkServerUrl('http://x')).toBeNull();
    expect(checkServerUrl('not a url')).toBeNull();
    localStorage.setItem('ka-canvas:room-server', JSON.stringify({ v: 1, url: 'file:///etc' }));
    expect(readServerUrl()).toMatch(/^ws:\/\/.*:1234$/);
  });

  it('puts room and secret in the fragment, and reads a link back', async () => {
    const secret = newRoomSecret();
    const roomId = await roomIdForSecret(secret);
    const link = roomLink('http://127.0.0.1:4173/', {
      v: 1,
      roomId,
      secret,
      server: 'ws://127.0.0.1:1234',
    });
    const url = new URL(link);
    expect(url.pathname + url.search).toBe('/');
    expect(parseJoinHash(url.hash)).toEqual({ roomId, secret, server: 'ws://127.0.0.1:1234' });
    expect(parseJoinHash('#/join/abc/def?server=javascript%3Aalert(1)')).toEqual({
      roomId: 'abc',
      secret: 'def',
      server: null,
    });
    expect(parseJoinHash('#/board/x')).toBeNull();
  });
});

describe('presence from other clients', () => {
  it('reads a well-formed state and drops what does not fit', () => {
    expect(
      toPeer(7, {
        user: { name: ' Ann ', color: '#1971c2' },
        cursor: { x: 10, y: 20 },
        selection: ['s1', 3, 's2'],
        view: { view: 'map', viewport: { x: 1, y: 2, zoom: 0.5 } },
      }),
    ).toEqual({
      clientId: 7,
      name: 'Ann',
      color: '#1971c2',
      cursor: { x: 10, y: 20 },
      selection: ['s1', 's2'],
      view: { view: 'map', viewport: { x: 1, y: 2, zoom: 0.5 } },
    });
    expect(toPeer(1, {})).toBeNull();
    expect(toPeer(1, { user: { name: 'x', color: 'url(javascript:1)' } })).toBeNull();
    const odd = toPeer(2, {
      user: { name: '<img src=x onerror=alert(1)>', color: '#000000' },
      cursor: { x: 'a', y: Infinity },
      selection: 'all',
      view: { view: 'settings', viewport: { x: 0 } },
    });
    expect(odd).toEqual({
      clientId: 2,
      name: '<img src=x onerror=alert(1)>',
      color: '#000000',
      selection: [],
    });
  });

  it('keeps a followed viewport within the zoom the map allows', () => {
    const peer = (viewport: unknown) =>
      toPeer(3, { user: { name: 'Bo', color: '#000000' }, view: { view: 'map', viewport } });
    expect(peer({ x: 0, y: 0, zoom: 1e9 })?.view?.viewport?.zoom).toBe(2);
    expect(peer({ x: 0, y: 0, zoom: 0 })?.view?.viewport?.zoom).toBe(0.15);
    expect(peer({ x: 1e300, y: -1e300, zoom: 1 })?.view?.viewport).toEqual({
      x: 1e7,
      y: -1e7,
      zoom: 1,
    });
  });
});

describe('the room creation code', () => {
  it('is kept with the membership, sent after the secret, and never put in the link', async () => {
    const secret = newRoomSecret();
    const roomId = await roomIdForSecret(secret);
    const server = 'ws://127.0.0.1:1234';
    writeMembership('b1', { v: 1, roomId, secret, server, createToken: 'facilitators' });
    const m = readMembership('b1')!;
    expect(m.createToken).toBe('facilitators');
    expect(roomToken(m)).toBe(`${secret}:facilitators`);
    expect(roomLink('https://app/', m)).not.toContain('facilitators');
    // Without one (or with a stored value that is not a string), the token is the secret.
    localStorage.setItem(
      'ka-canvas:room:b2',
      JSON.stringify({ v: 1, roomId, secret, server, createToken: 42 }),
    );
    expect(roomToken(readMembership('b2')!)).toBe(secret);
  });
});
