/** Reads a text file for the command line without trusting its size or its kind. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type BoundedRead = { ok: true; text: string } | { ok: false; error: string };

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/**
 * Refuses anything but a regular file (a device such as /dev/zero, a pipe, a directory) and a
 * file above `maxBytes` by its size first; then reads at most `maxBytes + 1` bytes, so a file
 * that grows while it is read is refused too, never read whole. Decodes as UTF-8, keeping a byte order mark for parseBoardText to drop.
 */
export function readBoundedFile(file: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    return { ok: false, error: `cannot read ${file}: ${reasonOf(err)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, error: `${file} is not a regular file` };
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
    return {
      ok: true,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer.subarray(0, length)),
    };
  } catch (err) {
    return { ok: false, error: `cannot read ${file}: ${reasonOf(err)}` };
  } finally {
    closeSync(fd);
  }
}
