import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { defaultConfig, Secret } from "@poststelle/config";
import { ConfigError } from "@poststelle/errors";
import { VaultKey } from "@poststelle/pii";
import { LOCAL_VAULT_KEY_FILE, withLocalVaultKey } from "./local-vault-key.js";

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "poststelle-key-"));
  dirs.push(dir);
  return join(dir, "data");
}

const embedded = defaultConfig({});
const warnings: string[] = [];
const warn = (message: string) => warnings.push(message);

test("with embedded NATS and no key, one key is made, kept 0600 in the data dir and used on every start", async () => {
  const dir = await dataDir();
  const first = await withLocalVaultKey(embedded, dir, warn);
  const second = await withLocalVaultKey(embedded, dir, warn);
  const key = first.vault.key?.reveal() ?? "";
  assert.equal(VaultKey.fromBase64(first.vault.keyId, key).keyId, first.vault.keyId, "a valid 32-byte key");
  assert.equal(second.vault.key?.reveal(), key, "a restart opens the same vault");
  const file = join(dir, LOCAL_VAULT_KEY_FILE);
  assert.equal((await readFile(file, "utf8")).trim(), key);
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.deepEqual(await readdir(dir), [LOCAL_VAULT_KEY_FILE], "no temp file left behind");
  assert.ok(warnings.at(-1)?.includes(file), "the warning says where the key is");
  assert.ok(!warnings.some((w) => w.includes(key)), "the key itself is never logged");
});

test("processes starting at once on a fresh data dir agree on one key", async () => {
  const dir = await dataDir();
  const configs = await Promise.all(Array.from({ length: 8 }, () => withLocalVaultKey(embedded, dir, warn)));
  assert.equal(new Set(configs.map((c) => c.vault.key?.reveal())).size, 1);
});

test("a configured key, or a real NATS, leaves the config and the data dir alone", async () => {
  const dir = await dataDir();
  const configured = { ...embedded, vault: { ...embedded.vault, key: new Secret("configured") } };
  assert.equal(await withLocalVaultKey(configured, dir, warn), configured);
  const remote = { ...embedded, nats: { ...embedded.nats, embedded: false } };
  assert.equal(await withLocalVaultKey(remote, dir, warn), remote);
  await assert.rejects(stat(dir), { code: "ENOENT" });
});

test("a damaged key file is an error naming the file, and is never replaced", async () => {
  const dir = await dataDir();
  await withLocalVaultKey(embedded, dir, warn);
  const file = join(dir, LOCAL_VAULT_KEY_FILE);
  await writeFile(file, "not a key\n");
  await assert.rejects(
    withLocalVaultKey(embedded, dir, warn),
    (error: unknown) =>
      error instanceof ConfigError &&
      error.file === file &&
      error.key === "vault.key" &&
      !error.message.includes("not a key"),
  );
  assert.equal(await readFile(file, "utf8"), "not a key\n");
});
