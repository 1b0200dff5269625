import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { readStream } from "@poststelle/bus";
import { AuditRecords, DeadLetters, Events, type MailClassified } from "@poststelle/contracts";
import {
  type Dovecot,
  freePort,
  type NatsServer,
  type SmtpSink,
  startDovecot,
  startNats,
  startSmtpSink,
  startTestLlm,
  type TestLlm,
} from "@poststelle/test-support";
import { type PoststelleProcess, startPoststelle } from "poststelle";
import { workingModel } from "./llm-answers.js";
import { canaryNeedles, generateMails } from "./mails.js";
import { writePipelineConfig } from "./pipeline-config.js";
import {
  type AppendedMail,
  appendMails,
  type CapturedTelemetry,
  captureTelemetry,
  type DraftInMailbox,
  deliveredEvents,
  draftsInMailbox,
  duplicates,
  rawStream,
  waitFor,
  waitForOutcomes,
} from "./probes.js";

/*
 * The whole product under a real load: 200 mails appended to a real Dovecot INBOX, all five services
 * in one process on a real nats-server, classify and draft against the test LLM, drafts APPENDed
 * back over IMAP. Telemetry runs as in production, with spans and log lines kept for the leak and
 * trace checks below.
 */

const MAIL_COUNT = 200;
const SERVICES = ["ingest", "mask", "classify", "draft", "unmask"];
const imap = { user: "support", password: "support-e2e-secret" };

let dir: string;
let nats: NatsServer;
let dovecot: Dovecot;
let smtp: SmtpSink;
let llm: TestLlm;
let captured: CapturedTelemetry;
let running: PoststelleProcess;
let mails: AppendedMail[];
let drafts: DraftInMailbox[];
let metricsText: string;
let elapsedMs: number;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "poststelle-e2e-"));
  [nats, dovecot, smtp, llm] = await Promise.all([
    startNats(),
    startDovecot(),
    startSmtpSink(),
    startTestLlm(),
  ]);
  await dovecot.addUser(imap.user, imap.password);
  llm.answerWith(workingModel);
  const { config } = await writePipelineConfig(dir, {
    natsUrl: nats.url,
    imap: { host: dovecot.host, port: dovecot.port, ...imap },
    llm: { baseUrl: llm.baseUrl, concurrency: 16 },
    grpcPort: await freePort(),
    metricsPort: await freePort(),
    logLevel: "debug",
  });
  mails = await appendMails(
    dovecot,
    imap.user,
    generateMails({ count: MAIL_COUNT, seed: 20_251_123, automaticEvery: 9, canaryEvery: 10 }),
  );
  captured = captureTelemetry("debug");
  const started = performance.now();
  running = await startPoststelle({
    config,
    services: SERVICES,
    dataDir: dir,
    serveOps: true,
    telemetry: captured.telemetry,
  });
  await waitForOutcomes(() => running.bus, MAIL_COUNT, 75_000);
  // The last delivered events are published before their acks settle; let the pipeline go idle.
  await waitFor(
    "every consumer to be idle",
    async () => {
      for (const [stream, durable] of [
        [Events.ingested.stream, "mask"],
        [Events.masked.stream, "classify"],
        [Events.classified.stream, "draft"],
        [Events.drafted.stream, "unmask"],
      ] as const) {
        const info = await running.bus.jsm.consumers.info(stream, durable);
        if (info.num_pending > 0 || info.num_ack_pending > 0) return false;
      }
      return true;
    },
    15_000,
  );
  elapsedMs = performance.now() - started;
  metricsText = await (await fetch(`http://127.0.0.1:${running.ops!.port}/metrics`)).text();
  drafts = await draftsInMailbox(dovecot.account(imap.user));
});

