import { normalizeAddress } from "@poststelle/contracts";
import { PermanentError } from "@poststelle/errors";
import { EntityType } from "./entity-types.js";
import { PlaceholderTable } from "./placeholder-table.js";
import { openSealed, sealValue, type VaultKey } from "./vault-key.js";

/**
 * The little a vault needs from a key-value store. Keys use only [A-Za-z0-9_=.-], with "." between
 * tokens, and every prefix passed to `keys` ends with "." — so a NATS KV adapter can map a prefix
 * to the subject filter `<prefix>>`.
 */
export interface VaultStorage {
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, value: Uint8Array): Promise<void>;
  delete(key: string): Promise<void>;
  keys(prefix?: string): AsyncIterable<string>;
  /** The value with its revision, for compare-and-set. */
  getVersioned(key: string): Promise<{ value: Uint8Array; revision: number } | undefined>;
  /**
   * Writes only if the key is still at `revision` (0: absent), else throws a TransientError with
   * code "vault.conflict": two writers (replicas of mask) extending one thread must not lose an entry.
   */
  putIfRevision(key: string, value: Uint8Array, revision: number): Promise<void>;
}

export const VAULT_CONFLICT = "vault.conflict";
const UPDATE_ATTEMPTS = 8;

export type ForgetSubject = { emailAddress: string } | { threadId: string };

export interface ForgetResult {
  /** Placeholder entries erased with their threads. */
  erasedEntries: number;
  erasedThreads: number;
  /** The erased threads' ids, read from their sealed records. */
  threadIds: string[];
}

const THREAD_PREFIX = "thread.";
const EMAIL_PREFIX = "email.";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface SealedThread {
  threadId: string;
  table: unknown;
}

/**
 * Placeholder tables per thread, sealed with the vault key. Storage keys are keyed hashes, so
 * nothing stored names a thread or a person. An index from each e-mail address (hashed) to the
 * threads holding it lets one data subject be erased (GDPR Art. 17).
 */
export class ThreadVault {
  private readonly keys: readonly VaultKey[];

  /** `keys[0]` seals; all of them open and find older records while keys rotate. */
  constructor(
    private readonly storage: VaultStorage,
    keys: readonly VaultKey[],
  ) {
    if (keys.length === 0) throw new PermanentError("pii.vault_key_missing", "no vault key configured");
    this.keys = keys;
  }

  /** The thread's table, or an empty one for a new thread. */
  async load(threadId: string): Promise<PlaceholderTable> {
    return this.loadFrom(this.keys, threadId);
  }

  private async loadFrom(keys: readonly VaultKey[], threadId: string): Promise<PlaceholderTable> {
    for (const key of keys) {
      const storageKey = threadKey(key, threadId);
      const sealed = await this.storage.get(storageKey);
      if (sealed !== undefined) return this.openThread(storageKey, sealed, threadId).table;
    }
    return new PlaceholderTable();
  }

  async save(threadId: string, table: PlaceholderTable): Promise<void> {
    const storageKey = threadKey(this.keys[0]!, threadId);
    await this.indexEmails(storageKey, emailsOf(table));
    await this.storage.put(storageKey, this.seal(storageKey, threadId, table));
    await this.leaveOlderSlots(threadId, table);
  }

  /**
   * Reads the thread's table, lets `change` extend it, and writes it back only if nobody else
   * wrote the thread in between; on a conflict it starts over from the newer table. Returns what
   * `change` returned for the table that was stored.
   *
   * `startsThread` says the mail opens a thread (no In-Reply-To, no References), so its record is
   * most likely absent: the first attempt then creates it without reading, one round trip less,
   * and a record that exists after all (a redelivery, a reply that came first) is a conflict that
   * starts over from the stored table. Older keys' slots are still read while keys rotate.
   */
  async update<T>(
    threadId: string,
    change: (table: PlaceholderTable) => { table: PlaceholderTable; result: T },
    options: { startsThread?: boolean } = {},
  ): Promise<T> {
    const storageKey = threadKey(this.keys[0]!, threadId);
    const skipFirstRead = options.startsThread === true;
    for (let attempt = 1; ; attempt++) {
      const stored = skipFirstRead && attempt === 1 ? undefined : await this.storage.getVersioned(storageKey);
      const table = stored
        ? this.openThread(storageKey, stored.value, threadId).table
        : // Not in the current key's slot: maybe still in an older key's, written before a rotation.
          await this.loadFrom(this.keys.slice(1), threadId);
      const next = change(table);
      if (JSON.stringify(next.table.toJSON()) === JSON.stringify(table.toJSON())) return next.result;
      // Only addresses the stored record lacks: the others were indexed before it was written.
      const known = new Set(stored ? emailsOf(table) : []);
      await this.indexEmails(
        storageKey,
        emailsOf(next.table).filter((email) => !known.has(email)),
      );
      try {
        await this.storage.putIfRevision(
          storageKey,
          this.seal(storageKey, threadId, next.table),
          stored?.revision ?? 0,
        );
      } catch (error) {
        if ((error as { code?: string }).code === VAULT_CONFLICT && attempt < UPDATE_ATTEMPTS) continue;
        throw error;
      }
      await this.leaveOlderSlots(threadId, next.table);
      return next.result;
    }
  }

