/**
 * JSON for values read from storage as they are, which may hold what JSON.stringify refuses:
 * a BigInt becomes its digits (as a string), a cycle becomes "[cycle]", a Date its ISO text (an
 * invalid one null), a Map or Set a list. Never throws, so a damaged row always leaves as a file.
 */
export function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'function' || typeof v === 'symbol') return String(v);
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
    try {
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
      if (v instanceof Map) return [...v.entries()].map(walk);
      if (v instanceof Set || Array.isArray(v)) return [...(v as Iterable<unknown>)].map(walk);
      if (ArrayBuffer.isView(v)) return Array.from(new Uint8Array(v.buffer));
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        Object.defineProperty(out, key, {
          value: walk((v as Record<string, unknown>)[key]),
          enumerable: true,
        });
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };
  try {
    return `${JSON.stringify(walk(value) ?? null, null, 2)}\n`;
  } catch (err) {
    return `${JSON.stringify({ unreadable: err instanceof Error ? err.message : String(err) })}\n`;
  }
}

/** Any stored key as text for the screen (a key may be a Date, a number or an array). */
export function keyText(key: unknown): string {
  if (typeof key === 'string') return key;
  if (key instanceof Date) return Number.isNaN(key.getTime()) ? 'Invalid Date' : key.toISOString();
  return safeJson(key).trim();
}
