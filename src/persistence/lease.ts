/**
 * Leases: who edits a board when the browser has no Web Locks (plain http from another
 * address). A lease is a small row in the key-value table, `{ owner, expires }`, taken and
 * renewed in one IndexedDB transaction, so two tabs never both hold it.
 */
import type { CanvasDB } from './db';

export interface LeaseStore {
  /**
   * Takes or renews lease `name` for `owner` when it is free, expired, already `owner`'s or held
   * by `replacing` (a tab that said it gave the lease up), until `now + ttlMs`; true when `owner`
   * holds it afterwards. Atomic across tabs.
   */
  acquireLease(name: string, owner: string, ttlMs: number, replacing?: string): Promise<boolean>;
  /** Gives lease `name` up when `owner` holds it. */
  releaseLease(name: string, owner: string): Promise<void>;
}

/** Versioned key of a lease row in the key-value table. */
export const leaseKey = (name: string) => `lease.v1:${name}`;

interface Lease {
  owner: string;
  expires: number;
}

function isLease(value: unknown): value is Lease {
  const v = value as Partial<Lease> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.owner === 'string' &&
    typeof v.expires === 'number'
  );
}

export function acquireInDb(
  db: CanvasDB,
  name: string,
  owner: string,
  ttlMs: number,
  replacing?: string,
): Promise<boolean> {
  const key = leaseKey(name);
  return db.transaction('rw', db.kv, async () => {
    const now = Date.now();
    const held = (await db.kv.get(key))?.value;
    const free = !isLease(held) || held.expires <= now;
    if (!free && held.owner !== owner && held.owner !== replacing) return false;
    await db.kv.put({ key, value: { owner, expires: now + ttlMs } satisfies Lease });
    return true;
  });
}

export function releaseInDb(db: CanvasDB, name: string, owner: string): Promise<void> {
  const key = leaseKey(name);
  return db.transaction('rw', db.kv, async () => {
    const held = (await db.kv.get(key))?.value;
    if (isLease(held) && held.owner === owner) await db.kv.delete(key);
  });
}

export function isLeaseStore(value: unknown): value is LeaseStore {
  const v = value as Partial<LeaseStore> | null;
  return typeof v?.acquireLease === 'function' && typeof v.releaseLease === 'function';
}
