import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Config, DEFAULTS_FILE, defaultConfig, parseConfig, type SecretScope } from "@poststelle/config";
import { parse, stringify } from "yaml";
import { MAILBOX_ADDRESS } from "./mails.js";

/*
 * The config the end-to-end runs use: the shipped defaults (departments, rules, templates, privacy
 * patterns) with the mailbox, bus and LLM endpoints swapped for the test servers. Written to a file,
 * so a `poststelle run all` child process reads exactly what the in-process runs parse.
 */

export interface PipelineEndpoints {
  natsUrl: string;
  /** IMAP mailbox on the test Dovecot; absent: a folder mailbox at folderPath. */
  imap?: { host: string; port: number; user: string; password: string };
  folder?: { path: string; outputPath: string };
  /** Test LLM for classify and draft; absent: embedded classifier and templates. */
  llm?: { baseUrl: string; timeoutMs?: number; concurrency?: number; maxRetries?: number };
  grpcPort: number;
  metricsPort: number;
  logLevel?: string;
}

export interface PipelineConfig {
  file: string;
  /** Every secret the file references. */
  env: Record<string, string>;
  /** The same, by the scope each belongs to: what a process of one service is given. */
  secretEnv: Partial<Record<SecretScope, Record<string, string>>>;
  config: Config;
}

/** Department id → the IMAP action on the original; two move, the rest only get a keyword. */
const ACTIONS: Record<string, Record<string, string>> = {
  orders: { moveTo: "Abteilungen/Bestellungen" },
  billing: { moveTo: "Abteilungen/Buchhaltung" },
};

export async function writePipelineConfig(
  dir: string,
  endpoints: PipelineEndpoints,
): Promise<PipelineConfig> {
  const defaults = parse(await readFile(DEFAULTS_FILE, "utf8")) as Record<string, unknown>;
  const departments = (defaults["departments"] as Record<string, unknown>[]).map((d) => ({
    ...d,
    action: ACTIONS[d["id"] as string] ?? { keyword: `poststelle-${d["id"] as string}` },
  }));
  const mailbox = endpoints.imap
    ? {
        id: "support",
        kind: "imap",
        address: MAILBOX_ADDRESS,
        host: endpoints.imap.host,
        port: endpoints.imap.port,
        tls: false,
        user: endpoints.imap.user,
        auth: { password: { env: "E2E_IMAP_PASSWORD" } },
        folders: ["INBOX"],
        pollIntervalMs: 1_000,
        idleRestartMs: 60_000,
        reconnectMinMs: 100,
        reconnectMaxMs: 1_000,
      }
    : { id: "support", kind: "folder", address: MAILBOX_ADDRESS, ...endpoints.folder };
  const llmEndpoint = endpoints.llm && {
    baseUrl: endpoints.llm.baseUrl,
    model: "test-model",
    timeoutMs: endpoints.llm.timeoutMs ?? 5_000,
    maxRetries: endpoints.llm.maxRetries ?? 0,
    apiKey: { env: "E2E_LLM_API_KEY" },
    retryBackoffMs: 50,
    concurrency: endpoints.llm.concurrency ?? 8,
    // The fault runs fail half the calls on purpose: an open breaker would hide the fallback path.
    breakerFailureThreshold: 1_000_000,
    breakerResetMs: 1_000,
  };
  const document = {
    ...defaults,
    nats: { servers: [endpoints.natsUrl], embedded: false },
    telemetry: {
      logLevel: endpoints.logLevel ?? "info",
      metricsPort: endpoints.metricsPort,
      metricsHost: "127.0.0.1",
    },
    mailboxes: [mailbox],
    departments,
    // The defaults' files, resolved where the defaults are, not beside this temp config.
    embeddedClassifier: defaultConfig({}).embeddedClassifier,
    llm: llmEndpoint ? { classify: llmEndpoint, draft: llmEndpoint } : {},
    privacy: {
      ...(defaults["privacy"] as Record<string, unknown>),
      grpc: { host: "127.0.0.1", port: endpoints.grpcPort, token: { env: "E2E_GRPC_TOKEN" } },
    },
    vault: { key: { env: "E2E_VAULT_KEY" } },
    stages: { ackWaitMs: 10_000, backoffMs: [200, 500, 1_000], maxDeliver: 8 },
  };
  const file = join(dir, "poststelle.yaml");
  await writeFile(file, stringify(document));
  const secretEnv: PipelineConfig["secretEnv"] = {
    vault: { E2E_VAULT_KEY: randomBytes(32).toString("base64") },
    privacy: { E2E_GRPC_TOKEN: randomBytes(16).toString("hex") },
    ...(endpoints.imap ? { mail: { E2E_IMAP_PASSWORD: endpoints.imap.password } } : {}),
    ...(endpoints.llm ? { llm: { E2E_LLM_API_KEY: randomBytes(16).toString("hex") } } : {}),
  };
  const env = Object.assign({}, ...Object.values(secretEnv)) as Record<string, string>;
  const config = parseConfig(await readFile(file, "utf8"), { file, env });
  return { file, env, secretEnv, config };
}
