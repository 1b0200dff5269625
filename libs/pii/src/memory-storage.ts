import { PermanentError, TransientError } from "@poststelle/errors";
import { VAULT_CONFLICT, type VaultStorage } from "./thread-vault.js";

const KV_SAFE_KEY = /^[A-Za-z0-9_=-]+(?:\.[A-Za-z0-9_=-]+)*$/;

/**
 * VaultStorage in a Map, for tests and single-process demos. It enforces the same key rules as
 * NATS KV so a test catches a key the real bucket would reject.
 */
export class MemoryVaultStorage implements VaultStorage {
  readonly entries = new Map<string, Uint8Array>();
  readonly #revisions = new Map<string, number>();
  #nextRevision = 1;

  async get(key: string): Promise<Uint8Array | undefined> {
    checkKey(key);
    const value = this.entries.get(key);
    return value === undefined ? undefined : new Uint8Array(value);
  }

  async put(key: string, value: Uint8Array): Promise<void> {
    checkKey(key);
    this.entries.set(key, new Uint8Array(value));
    this.#revisions.set(key, this.#nextRevision++);
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    this.entries.delete(key);
    this.#revisions.delete(key);
  }

  async getVersioned(key: string): Promise<{ value: Uint8Array; revision: number } | undefined> {
    const value = await this.get(key);
    return value === undefined ? undefined : { value, revision: this.#revisions.get(key) ?? 0 };
  }

  async putIfRevision(key: string, value: Uint8Array, revision: number): Promise<void> {
    checkKey(key);
    if ((this.#revisions.get(key) ?? 0) !== revision) {
      throw new TransientError(VAULT_CONFLICT, "the thread was written by someone else in between");
    }
    await this.put(key, value);
  }

  async *keys(prefix = ""): AsyncIterable<string> {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) yield key;
  }
}

function checkKey(key: string): void {
  if (!KV_SAFE_KEY.test(key))
    throw new PermanentError("pii.storage_key_invalid", "storage key is not NATS-KV-safe");
}
