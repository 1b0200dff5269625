import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { access, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  type Bus,
  connectBus,
  publishAuditRecord,
  publishDeadLetter,
  publishEvent,
  readAuditRecord,
  readStream,
  streamCount,
} from "@poststelle/bus";
import { loadConfig } from "@poststelle/config";
import {
  AuditRecords,
  DeadLetters,
  DecidedBy,
  EventMeta,
  Events,
  type EventType,
  MailAudited,
  MailIngested,
  MailMasked,
  mailIdFor,
  SCHEMA_VERSION,
  threadIdFor,
} from "@poststelle/contracts";
import { type PrivacyClient, privacyClientFrom } from "@poststelle/runtime";
import { type NatsServer, startNats } from "@poststelle/test-support";
import {
  type PoststelleProcess,
  privacyAddressFile,
  recordedPrivacyAddress,
  startPoststelle,
} from "./process.js";
import { run } from "./test-io.js";

const ANNA = "anna.berger@example.de";

let nats: NatsServer;
let bus: Bus;
let dir: string;
let configFile: string;
let mask: PoststelleProcess;
let privacy: PrivacyClient;

/** One mail of a thread, from `from`, with `cc` copied: the address appears in the body too. */
function mail(uid: number, from: string, cc: string[] = []): MailIngested {
  return MailIngested.fromPartial({
    meta: {
      schemaVersion: SCHEMA_VERSION,
      mailId: mailIdFor("support", 7, uid),
      threadId: threadIdFor("support", `<root-${uid}@test>`, from),
      ref: { mailbox: "support", folder: "INBOX", uidValidity: 7, uid, messageId: `m${uid}@test` },
    },
    from: { name: "", address: from },
    to: [{ name: "", address: "support@example.com" }],
    cc: cc.map((address) => ({ name: "", address })),
    subject: "Rückerstattung",
    bodyText: `Bitte antworten Sie an ${from}. IBAN DE89370400440532013000.`,
    languageHint: "de",
  });
}

const annas = mail(1, ANNA);
const bobsWithAnnaInCc = mail(2, "bob.krause@example.org", [ANNA.toUpperCase()]);
const carls = mail(3, "carl.vogt@example.net");
const threadOf = (m: MailIngested) => m.meta!.threadId;

