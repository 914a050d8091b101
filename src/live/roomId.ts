/**
 * A live room is named by its secret: the room id is the first 128 bits of SHA-256 of the
 * secret, in hex. The server checks a connection's token against the room name with the same
 * function, so it keeps no table of secrets (one rule for every instance behind Redis), and
 * knowing a room id does not let anyone in.
 */

/** 128 random bits, as 32 lowercase hex characters. */
export function newRoomSecret(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return toHex(bytes);
}

export const SECRET_PATTERN = /^[0-9a-f]{32}$/;
export const ROOM_ID_PATTERN = /^[0-9a-f]{32}$/;

/** The room id that belongs to a secret. */
export async function roomIdForSecret(secret: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return toHex(new Uint8Array(digest)).slice(0, 32);
}

/** True when `secret` is well formed and opens the room `roomId`. */
export async function secretOpensRoom(roomId: string, secret: string): Promise<boolean> {
  if (!ROOM_ID_PATTERN.test(roomId) || !SECRET_PATTERN.test(secret)) return false;
  return (await roomIdForSecret(secret)) === roomId;
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
