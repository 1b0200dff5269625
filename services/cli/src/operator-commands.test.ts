import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  type Bus,
  connectBus,
  declarePipeline,
  publishAuditRecord,
  publishDeadLetter,
  readStream,
} from "@poststelle/bus";
import {
  DeadLetters,
  DecidedBy,
  DraftSource,
  Events,
  MailAudited,
  MailMasked,
  mailIdFor,
  SCHEMA_VERSION,
} from "@poststelle/contracts";
import { startEmbeddedNats } from "@poststelle/runtime";
import { freePort, type NatsServer, startNats } from "@poststelle/test-support";
import { embeddedNatsDir } from "./process.js";
import { run } from "./test-io.js";

let nats: NatsServer;
let bus: Bus;
let dir: string;
let configFile: string;

before(async () => {
  nats = await startNats();
  bus = await connectBus({ servers: nats.url, name: "deadletters-test" });
  await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 });
  dir = await mkdtemp(join(tmpdir(), "poststelle-deadletters-"));
  configFile = join(dir, "poststelle.yaml");
  await writeFile(
    configFile,
    [
      `nats: { servers: ["${nats.url}"] }`,
      "mailboxes: [{ id: support, kind: folder, address: support@example.com, path: /tmp }]",
      "departments: [{ id: triage, name: Triage, description: everything }]",
      "triage: { department: triage }",
      "",
    ].join("\n"),
  );
});
after(async () => {
  await bus?.close();
  await nats?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("poststelle deadletters lists ids and codes only, and --replay puts the mails back", async () => {
  const mailId = mailIdFor("support", 7, 42);
  const event = MailMasked.fromPartial({
    meta: { schemaVersion: SCHEMA_VERSION, mailId, threadId: "t_1" },
    subject: "Rechnung für Erika Schmidt",
  });
  const masked = MailMasked.encode(event).finish();
  await publishDeadLetter(bus, {
    stage: "classify",
    reasonCode: "bus.retries_exhausted",
    reason: "gave up after 5 attempts, last error llm.unavailable",
    originalSubject: Events.masked.subject,
    originalSequence: 9,
    deliveryCount: 5,
    meta: event.meta,
    originalPayload: masked,
  });
  await publishDeadLetter(bus, {
    stage: "ingest",
    reasonCode: "mail.malformed",
    reason: "mail.malformed: no parsable MIME structure",
    originalPayload: new Uint8Array([1]),
  });

  const listed = await run(["deadletters", "--config", configFile]);
  assert.equal(listed.code, 0, listed.err);
  const lines = listed.out.trim().split("\n");
  assert.match(lines[0]!, new RegExp(`^1 classify bus\\.retries_exhausted ${mailId} attempts=5 \\d{4}-`));
  assert.match(lines[1]!, /^2 ingest mail\.malformed - attempts=0 /);
  assert.equal(lines[2], "2 dead letter(s)");
  assert.doesNotMatch(listed.out, /Erika|Rechnung/, "no mail content");

  const onlyIngest = await run(["deadletters", "--stage", "ingest", "--config", configFile]);
  assert.match(onlyIngest.out, /^2 ingest .*\n1 dead letter\(s\)\n$/);

  const replayed = await run(["deadletters", "--replay", "--config", configFile]);
  assert.equal(replayed.code, 0, replayed.err);
  assert.match(replayed.out, /replayed 1, left 1 that never reached the bus\n$/);
  const back = await readStream(bus, Events.masked);
  assert.deepEqual(
    back.map((stored) => stored.event.meta?.mailId),
    [mailId],
    "the mail is on mail.masked again, for classify",
  );
  const left = await readStream(bus, DeadLetters);
  assert.deepEqual(
    left.map((stored) => stored.event.stage),
    ["ingest"],
  );
});

test("poststelle deadletters says so at once when no nats-server answers, instead of waiting", async () => {
  const unreachable = join(dir, "unreachable.yaml");
  await writeFile(
    unreachable,
    (await readFile(configFile, "utf8")).replace(nats.url, `nats://127.0.0.1:${await freePort()}`),
  );
  const started = Date.now();
  const result = await run(["deadletters", "--config", unreachable]);
  assert.equal(result.code, 1);
  assert.equal(result.err, "poststelle deadletters: bus.connect_failed: could not connect to NATS\n");
  assert.ok(Date.now() - started < 15_000);
});

test("poststelle audit prints each delivered mail's record as JSON lines, and finds one by id", async () => {
  const mailId = mailIdFor("support", 7, 43);
  const record = (id: string, department: string) =>
    MailAudited.fromPartial({
      mailId: id,
      threadId: "t_2",
      mailbox: "support",
      routing: { department, decidedBy: DecidedBy.DECIDED_BY_LLM, confidence: 0.8 },
      draftSource: DraftSource.DRAFT_SOURCE_TEMPLATE,
      delivered: { department, movedTo: "Abteilungen/Buchhaltung" },
    });
  await publishAuditRecord(bus, record(mailIdFor("support", 7, 42), "orders"));
  await publishAuditRecord(bus, record(mailId, "billing"));

  const all = await run(["audit", "--config", configFile]);
  assert.equal(all.code, 0, all.err);
  const records = all.out
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    records.map((r) => r.mailId),
    [mailIdFor("support", 7, 42), mailId],
  );
  assert.deepEqual(records[1], {
    mailId,
    threadId: "t_2",
    mailbox: "support",
    routing: { department: "billing", confidence: 0.8, decidedBy: "DECIDED_BY_LLM" },
    draftSource: "DRAFT_SOURCE_TEMPLATE",
    delivered: { department: "billing", movedTo: "Abteilungen/Buchhaltung" },
  });

  const one = await run(["audit", "--mail-id", mailId, "--config", configFile]);
  assert.equal(one.out.trim().split("\n").length, 1);
  assert.equal(JSON.parse(one.out).routing.department, "billing");
  const lastOne = await run(["audit", "--last", "1", "--config", configFile]);
  assert.equal(JSON.parse(lastOne.out).mailId, mailId);
  assert.equal((await run(["audit", "--mail-id", "m_unknown", "--config", configFile])).code, 1);
  assert.equal((await run(["audit", "--last", "0", "--config", configFile])).code, 2);
});

test("with nats.embedded the operator commands find the nats-server of a running `run all`", async () => {
  const embedded = join(dir, "embedded.yaml");
  await writeFile(
    embedded,
    (await readFile(configFile, "utf8")).replace(/^nats: .*$/m, "nats: { embedded: true }"),
  );
  const dataDir = join(dir, "data");
  const server = await startEmbeddedNats(embeddedNatsDir(dataDir));
  try {
    const local = await connectBus({ servers: server.url, name: "embedded-test" });
    await declarePipeline(local, { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 });
    await local.close();
    const listed = await run(["deadletters", "--config", embedded, "--data-dir", dataDir]);
    assert.equal(listed.code, 0, listed.err);
    assert.equal(listed.out, "0 dead letter(s)\n");
    assert.equal((await run(["audit", "--config", embedded, "--data-dir", dataDir])).code, 0);
  } finally {
    await server.stop();
  }
  const stopped = await run(["deadletters", "--config", embedded, "--data-dir", dataDir]);
  assert.equal(stopped.code, 1);
  assert.match(stopped.err, /no embedded nats-server runs on this data dir/);
});
