import type { KV } from "@nats-io/kv";
import type { VaultStorage } from "@poststelle/pii";

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