  private seal(storageKey: string, threadId: string, table: PlaceholderTable): Uint8Array {
    const payload: SealedThread = { threadId, table: table.toJSON() };
    return sealValue(this.keys, encoder.encode(JSON.stringify(payload)), storageKey);
  }

  /**
   * Index entries for erasure, written before the record they point to: a crash in between
   * leaves a dangling entry (forget removes those), never a record that erasure cannot find.
   */
  private async indexEmails(storageKey: string, emails: readonly string[]): Promise<void> {
    const current = this.keys[0]!;
    const marker = new Uint8Array([1]);
    await Promise.all(
      emails.map((email) => this.storage.put(emailIndexKey(current, email, storageKey), marker)),
    );
  }

  /** After a key rotation the record lives in the current key's slot: drop an old slot and its index. */
  private async leaveOlderSlots(threadId: string, table: PlaceholderTable): Promise<void> {
    for (const older of this.keys.slice(1)) {
      const olderKey = threadKey(older, threadId);
      if ((await this.storage.get(olderKey)) === undefined) continue;
      await this.storage.delete(olderKey);
      for (const email of emailsOf(table)) await this.storage.delete(emailIndexKey(older, email, olderKey));
    }
  }

  /**
   * A keyed hash of `text` when it is one of the table's e-mail addresses, "" otherwise. The same
   * address gives the same key in every thread, and nobody without the vault key can tell which
   * address it is: a caller counts per recipient (auto-send limits) without keeping the address.
   * It changes when the key rotates.
   */
  addressKey(table: PlaceholderTable, text: string): string {
    const email = normalizeAddress(text);
    if (!emailsOf(table).includes(email)) return "";
    return this.keys[0]!.indexHash(`recipient:${email}`);
  }

  /** Erases whole threads: the given one, or every thread that holds the address. */
  async forget(subject: ForgetSubject): Promise<ForgetResult> {
    const threadKeys = new Set<string>();
    if ("threadId" in subject) {
      for (const key of this.keys) threadKeys.add(threadKey(key, subject.threadId));
    } else {
      for (const key of this.keys) {
        const prefix = `${EMAIL_PREFIX}${key.indexHash(`email:${normalizeAddress(subject.emailAddress)}`)}.`;
        for await (const indexKey of this.storage.keys(prefix)) {
          threadKeys.add(`${THREAD_PREFIX}${indexKey.slice(prefix.length)}`);
          // Dangling index entries (thread gone, or its record never took the address) go as well.
          await this.storage.delete(indexKey);
        }
      }
    }
    const result: ForgetResult = { erasedEntries: 0, erasedThreads: 0, threadIds: [] };
    for (const storageKey of threadKeys) {
      const sealed = await this.storage.get(storageKey);
      if (sealed === undefined) continue;
      const { table, threadId } = this.openThread(storageKey, sealed, undefined);
      const emails = emailsOf(table);
      // An entry written before a record that then failed points at a thread without the address.
      if ("emailAddress" in subject && !emails.includes(normalizeAddress(subject.emailAddress))) continue;
      for (const email of emails) {
        for (const key of this.keys) await this.storage.delete(emailIndexKey(key, email, storageKey));
      }
      await this.storage.delete(storageKey);
      result.erasedThreads++;
      result.erasedEntries += table.size;
      result.threadIds.push(threadId);
    }
    return result;
  }

  private openThread(
    storageKey: string,
    sealed: Uint8Array,
    threadId: string | undefined,
  ): { table: PlaceholderTable; threadId: string } {
    const plain = openSealed(this.keys, sealed, storageKey);
    let payload: SealedThread;
    try {
      payload = JSON.parse(decoder.decode(plain)) as SealedThread;
    } catch (error) {
      throw new PermanentError("pii.vault_corrupt", "sealed thread record is not valid JSON", {
        cause: error,
      });
    }
    if (threadId !== undefined && payload.threadId !== threadId) {
      throw new PermanentError("pii.vault_corrupt", "sealed thread record belongs to another thread");
    }
    return { table: PlaceholderTable.fromJSON(payload.table), threadId: payload.threadId };
  }
}

function threadKey(key: VaultKey, threadId: string): string {
  return `${THREAD_PREFIX}${key.indexHash(`thread:${threadId}`)}`;
}

function emailIndexKey(key: VaultKey, email: string, storageKey: string): string {
  return `${EMAIL_PREFIX}${key.indexHash(`email:${email}`)}.${storageKey.slice(THREAD_PREFIX.length)}`;
}

function emailsOf(table: PlaceholderTable): string[] {
  return [...new Set(table.valuesOf(EntityType.ENTITY_TYPE_EMAIL).map(normalizeAddress))];
}
