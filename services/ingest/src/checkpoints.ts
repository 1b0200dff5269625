import { createHash } from "node:crypto";
import { type Bus, declareBucket } from "@poststelle/bus";
import { Buckets } from "@poststelle/contracts";

type Bucket = Awaited<ReturnType<typeof declareBucket>>;

/** How far one folder has been read: every UID up to lastUid is on the bus or dead-lettered. */
export interface Checkpoint {
  uidValidity: number;
  lastUid: number;
  /** Folder mailboxes: fingerprint of the files up to lastUid, to notice renumbering. */
  marker?: string;
}

/** A mail that went out (published or dead-lettered), keyed by its content. */
export interface PublishedRecord {
  mailId: string;
  uidValidity: number;
}

function hex(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:${part};`);
  return hash.digest("hex");
}

/**
 * Checkpoints and the record of published mails, both in the KV bucket Buckets.checkpoints.
 * Keys are hashes: folder names may hold any character, NATS keys may not.
 */
export class CheckpointStore {
  readonly #kv: Bucket;

  private constructor(kv: Bucket) {
    this.#kv = kv;
  }

  /** Entries never expire: a checkpoint or a published record that vanished would mean duplicates. */
  static async open(bus: Bus): Promise<CheckpointStore> {
    return new CheckpointStore(await declareBucket(bus, { name: Buckets.checkpoints, ttlMs: 0 }));
  }

  static checkpointKey(mailbox: string, folder: string): string {
    return `cp.${hex(mailbox, folder).slice(0, 40)}`;
  }

  /**
   * Content key of a mail: what identifies it across a UIDVALIDITY change, when every UID and
   * so every mail id changes. The folder is part of it, so a copy in another folder is its own mail.
   */
  static contentKey(mailbox: string, folder: string, messageId: string, sha256: string): string {
    return `pub.${hex(mailbox, folder, messageId, sha256)}`;
  }

  async load(mailbox: string, folder: string): Promise<Checkpoint | undefined> {
    return this.#read<Checkpoint>(CheckpointStore.checkpointKey(mailbox, folder));
  }

  async save(mailbox: string, folder: string, checkpoint: Checkpoint): Promise<void> {
    await this.#kv.put(CheckpointStore.checkpointKey(mailbox, folder), JSON.stringify(checkpoint));
  }

  async published(contentKey: string): Promise<PublishedRecord | undefined> {
    return this.#read<PublishedRecord>(contentKey);
  }

  async markPublished(contentKey: string, record: PublishedRecord): Promise<void> {
    await this.#kv.put(contentKey, JSON.stringify(record));
  }

  async #read<T>(key: string): Promise<T | undefined> {
    const entry = await this.#kv.get(key);
    if (entry === null || entry.operation !== "PUT") return undefined;
    return entry.json<T>();
  }
}
