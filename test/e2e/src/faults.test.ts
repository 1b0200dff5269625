import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type Bus, connectBus } from "@poststelle/bus";
import type { Config } from "@poststelle/config";
import { DeadLetters, Events } from "@poststelle/contracts";
import {
  type Dovecot,
  freePort,
  type LlmAnswer,
  type NatsServer,
  startDovecot,
  startNats,
  startTestLlm,
  type TestLlm,
} from "@poststelle/test-support";
import { type ChildPoststelle, startChildPoststelle } from "./child-poststelle.js";
import { workingModel } from "./llm-answers.js";
import { generateMails, seededRandom } from "./mails.js";
import { writePipelineConfig } from "./pipeline-config.js";
import {
  type AppendedMail,
  appendMails,
  assertEachMailOnce,
  type DraftInMailbox,
  draftsInMailbox,
  waitFor,
} from "./probes.js";

/*
 * The same pipeline, with things going wrong while it works: the LLM fails or hangs about half the
 * time, nats-server is SIGKILLed and restarted mid-run, and `poststelle run all` itself is SIGKILLed
 * and started again on the same bus and mailbox. Nothing may be lost and nothing done twice.
 */

const MAIL_COUNT = 100;
const LLM_TIMEOUT_MS = 800;
const imap = { user: "support", password: "support-faults-secret" };

let dir: string;
let nats: NatsServer;
let dovecot: Dovecot;
let llm: TestLlm;
let config: Config;
let bus: Bus;
let mails: AppendedMail[];
let drafts: DraftInMailbox[];
const children: ChildPoststelle[] = [];
const faultLog: string[] = [];
const killedAt: number[] = [];

async function deliveredCount(): Promise<number> {
  return (await bus.jsm.streams.info(Events.delivered.stream)).state.messages;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "poststelle-e2e-faults-"));
  [nats, dovecot, llm] = await Promise.all([startNats(), startDovecot(), startTestLlm()]);
  await dovecot.addUser(imap.user, imap.password);
  const random = seededRandom(4_711);
  llm.answerWith((req): LlmAnswer => {
    const roll = random();
    if (roll < 0.25) return { status: 500 };
    if (roll < 0.5) return { hang: true };
    return workingModel(req);
  });
  const written = await writePipelineConfig(dir, {
    natsUrl: nats.url,
    imap: { host: dovecot.host, port: dovecot.port, ...imap },
    llm: { baseUrl: llm.baseUrl, timeoutMs: LLM_TIMEOUT_MS, concurrency: 16 },
    grpcPort: await freePort(),
    metricsPort: await freePort(),
    logLevel: "warn",
  });
  config = written.config;
  mails = await appendMails(
    dovecot,
    imap.user,
    generateMails({ count: MAIL_COUNT, seed: 99, automaticEvery: 7, tag: "faults" }),
  );
  const start = () =>
    startChildPoststelle({
      configFile: written.file,
      dataDir: join(dir, "data"),
      env: written.env,
      logFile: join(dir, "poststelle.log"),
    });
  bus = await connectBus({ servers: nats.url, name: "e2e-faults-observer" });

  children.push(start());
  await waitFor("the first mails to be delivered", async () => (await deliveredCount()) >= 15, 45_000);
  killedAt.push(await deliveredCount());
  faultLog.push(`nats SIGKILL at ${killedAt[0]} delivered`);
  await nats.kill("SIGKILL");
  await new Promise((r) => setTimeout(r, 1_000));
  await nats.restart();

  await waitFor("more mails after the nats restart", async () => (await deliveredCount()) >= 40, 45_000);
  killedAt.push(await deliveredCount());
  faultLog.push(`poststelle SIGKILL at ${killedAt[1]} delivered`);
  await children[0]!.kill();
  children.push(start());

  await waitFor(
    "every mail to be delivered or dead-lettered, and the pipeline idle",
    async () => {
      const dead = (await bus.jsm.streams.info(DeadLetters.stream)).state.messages;
      if ((await deliveredCount()) + dead < MAIL_COUNT) return false;
      const info = await bus.jsm.consumers.info(Events.drafted.stream, "unmask");
      return info.num_pending === 0 && info.num_ack_pending === 0;
    },
    75_000,
  );
  drafts = await draftsInMailbox(dovecot.account(imap.user));
});

after(async () => {
  for (const child of children) await child.kill().catch(() => {});
  await bus?.close(2_000).catch(() => {});
  await Promise.allSettled([nats?.stop(), dovecot?.stop(), llm?.stop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("through LLM failures, a nats-server kill and a process kill: nothing lost, nothing twice", async (t) => {
  t.diagnostic(faultLog.join("; "));
  const log = async () => (await readFile(join(dir, "poststelle.log"), "utf8").catch(() => "")).slice(-3_000);
  const delivered = await assertEachMailOnce(bus, mails, drafts, log);
  const departments = new Set(config.departments.map((d) => d.id));
  for (const event of delivered) assert.ok(departments.has(event.department), event.department);

  // The faults really happened mid-run, and the run saw two processes.
  assert.equal(children.length, 2);
  assert.ok(
    killedAt.every((n) => n < MAIL_COUNT),
    `faults struck before the end: ${killedAt.join(", ")}`,
  );
  assert.ok(llm.requests.length >= MAIL_COUNT, "the LLM was asked");
});
