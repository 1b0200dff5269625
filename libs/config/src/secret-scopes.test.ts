import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { PermanentError } from "@poststelle/errors";
import { parseConfig } from "./load.js";
import { SECRETS_BY_SERVICE, type SecretScope } from "./secret.js";
import { assertConfigError, scratchDir } from "./test-fixtures.js";

/** One secret of every scope: env references, and the vault key as a file. */
const ALL_SECRETS = `
nats: { user: poststelle, password: { env: NATS_PASSWORD } }
mailboxes:
  - id: support
    kind: imap
    address: support@example.com
    host: imap.example.com
    user: support
    auth: { password: { env: IMAP_PASSWORD } }
departments:
  - { id: billing, name: Billing, description: Invoices }
  - { id: triage, name: Triage, description: Low confidence }
llm:
  classify: { baseUrl: "http://vllm:8000/v1", model: m, apiKey: { env: LLM_API_KEY } }
privacy: { grpc: { token: { env: GRPC_TOKEN } } }
vault: { key: { file: vault-key } }
`;

const VAULT_KEY = Buffer.alloc(32, 7).toString("base64");
const ENV = { NATS_PASSWORD: "nats-1", IMAP_PASSWORD: "imap-1", LLM_API_KEY: "llm-1", GRPC_TOKEN: "grpc-1" };

function load(secrets: readonly SecretScope[], env: NodeJS.ProcessEnv, files: Record<string, string> = {}) {
  const dir = scratchDir(files);
  return parseConfig(ALL_SECRETS, { file: join(dir, "poststelle.yaml"), env, secrets });
}

/** Each scope's value in a loaded config, or undefined where it was not read. */
function revealed(config: ReturnType<typeof load>): Record<SecretScope, string | undefined> {
  const mailbox = config.mailboxes[0];
  const mail = mailbox?.kind === "imap" && "password" in mailbox.auth ? mailbox.auth.password : undefined;
  const value = (secret: { loaded: boolean; reveal(): string } | undefined) =>
    secret?.loaded ? secret.reveal() : undefined;
  return {
    nats: value(config.nats.password),
    mail: value(mail),
    llm: value(config.llm.classify?.apiKey),
    privacy: value(config.privacy.grpc.token),
    vault: value(config.vault.key),
  };
}

describe("a process reads only the secrets of its scopes", () => {
  it("each service loads with only its own secrets present, and reads exactly those", () => {
    for (const [service, scopes] of Object.entries(SECRETS_BY_SERVICE)) {
      const env: Record<string, string> = {};
      const files: Record<string, string> = {};
      if (scopes.includes("nats")) env["NATS_PASSWORD"] = ENV.NATS_PASSWORD;
      if (scopes.includes("mail")) env["IMAP_PASSWORD"] = ENV.IMAP_PASSWORD;
      if (scopes.includes("llm")) env["LLM_API_KEY"] = ENV.LLM_API_KEY;
      if (scopes.includes("privacy")) env["GRPC_TOKEN"] = ENV.GRPC_TOKEN;
      if (scopes.includes("vault")) files["vault-key"] = VAULT_KEY;
      const values = revealed(load(scopes, env, files));
      assert.deepEqual(
        values,
        {
          nats: scopes.includes("nats") ? "nats-1" : undefined,
          mail: scopes.includes("mail") ? "imap-1" : undefined,
          llm: scopes.includes("llm") ? "llm-1" : undefined,
          privacy: scopes.includes("privacy") ? "grpc-1" : undefined,
          vault: scopes.includes("vault") ? VAULT_KEY : undefined,
        },
        service,
      );
    }
  });

  it("without scopes every secret is read, as before", () => {
    const dir = scratchDir({ "vault-key": VAULT_KEY });
    const config = parseConfig(ALL_SECRETS, { file: join(dir, "poststelle.yaml"), env: ENV });
    assert.deepEqual(revealed(config), {
      nats: "nats-1",
      mail: "imap-1",
      llm: "llm-1",
      privacy: "grpc-1",
      vault: VAULT_KEY,
    });
  });

  it("revealing a secret that was not loaded is an error naming its scope, not its reference", () => {
    const config = load(["nats"], { NATS_PASSWORD: "nats-1" });
    assert.throws(
      () => config.vault.key?.reveal(),
      (error: unknown) =>
        error instanceof PermanentError &&
        error.code === "config.secret_not_loaded" &&
        error.message.includes("vault") &&
        !error.message.includes("vault-key"),
    );
    assert.equal(String(config.vault.key), "[secret]");
  });

  it("a secret outside the scopes is still checked for its form", () => {
    assertConfigError(ALL_SECRETS.replace("{ env: LLM_API_KEY }", "sk-inline"), {
      key: "llm.classify.apiKey",
      problem: "inline secrets are not accepted",
      env: ENV,
      secrets: ["nats"],
    });
    assertConfigError(ALL_SECRETS.replace("{ env: GRPC_TOKEN }", "{ env: not a name }"), {
      key: "privacy.grpc.token.env",
      problem: "expected an environment variable name",
      env: ENV,
      secrets: ["nats"],
    });
  });

  it("a secret inside the scopes that is missing still names the key", () => {
    assertConfigError(ALL_SECRETS, {
      key: "vault.key",
      problem: /^cannot read secret file ".*vault-key" \(ENOENT\)/,
      env: ENV,
      secrets: ["vault"],
    });
  });
});
