/**
 * Where rooms are kept: SQLite (better-sqlite3, synchronous), as a snapshot per room plus a log of
 * the Yjs updates applied since.
 *
 * Every update a room's document applies is appended to the log in the same tick, inside the
 * document's own `update` event: Hocuspocus applies a client's update and only then sends the
 * client its acknowledgement, so nothing a client was told is synced can be lost by the process
 * dying (SIGKILL, a crash). The log is written with `synchronous = NORMAL` in WAL mode: it
 * survives the process, not a power cut of the machine.
 *
 * Compaction (Hocuspocus's debounced `onStoreDocument`, at most 10 s apart while people edit,
 * and when the last client leaves) writes the room's whole state as its snapshot and deletes the
 * log rows it covers, in one transaction. Two instances sharing the file (behind Redis) each
 * delete only the rows they appended, and merge their state with the stored snapshot, so neither
 * drops what only the other had.
 */
import { randomUUID } from 'node:crypto';
import type {
  Extension,
  onConfigurePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS "documents" (
    "name" varchar(255) NOT NULL,
    "data" blob NOT NULL,
    UNIQUE(name)
  );
  CREATE TABLE IF NOT EXISTS "room_updates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "name" varchar(255) NOT NULL,
    "instance" varchar(64) NOT NULL,
    "data" blob NOT NULL
  );
  CREATE INDEX IF NOT EXISTS "room_updates_name" ON "room_updates" ("name", "id");
  CREATE TABLE IF NOT EXISTS "room_meta" (
    "name" varchar(255) NOT NULL PRIMARY KEY,
    "created_at" INTEGER NOT NULL,
    "opened_at" INTEGER NOT NULL
  );
