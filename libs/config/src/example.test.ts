import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { inspect } from "node:util";
import { ConfigError } from "@poststelle/errors";
import { DEFAULTS_FILE, loadConfig, Secret } from "./index.js";
import { MINIMAL, parse, scratchDir } from "./test-fixtures.js";

const EXAMPLE_FILE = join(DEFAULTS_FILE, "..", "example.yaml");

describe("example.yaml (production example)", () => {
  const vaultKey = randomBytes(32).toString("base64");
  const previousKey = randomBytes(32).toString("base64");
  const secretsDir = scratchDir({ "vault-key": `${vaultKey}\n`, "grpc-token": "grpc-token-value\n" });
  const env = {
    SUPPORT_MAIL_PASSWORD: "imap-password-value",
    VLLM_API_KEY: "vllm-key-value",
    POSTSTELLE_SECRETS_DIR: secretsDir,
    POSTSTELLE_VAULT_KEY_K1: previousKey,
  };

  it("parses with the environment it documents, secrets resolved from env and files", async () => {
    const config = await loadConfig({ file: EXAMPLE_FILE, env });
    assert.deepEqual(
      config.mailboxes.map((mailbox) => [mailbox.id, mailbox.kind]),
      [
        ["support", "imap"],
        ["billing", "imap"],
        ["info", "imap"],
      ],
    );
    const [support, m365, gmail] = config.mailboxes;
    assert.ok(support?.kind === "imap" && "password" in support.auth);
    assert.equal(support.auth.password.reveal(), "imap-password-value");
    assert.ok(m365?.kind === "imap" && "oauth2" in m365.auth);
    assert.equal(m365.host, "outlook.office365.com");
    assert.equal(m365.auth.oauth2.tokenFile, "/var/run/secrets/m365/rechnung.token");
    assert.equal(m365.smtp?.host, "smtp.office365.com");
    assert.ok(gmail?.kind === "imap" && "oauth2" in gmail.auth);
    assert.match(gmail.auth.oauth2.tokenCommand ?? "", /google-access-token/);

    assert.equal(config.llm.classify?.apiKey?.reveal(), "vllm-key-value");
    assert.equal(config.llm.draft?.maxTokens, 1024);
    assert.equal(config.privacy.grpc.token?.reveal(), "grpc-token-value");
    assert.equal(config.vault.key?.reveal(), vaultKey);
    assert.equal(config.vault.previousKeys[0]?.key.reveal(), previousKey);
    assert.equal(config.telemetry.otlpEndpoint, "http://otel-collector.observability:4318");
    assert.deepEqual(
      config.rules.map((rule) => rule.department),
      ["billing", "privacy", "orders", "privacy"],
    );
  });

  it("is found through POSTSTELLE_CONFIG", async () => {
    const config = await loadConfig({ env: { ...env, POSTSTELLE_CONFIG: EXAMPLE_FILE } });
    assert.equal(config.mailboxes[0]?.id, "support");
  });

  it("fails on the first secret it cannot resolve, naming the key and the variable", async () => {
    const { SUPPORT_MAIL_PASSWORD: _, ...withoutPassword } = env;
    await assert.rejects(loadConfig({ file: EXAMPLE_FILE, env: withoutPassword }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.key, "mailboxes[0].auth.password");
      assert.match(error.message, /environment variable SUPPORT_MAIL_PASSWORD is not set/);
      return true;
    });
  });

  it("never shows a secret in JSON.stringify, util.inspect, String() or a template string", async () => {
    const config = await loadConfig({ file: EXAMPLE_FILE, env });
    const renderings = [
      JSON.stringify(config),
      inspect(config, { depth: null }),
      inspect(config, { depth: null, showHidden: true }),
      String(config.vault.key),
      `${config.llm.classify?.apiKey}`,
    ];
    for (const text of renderings) {
      for (const value of [
        vaultKey,
        previousKey,
        "imap-password-value",
        "vllm-key-value",
        "grpc-token-value",
      ]) {
        assert.ok(!text.includes(value), "a secret value leaked");
      }
    }
    assert.ok(JSON.stringify(config).includes('"password":"[secret]"'));
    assert.ok(config.vault.key instanceof Secret);
  });

  it("reports a file that cannot be read", async () => {
    const missing = join(scratchDir(), "absent.yaml");
    await assert.rejects(loadConfig({ file: missing, env: {} }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.file, missing);
      assert.match(error.message, /cannot read the file \(ENOENT\)/);
      return true;
    });
  });

  it("resolves relative labeled-mail files against the config file's directory", async () => {
    const dir = scratchDir();
    const text = `${MINIMAL}embeddedClassifier:\n  labeledMails: [mine.jsonl, /abs/other.jsonl]\n`;
    const config = parse(text, {}, dir);
    assert.deepEqual(config.embeddedClassifier.labeledMails, [join(dir, "mine.jsonl"), "/abs/other.jsonl"]);
    assert.deepEqual(parse(MINIMAL).embeddedClassifier.labeledMails, []);
  });

  it("resolves relative secret files against the config file's directory", async () => {
    const dir = scratchDir({ "vault.key": vaultKey });
    copyFileSync(EXAMPLE_FILE, join(dir, "poststelle.yaml"));
    const config = await loadConfig({
      file: join(dir, "poststelle.yaml"),
      env: { ...env, POSTSTELLE__VAULT__KEY__FILE: "vault.key" },
    });
    assert.equal(config.vault.key?.reveal(), vaultKey);
  });
});