before(async () => {
  nats = await startNats();
  bus = await connectBus({ servers: nats.url, name: "forget-test" });
  dir = await mkdtemp(join(tmpdir(), "poststelle-forget-"));
  await writeFile(join(dir, "vault-key"), randomBytes(32).toString("base64"));
  configFile = join(dir, "poststelle.yaml");
  await writeFile(
    configFile,
    [
      `nats: { servers: ["${nats.url}"] }`,
      "telemetry: { logLevel: error }",
      "vault: { key: { file: vault-key } }",
      // Port 0, as in the embedded defaults: the running process notes the port it took.
      "privacy: { grpc: { host: 127.0.0.1, port: 0 } }",
      "mailboxes: [{ id: support, kind: folder, address: support@example.com, path: /tmp }]",
      "departments: [{ id: triage, name: Triage, description: everything }]",
      "triage: { department: triage }",
      "",
    ].join("\n"),
  );
  const config = await loadConfig({ file: configFile, env: {} });
  mask = await startPoststelle({ config, services: ["mask"], dataDir: join(dir, "data") });
  const address = recordedPrivacyAddress(join(dir, "data"));
  assert.ok(address, "the process noted the port it picked");
  privacy = privacyClientFrom(config, address);

  for (const m of [annas, bobsWithAnnaInCc, carls]) await publishEvent(bus, Events.ingested, m);
  const deadline = Date.now() + 15_000;
  while ((await streamCount(bus, Events.masked.stream)) < 3) {
    assert.ok(Date.now() < deadline, "mask did not mask the three mails");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Dead letters: a classify failure of Anna's thread and of Carl's, and two raw mails ingest
  // could not parse, one from Anna.
  for (const m of [annas, carls]) {
    await publishDeadLetter(bus, {
      stage: "classify",
      reasonCode: "bus.retries_exhausted",
      reason: "gave up",
      originalSubject: Events.masked.subject,
      originalSequence: m.meta!.ref!.uid,
      meta: m.meta,
      originalPayload: MailMasked.encode(MailMasked.fromPartial({ meta: m.meta })).finish(),
    });
  }
  // Audit records whose model reason quotes what masking missed.
  for (const m of [annas, carls]) await publishAuditRecord(bus, auditOf(m));
  // A broken message in a stream no service here reads: whose it is cannot be told, so it stays,
  // and it must not stop the erasure.
  await bus.js.publish(Events.drafted.subject, new Uint8Array([0xff, 0xff, 0xff]));
  for (const [i, from] of [`Anna Berger <${ANNA.toUpperCase()}>`, "Dora <dora@example.com>"].entries()) {
    await publishDeadLetter(bus, {
      stage: "ingest",
      reasonCode: "mail.malformed",
      reason: "no parsable MIME structure",
      meta: EventMeta.fromPartial({ schemaVersion: SCHEMA_VERSION, mailId: `m_raw${i}` }),
      originalPayload: Buffer.from(`From: ${from}\r\nContent-Type: multipart/mixed\r\n\r\n--`),
    });
  }
});

after(async () => {
  privacy?.close();
  await bus?.close();
  await mask?.stop();
  await nats?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Our notes around the model's, which names the sender. */
function auditOf(m: MailIngested): MailAudited {
  return MailAudited.fromPartial({
    mailId: m.meta!.mailId,
    threadId: m.meta!.threadId,
    mailbox: "support",
    routing: {
      department: "triage",
      decidedBy: DecidedBy.DECIDED_BY_LLM,
      reason: `llm: refund wanted; ${m.from!.address} sent an IBAN; confidence 0.4 below 0.5, triage instead of billing`,
    },
  });
}

async function auditReason(m: MailIngested): Promise<string | undefined> {
  return (await readAuditRecord(bus, m.meta!.mailId))?.routing?.reason;
}

async function restoredEmail(threadId: string): Promise<string> {
  const [text] = (await privacy.unmask({ threadId, texts: ["[[EMAIL_1]]"] })).texts;
  return text!.text;
}

async function threadsIn<T>(event: EventType<T>): Promise<string[]> {
  return (await readStream(bus, event)).map((stored) => event.metaOf(stored.event)?.threadId ?? "").sort();
}

test("forget --email erases the subject's threads from the vault and from every stream, and says nothing of them", async () => {
  assert.equal(await restoredEmail(threadOf(annas)), ANNA, "the vault restores Anna before");

  const forget = [...["forget", "--email", " Anna.Berger@Example.de "], "--config", configFile];
  const first = await run([...forget, "--data-dir", join(dir, "data")]);
  assert.equal(first.code, 0, first.err);
  assert.doesNotMatch(first.out + first.err, /anna|berger|example\.de/i, "the output names the subject");
  // Anna's own thread was indexed under her address; Bob's, where she is only in Cc, came from
  // the stream and was erased by its id.
  assert.match(first.out, /^vault: 2 thread\(s\), \d+ value\(s\) erased$/m);
  for (const m of [annas, bobsWithAnnaInCc])
    assert.match(first.out, new RegExp(`^thread ${threadOf(m)}$`, "m"));
  assert.match(first.out, /^MAIL_INGESTED: 2 message\(s\) erased$/m);
  assert.match(first.out, /^MAIL_MASKED: 2 message\(s\) erased$/m);
  assert.match(first.out, /^DEADLETTER: 2 message\(s\) erased$/m);
  assert.match(first.out, /^MAIL_DRAFTED: 0 message\(s\) erased$/m);
  assert.equal(await streamCount(bus, Events.drafted.stream), 1, "the broken message stays");
  assert.match(first.out, /^AUDIT: records kept, the model's reason erased from 1$/m);
  assert.equal(
    await auditReason(annas),
    "llm: (erased); confidence 0.4 below 0.5, triage instead of billing",
  );
  assert.match((await auditReason(carls)) ?? "", /carl\.vogt/, "others' records stay as they were");
  assert.equal(await streamCount(bus, AuditRecords.stream), 2, "no record is lost or doubled");

  assert.deepEqual(await threadsIn(Events.ingested), [threadOf(carls)]);
  assert.deepEqual(await threadsIn(Events.masked), [threadOf(carls)]);
  const letters = (await readStream(bus, DeadLetters)).map((s) => s.event.meta?.mailId);
  assert.deepEqual(letters.sort(), [carls.meta!.mailId, "m_raw1"].sort());
  assert.equal(await restoredEmail(threadOf(annas)), "[[EMAIL_1]]", "Anna's thread is gone from the vault");
  assert.equal(await restoredEmail(threadOf(bobsWithAnnaInCc)), "[[EMAIL_1]]", "and the thread she was in");
  assert.equal(await restoredEmail(threadOf(carls)), "carl.vogt@example.net", "others stay");

  const again = await run([...forget, "--data-dir", join(dir, "data")]);
  assert.equal(again.code, 0, again.err);
  assert.match(again.out, /^vault: 0 thread\(s\), 0 value\(s\) erased$/m);
  assert.doesNotMatch(again.out, /[1-9]\d* message\(s\) erased/, "a second run finds nothing left");
  assert.match(again.out, /erased from 0$/m);
});

test("forget --thread erases one thread; without exactly one subject it refuses", async () => {
  const options = ["--config", configFile, "--data-dir", join(dir, "data")];
  const done = await run(["forget", "--thread", threadOf(carls), ...options]);
  assert.equal(done.code, 0, done.err);
  assert.match(done.out, /^vault: 1 thread\(s\)/m);
  assert.deepEqual(await threadsIn(Events.ingested), []);
  assert.equal(await restoredEmail(threadOf(carls)), "[[EMAIL_1]]");
  assert.doesNotMatch((await auditReason(carls)) ?? "carl", /carl/);

  assert.equal((await run(["forget", ...options])).code, 2);
  assert.equal((await run(["forget", "--email", ANNA, "--thread", "t_x", ...options])).code, 2);
});

test("without a noted port, forget says where mask is missing instead of guessing", async () => {
  const elsewhere = await run(["forget", "--thread", "t_x", "--config", configFile, "--data-dir", dir]);
  assert.equal(elsewhere.code, 1);
  assert.match(elsewhere.err, /privacy\.grpc\.port is 0/);
  await access(privacyAddressFile(join(dir, "data")));
});
