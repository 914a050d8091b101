/** Reads a text file for the command line without trusting its size or its kind. */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { decodeBoardBytes } from '../domain/decodeText';
import { clipText } from '../domain/issues';
import { megabytes } from '../domain/limits';

export type BoundedRead = { ok: true; text: string } | { ok: false; error: string };

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Refuses anything but a regular file (a device such as /dev/zero, a pipe, a directory) and a
 * file above `maxBytes` by its size first, before opening it: opening a named pipe with no
 * writer would wait forever. The open itself does not block either (O_NONBLOCK), should the
 * path change in between, and the opened file is checked again. Then reads at most
 * `maxBytes + 1` bytes, so a file that grows while it is read is refused too, never read whole.
 * Decodes by the same rule as the app's import (decodeBoardBytes).
 */
export function readBoundedFile(path: string, maxBytes: number): BoundedRead {
  const file = clipText(path);
  const notRegular: BoundedRead = { ok: false, error: `${file} is not a regular file` };
  let fd: number;
  try {
    if (!statSync(path).isFile()) return notRegular;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { ok: false, error: `cannot read ${file}: ${clipText(reasonOf(err))}` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return notRegular;
    const tooLarge = `${file} is larger than the limit of ${megabytes(maxBytes)}`;
    if (stat.size > maxBytes) return { ok: false, error: tooLarge };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return { ok: false, error: tooLarge };
      if (length === buffer.length) break;
    }
    return { ok: true, text: decodeBoardBytes(buffer.subarray(0, length)) };
  } catch (err) {
    return { ok: false, error: `cannot read ${file}: ${clipText(reasonOf(err))}` };
  } finally {
    closeSync(fd);
  }
}