after(async () => {
  await running?.stop().catch(() => {});
  await captured?.telemetry.shutdown().catch(() => {});
  await Promise.allSettled([nats?.stop(), dovecot?.stop(), smtp?.stop(), llm?.stop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("200 mails: each routed exactly once, one draft per draftable mail, none for automatic mail", async () => {
  const bus = running.bus;
  const dead = await readStream(bus, DeadLetters);
  assert.deepEqual(
    dead.map((d) => `${d.event.stage}:${d.event.reasonCode}`),
    [],
    "no mail is dead-lettered",
  );
  const delivered = await deliveredEvents(bus);
  const deliveredIds = delivered.map((e) => e.meta?.mailId ?? "");
  assert.deepEqual(duplicates(deliveredIds), [], "no mail is delivered twice");
  assert.deepEqual(new Set(deliveredIds), new Set(mails.map((m) => m.mailId)), "every mail is delivered");

  const classified = new Map<string, MailClassified>(
    (await readStream(bus, Events.classified)).map((s) => [s.event.mail?.meta?.mailId ?? "", s.event]),
  );
  const misrouted = mails.filter(
    (m) => classified.get(m.mailId)?.classification?.department !== m.department,
  );
  assert.deepEqual(
    misrouted.map(
      (m) => `${m.index}:${classified.get(m.mailId)?.classification?.department}→${m.department}`,
    ),
    [],
    "the department the model chose is the one delivered",
  );
  for (const event of delivered) {
    const mail = mails.find((m) => m.mailId === event.meta?.mailId)!;
    assert.equal(event.department, mail.department, `department on mail.delivered for mail ${mail.index}`);
  }
  const audited = (await readStream(bus, AuditRecords)).map((s) => s.event);
  assert.deepEqual(
    new Set(audited.map((r) => `${r.mailId}:${r.routing?.department}`)),
    new Set(mails.map((m) => `${m.mailId}:${m.department}`)),
    "one audit record per mail, with the department it went to",
  );
  assert.equal(audited.length, MAIL_COUNT);

  const draftIds = drafts.map((d) => d.mailId);
  assert.deepEqual(duplicates(draftIds), [], "no mail has two drafts");
  const draftable = mails.filter((m) => !m.automatic);
  assert.ok(draftable.length > 150 && draftable.length < MAIL_COUNT, "the corpus mixes both kinds");
  assert.deepEqual(
    new Set(draftIds),
    new Set(draftable.map((m) => m.mailId)),
    "exactly the draftable mails have a draft, automatic mails none",
  );
  for (const draft of drafts) {
    const mail = draftable.find((m) => m.mailId === draft.mailId)!;
    assert.deepEqual(draft.to, [mail.senderAddress], `draft for mail ${mail.index} goes to its sender`);
    assert.equal(draft.inReplyTo, `<${mail.messageId}>`);
    assert.doesNotMatch(draft.text, /\[\[[A-Z_]+_\d+\]\]/, `draft for mail ${mail.index} is fully restored`);
    if (mail.canary) assert.match(draft.text, new RegExp(mail.canary.lastName), "the name comes back");
  }
  assert.equal(smtp.messages.length, 0, "nothing is sent by default");
  console.log(`# ${MAIL_COUNT} mails through IMAP and five services in ${(elapsedMs / 1000).toFixed(1)} s`);
});

test("no canary value reaches a log line, a span, /metrics, a dead letter or an event after mask", async () => {
  const needles = mails.flatMap((m) => (m.canary ? canaryNeedles(m.canary) : []));
  assert.ok(needles.length >= 100, "the corpus carries canaries");
  const bus = running.bus;
  const spans = captured.spans.getFinishedSpans();
  assert.ok(spans.length > MAIL_COUNT * 5, "spans were captured");
  assert.ok(captured.logLines.length > MAIL_COUNT, "log lines were captured");
  const places: Record<string, string> = {
    logs: captured.logLines.join("\n"),
    spans: JSON.stringify(
      spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })),
    ),
    metrics: metricsText,
    deadLetters: JSON.stringify(
      (await readStream(bus, DeadLetters)).map((d) => [d.event.reason, d.event.reasonCode]),
    ),
  };
  for (const stream of [
    Events.masked.stream,
    Events.classified.stream,
    Events.drafted.stream,
    AuditRecords.stream,
  ]) {
    places[stream] = (await rawStream(bus, stream)).map((b) => b.toString("utf8")).join("\n");
    assert.ok(places[stream]!.length > 0, `${stream} holds events`);
  }
  // The check must be able to fail: MAIL_INGESTED and the drafts legitimately hold the canaries.
  const ingested = (await rawStream(bus, Events.ingested.stream)).map((b) => b.toString("utf8")).join("\n");
  const firstCanary = mails.find((m) => m.canary)!.canary!;
  assert.ok(ingested.includes(firstCanary.lastName) && ingested.includes(firstCanary.address));
  const leaks: string[] = [];
  for (const [place, text] of Object.entries(places)) {
    const lower = text.toLowerCase();
    for (const needle of needles) if (lower.includes(needle.toLowerCase())) leaks.push(`${place}: ${needle}`);
  }
  assert.deepEqual(leaks, [], "canary values found outside zone P");
});

test("one trace per mail across all five services, with a span for every hop", async () => {
  const spans = captured.spans.getFinishedSpans();
  const byMail = new Map<string, typeof spans>();
  for (const span of spans) {
    const mailId = span.attributes["poststelle.mail_id"];
    if (typeof mailId !== "string") continue;
    byMail.set(mailId, [...(byMail.get(mailId) ?? []), span]);
  }
  const expected = [
    "publish mail.ingested",
    "process mail.ingested",
    "publish mail.masked",
    "process mail.masked",
    "publish mail.classified",
    "process mail.classified",
    "publish mail.drafted",
    "process mail.drafted",
    "publish mail.delivered",
  ];
  const problems: string[] = [];
  for (const mail of mails) {
    const own = byMail.get(mail.mailId) ?? [];
    const traces = new Set(own.map((s) => s.spanContext().traceId));
    if (traces.size !== 1) problems.push(`mail ${mail.index}: ${traces.size} traces`);
    const names = new Set(own.map((s) => s.name));
    const missing = expected.filter((n) => !names.has(n));
    if (missing.length > 0) problems.push(`mail ${mail.index}: missing ${missing.join(", ")}`);
  }
  assert.deepEqual(problems, []);
  const traceIds = new Set(mails.map((m) => byMail.get(m.mailId)?.[0]?.spanContext().traceId));
  assert.equal(traceIds.size, MAIL_COUNT, "no two mails share a trace");
});
