import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Config, Secret } from "@poststelle/config";
import { ConfigError } from "@poststelle/errors";
import { VaultKey } from "@poststelle/pii";

/** The key's file in the data dir, beside the embedded nats-server's store that holds the vault. */
export const LOCAL_VAULT_KEY_FILE = "vault.key";

/**
 * On a single machine with an embedded nats-server and no vault key configured, the key is made
 * once and kept in the data dir (mode 0600). The vault's records sit in that data dir and outlive a
 * restart, so the key must too: with a fresh key each start, every thread stored before could no
 * longer be restored or extended. With a real NATS, mask refuses to start without a configured key.
 */
export async function withLocalVaultKey(
  config: Config,
  dataDir: string,
  warn: (message: string) => void,
): Promise<Config> {
  if (config.vault.key || !config.nats.embedded) return config;
  const file = join(dataDir, LOCAL_VAULT_KEY_FILE);
  const key = (await readKey(file, config.vault.keyId)) ?? (await createKey(file, config.vault.keyId));
  warn(
    `no vault.key configured: using the key kept in ${file}; anyone with the data dir can open the vault, so configure vault.key for production`,
  );
  return { ...config, vault: { ...config.vault, key: new Secret(key) } };
}

async function readKey(file: string, keyId: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const key = text.trim();
  try {
    VaultKey.fromBase64(keyId, key);
  } catch {
    // Never replaced here: a new key would make every stored thread unreadable.
    throw new ConfigError(file, "vault.key", "not 32 bytes in base64; restore the file from a backup");
  }
  return key;
}

async function createKey(file: string, keyId: string): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  const key = randomBytes(32).toString("base64");
  const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temp, `${key}\n`, { mode: 0o600 });
  try {
    // link() fails if the file exists: a second process starting on the same data dir at once
    // keeps the first one's key, and nobody ever reads a half-written file.
    await link(temp, file);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await readKey(file, keyId))!;
  } finally {
    await rm(temp, { force: true });
  }
}
