import { JetStreamApiError } from "@nats-io/jetstream";
import type { KV } from "@nats-io/kv";
import { TransientError } from "@poststelle/errors";
import { VAULT_CONFLICT, type VaultStorage } from "@poststelle/pii";

/** JetStream's answer when the expected last revision of a key does not match. */
const WRONG_LAST_SEQUENCE = 10071;

/** The vault's storage on a JetStream KV bucket; the bucket's TTL is the retention period. */
export function kvVaultStorage(kv: KV): VaultStorage {
  return {
    async get(key) {
      const entry = await kv.get(key);
      return entry && entry.operation === "PUT" ? entry.value : undefined;
    },
    async put(key, value) {
      await kv.put(key, value);
    },
    async getVersioned(key) {
      const entry = await kv.get(key);
      return entry && entry.operation === "PUT"
        ? { value: entry.value, revision: entry.revision }
        : undefined;
    },
    async putIfRevision(key, value, revision) {
      try {
        if (revision === 0) await kv.create(key, value);
        else await kv.update(key, value, revision);
      } catch (error) {
        const conflict =
          (error instanceof JetStreamApiError && error.code === WRONG_LAST_SEQUENCE) ||
          /wrong last sequence|key exists/i.test((error as Error).message ?? "");
        if (!conflict) throw error;
        throw new TransientError(VAULT_CONFLICT, "the thread was written by another writer in between");
      }
    },
    async delete(key) {
      // Purge, not delete: erasure must not leave earlier revisions readable.
      await kv.purge(key);
    },
    async *keys(prefix = "") {
      // NATS filters by whole tokens: a prefix ending in "." becomes a wildcard, others are checked here.
      const iterator = await kv.keys(prefix.endsWith(".") ? `${prefix}>` : ">");
      for await (const key of iterator) if (key.startsWith(prefix)) yield key;
    },
  };
}
