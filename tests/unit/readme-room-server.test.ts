import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPIRE_DAYS,
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MAX_DOCUMENT_BYTES,
  DEFAULT_MAX_MESSAGE_BYTES,
  DEFAULT_MAX_PRESENCE_BYTES,
  DEFAULT_MAX_ROOMS,
  DEFAULT_MAX_STORAGE_BYTES,
} from '../../src/server/roomServer';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The default the README's room-server table gives for `name`. */
function documented(name: string): number {
  const row = new RegExp(`^\\| \`${name}\`\\s*\\| \`(\\d+)\``, 'm').exec(readme);
  if (!row) throw new Error(`${name} is not in the README's room-server table`);
  return Number(row[1]);
}

describe('the README’s room-server table', () => {
  it('gives the defaults the code uses', () => {
    expect(documented('ROOM_MAX_MESSAGE_BYTES')).toBe(DEFAULT_MAX_MESSAGE_BYTES);
    expect(documented('ROOM_MAX_DOCUMENT_BYTES')).toBe(DEFAULT_MAX_DOCUMENT_BYTES);
    expect(documented('ROOM_MAX_ROOMS')).toBe(DEFAULT_MAX_ROOMS);
    expect(documented('ROOM_MAX_STORAGE_BYTES')).toBe(DEFAULT_MAX_STORAGE_BYTES);
    expect(documented('ROOM_MAX_PRESENCE_BYTES')).toBe(DEFAULT_MAX_PRESENCE_BYTES);
    expect(documented('ROOM_MAX_BUFFERED_BYTES')).toBe(DEFAULT_MAX_BUFFERED_BYTES);
    expect(documented('ROOM_EXPIRE_DAYS')).toBe(DEFAULT_EXPIRE_DAYS);
  });
});
