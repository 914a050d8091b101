/**
 * How the bytes of a board file become text, the same for every way in (the app's import and
 * the `analyze` command): a byte order mark names the encoding (UTF-8, UTF-16 LE or UTF-16 BE)
 * and is dropped; without one the file is UTF-8. Invalid sequences become U+FFFD, so the
 * validation then refuses the text instead of the decoder throwing.
 */
export function decodeBoardBytes(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start));
}