`;

export interface RoomStoreOptions {
  /** SQLite file, or ':memory:'. */
  database: string;
  /** Two instances share the file (Redis): compaction merges with what the other stored. */
  shared: boolean;
}

export class RoomStore implements Extension {
  extensionName = 'room store';
  /** Runs before the other extensions' onLoadDocument, so Redis sees the stored room. */
  priority = 1000;
  db: BetterSqlite3.Database;
  /** This process, in the log: compaction deletes only its own rows. */
  private readonly instance = randomUUID();
  private readonly statements;

  constructor(private readonly options: RoomStoreOptions) {
    this.db = new BetterSqlite3(options.database);
    // WAL lets two instances (behind Redis) share one file; readers never wait for a writer.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.statements = {
      snapshot: this.db.prepare<{ name: string }, { data: Buffer }>(
        'SELECT data FROM "documents" WHERE name = $name',
      ),
      log: this.db.prepare<{ name: string }, { data: Buffer }>(
        'SELECT data FROM "room_updates" WHERE name = $name ORDER BY id',
      ),
      append: this.db.prepare<{ name: string; instance: string; data: Uint8Array }>(
        'INSERT INTO "room_updates" ("name", "instance", "data") VALUES ($name, $instance, $data)',
      ),
      lastOwn: this.db.prepare<{ name: string; instance: string }, { id: number | null }>(
        'SELECT max(id) AS id FROM "room_updates" WHERE name = $name AND instance = $instance',
      ),
      upsert: this.db.prepare<{ name: string; data: Uint8Array }>(
        `INSERT INTO "documents" ("name", "data") VALUES ($name, $data)
           ON CONFLICT(name) DO UPDATE SET data = $data`,
      ),
      trim: this.db.prepare<{ name: string; instance: string; id: number }>(
        'DELETE FROM "room_updates" WHERE name = $name AND instance = $instance AND id <= $id',
      ),
      exists: this.db.prepare<{ name: string }, { one: number }>(
        `SELECT 1 AS one FROM "room_meta" WHERE name = $name
         UNION SELECT 1 FROM "documents" WHERE name = $name
         UNION SELECT 1 FROM "room_updates" WHERE name = $name LIMIT 1`,
      ),
      count: this.db.prepare<[], { n: number }>(
        `SELECT count(*) AS n FROM (SELECT name FROM "room_meta" UNION SELECT name FROM "documents")`,
      ),
      touch: this.db.prepare<{ name: string; now: number }>(
        `INSERT INTO "room_meta" ("name", "created_at", "opened_at") VALUES ($name, $now, $now)
           ON CONFLICT(name) DO UPDATE SET opened_at = $now`,
      ),
      adopt: this.db.prepare<{ now: number }>(
        `INSERT OR IGNORE INTO "room_meta" ("name", "created_at", "opened_at")
           SELECT name, $now, $now FROM "documents"`,
      ),
      unopened: this.db.prepare<{ before: number }, { name: string }>(
        'SELECT name FROM "room_meta" WHERE opened_at < $before',
      ),
      forget: [
        this.db.prepare<{ name: string }>('DELETE FROM "documents" WHERE name = $name'),
        this.db.prepare<{ name: string }>('DELETE FROM "room_updates" WHERE name = $name'),
        this.db.prepare<{ name: string }>('DELETE FROM "room_meta" WHERE name = $name'),
      ],
    };
    // Rooms stored before rooms had a last-opened date get one now: their expiry starts today.
    this.statements.adopt.run({ now: Date.now() });
  }

  async onConfigure(_data: onConfigurePayload): Promise<void> {}

  /** The stored snapshot and log, applied to the fresh document; from now on every update is logged. */
  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const parts: Uint8Array[] = [];
    const snapshot = this.statements.snapshot.get({ name: documentName });
    if (snapshot) parts.push(snapshot.data);
    for (const row of this.statements.log.all({ name: documentName })) parts.push(row.data);
    if (parts.length > 0) {
      Y.transact(document, () => {
        for (const part of parts) Y.applyUpdate(document, part);
      });
    }
    document.on('update', (update: Uint8Array) => this.append(documentName, update));
    this.statements.touch.run({ name: documentName, now: Date.now() });
  }

  /** The room is stored (it was created before). */
  exists(name: string): boolean {
    return this.statements.exists.get({ name }) !== undefined;
  }

  /** How many rooms are stored. */
  roomCount(): number {
    return this.statements.count.get()?.n ?? 0;
  }

  /**
   * The bytes the SQLite file holds (its pages in use; the WAL comes on top until checkpoint):
   * measured at most once a second, with what was appended since added on top.
   */
  storageBytes(): number {
    const now = Date.now();
    if (now - this.measured.at >= 1000) {
      const pages = this.db.pragma('page_count', { simple: true }) as number;
      const free = this.db.pragma('freelist_count', { simple: true }) as number;
      const size = this.db.pragma('page_size', { simple: true }) as number;
      this.measured = { at: now, bytes: (pages - free) * size, since: 0 };
    }
    return this.measured.bytes + this.measured.since;
  }

  private measured = { at: 0, bytes: 0, since: 0 };

  /** Deletes every room not opened since `before` (ms) and not open now; returns their names. */
  expire(before: number, open: (name: string) => boolean): string[] {
    const gone: string[] = [];
    this.db.transaction(() => {
      for (const { name } of this.statements.unopened.all({ before })) {
        if (open(name)) continue;
        for (const statement of this.statements.forget) statement.run({ name });
        gone.push(name);
      }
    })();
    return gone;
  }

  /** Appends one update to the room's log, synchronously. */
  append(name: string, update: Uint8Array): void {
    this.statements.append.run({ name, instance: this.instance, data: update });
    this.measured.since += update.byteLength;
  }

  /** Compaction: the room's whole state becomes its snapshot, and the log rows it covers go. */
  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    this.compact(documentName, document);
  }

  compact(name: string, document: Y.Doc): void {
    if (!this.db.open) return;
    this.db.transaction(() => {
      // Read in the same tick as the state is encoded: every row up to it is in the state.
      const last = this.statements.lastOwn.get({ name, instance: this.instance })?.id ?? 0;
      let state = Y.encodeStateAsUpdate(document);
      if (this.options.shared) {
        const stored = this.statements.snapshot.get({ name });
        if (stored) state = Y.mergeUpdates([stored.data, state]);
      }
      this.statements.upsert.run({ name, data: state });
      if (last > 0) this.statements.trim.run({ name, instance: this.instance, id: last });
    })();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
