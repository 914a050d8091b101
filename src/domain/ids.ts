/** Short unique ids for new items. */

/**
 * A new id such as `s-3f9a1c2b`: the prefix, a dash and 8 random hex digits
 * (2^32 values, enough for the few thousand items of one board; callers check collisions).
 */
export function newId(prefix: string): string {
  const hex = globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 8);
  return prefix === '' ? hex : `${prefix}-${hex}`;
}

/** A new id not already in `taken` (retries on the rare collision). */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  let id = newId(prefix);
  while (taken.has(id)) id = newId(prefix);
  return id;
}
