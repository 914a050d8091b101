/**
 * The Redis extension, kept honest through an outage: it knows whether Redis answers, says so
 * when that changes (the log, the clients, the health endpoint), opens rooms without waiting for
 * Redis while it is down, and when Redis returns asks the other instances for what each loaded
 * room missed, so the two sides converge even when messages were lost meanwhile.
 *
 * Storing does not depend on Redis: every update is in the local SQLite log (roomStore.ts).
 */
import type {
  afterLoadDocumentPayload,
  Document,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';

type RedisConfiguration = ConstructorParameters<typeof Redis>[0];

interface Internals {
  documents: Map<string, Document>;
  publishFirstSyncStep(documentName: string, document: Document): Promise<void>;
  requestAwarenessFromOtherInstances(documentName: string): Promise<void>;
}

export class RoomRedis extends Redis {
  /** Both connections to Redis are ready. */
  up = true;
  private readonly listeners = new Set<(up: boolean) => void>();

  constructor(configuration: RedisConfiguration) {
    super(configuration);
    for (const client of [this.pub, this.sub]) {
      client.on('ready', () => this.check());
      client.on('close', () => this.check());
      client.on('end', () => this.check());
      client.on('reconnecting', () => this.check());
      // ioredis reports each failed reconnection as an error; the status change is what counts.
      client.on('error', () => this.check());
    }
  }

  /** Called with the new state each time Redis goes down or comes back. */
  whenStatusChanges(listener: (up: boolean) => void): void {
    this.listeners.add(listener);
  }

  private check(): void {
    const up = this.pub.status === 'ready' && this.sub.status === 'ready';
    if (up === this.up) return;
    this.up = up;
    for (const listener of this.listeners) listener(up);
    if (up) this.resync();
  }

  /** Every loaded room announces its state again: the other instances send what it lacks. */
  private resync(): void {
    const self = this as unknown as Internals;
    for (const [name, document] of self.documents) {
      self.publishFirstSyncStep(name, document).catch(() => {});
      self.requestAwarenessFromOtherInstances(name).catch(() => {});
    }
  }

  /** While Redis is down a room opens at once; it joins the other instances when Redis returns. */
  override async afterLoadDocument(data: afterLoadDocumentPayload): Promise<void> {
    if (this.up) return super.afterLoadDocument(data);
    super.afterLoadDocument(data).catch(() => {});
  }

  /** The lock between instances needs Redis; without it the local store goes on alone. */
  override async onStoreDocument(data: onStoreDocumentPayload): Promise<void> {
    if (this.up) return super.onStoreDocument(data);
  }

  override async afterStoreDocument(
    data: Parameters<Redis['afterStoreDocument']>[0],
  ): Promise<void> {
    if (this.up) return super.afterStoreDocument(data);
  }
}
