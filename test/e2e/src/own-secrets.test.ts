import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type Bus, connectBus } from "@poststelle/bus";
import { SECRETS_BY_SERVICE } from "@poststelle/config";
import {
  type Dovecot,
  freePort,
  type NatsServer,
  startDovecot,
  startNats,
  startTestLlm,
  type TestLlm,
} from "@poststelle/test-support";
import { type ChildPoststelle, startChildPoststelle } from "./child-poststelle.js";
import { workingModel } from "./llm-answers.js";
import { generateMails } from "./mails.js";
import { type PipelineConfig, writePipelineConfig } from "./pipeline-config.js";
import {
  type AppendedMail,
  appendMails,
  assertEachMailOnce,
  type DraftInMailbox,
  draftsInMailbox,
  waitFor,
  waitForOutcomes,
} from "./probes.js";

/*
 * Each service in a process of its own, as on Kubernetes, and each given only the credentials of
 * its own scopes (SECRETS_BY_SERVICE): classify and draft never see the mailbox password or the
 * vault key, ingest never sees the LLM key or the gRPC token. The whole pipeline must still work,
 * with the LLM key and the gRPC token really checked on the way.
 */

const MAIL_COUNT = 12;
const SERVICES = ["unmask", "draft", "classify", "mask", "ingest"] as const;
const imap = { user: "support", password: "support-own-secrets" };

let dir: string;
let nats: NatsServer;
let dovecot: Dovecot;
let llm: TestLlm;
let written: PipelineConfig;
let bus: Bus;
let mails: AppendedMail[];
let drafts: DraftInMailbox[];
const children: ChildPoststelle[] = [];
const given = new Map<string, string[]>();

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "poststelle-e2e-own-secrets-"));
  [nats, dovecot, llm] = await Promise.all([startNats(), startDovecot(), startTestLlm()]);
  await dovecot.addUser(imap.user, imap.password);
  llm.answerWith(workingModel);
  written = await writePipelineConfig(dir, {
    natsUrl: nats.url,
    imap: { host: dovecot.host, port: dovecot.port, ...imap },
    llm: { baseUrl: llm.baseUrl },
    grpcPort: await freePort(),
    metricsPort: await freePort(),
    logLevel: "warn",
  });
  const ports = new Map<string, number>();
  for (const service of SERVICES) {
    const env: Record<string, string> = {};
    for (const scope of SECRETS_BY_SERVICE[service] ?? []) Object.assign(env, written.secretEnv[scope]);
    given.set(service, Object.keys(env).sort());
    const port = await freePort();
    ports.set(service, port);
    children.push(
      startChildPoststelle({
        service,
        configFile: written.file,
        dataDir: join(dir, `data-${service}`),
        env: { ...env, POSTSTELLE__TELEMETRY__METRICS_PORT: String(port) },
        logFile: join(dir, `${service}.log`),
      }),
    );
  }
  for (const [index, service] of SERVICES.entries()) {
    const child = children[index]!;
    // A process that cannot start (a credential it lacks) ends at once: report that, not a timeout.
    await waitFor(
      `${service} ready`,
      async () => child.exited || (await fetch(`http://127.0.0.1:${ports.get(service)}/readyz`)).ok,
      90_000,
    );
    if (child.exited) throw new Error(`${service} exited before it was ready\n${await logs()}`);
  }
  bus = await connectBus({ servers: nats.url, name: "e2e-own-secrets-observer" });
  mails = await appendMails(
    dovecot,
    imap.user,
    generateMails({ count: MAIL_COUNT, seed: 5, automaticEvery: 6, tag: "own-secrets" }),
  );
  await waitForOutcomes(() => bus, MAIL_COUNT, 60_000);
  drafts = await draftsInMailbox(dovecot.account(imap.user));
});

after(async () => {
  await Promise.allSettled(children.map((child) => child.stop()));
  await bus?.close(2_000).catch(() => {});
  await Promise.allSettled([nats?.stop(), dovecot?.stop(), llm?.stop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function logs(): Promise<string> {
  const texts = await Promise.all(
    SERVICES.map(async (s) => `--- ${s}\n${await readFile(join(dir, `${s}.log`), "utf8").catch(() => "")}`),
  );
  return texts.join("\n").slice(-4_000);
}

test("no process holds another service's credentials", () => {
  assert.deepEqual(Object.fromEntries(given), {
    ingest: ["E2E_IMAP_PASSWORD"],
    mask: ["E2E_GRPC_TOKEN", "E2E_VAULT_KEY"],
    classify: ["E2E_LLM_API_KEY"],
    draft: ["E2E_LLM_API_KEY"],
    unmask: ["E2E_GRPC_TOKEN", "E2E_IMAP_PASSWORD"],
  });
});

test("with only their own credentials the five processes route and draft every mail once", async () => {
  await assertEachMailOnce(bus, mails, drafts, logs);
});

test("the LLM key reached the LLM on every call, from the two services that hold it", () => {
  const key = written.secretEnv.llm?.["E2E_LLM_API_KEY"];
  assert.ok(key);
  assert.ok(llm.requests.length >= MAIL_COUNT, `the LLM was asked (${llm.requests.length} calls)`);
  for (const request of llm.requests) assert.equal(request.headers["authorization"], `Bearer ${key}`);
});
