import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { AuditRecords, MailAudited } from "@poststelle/contracts";
import { startTelemetry, type Telemetry } from "@poststelle/telemetry";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { publishAuditRecord, readAuditRecord, readAuditRecords } from "./audit.js";
import { type Bus, connectBus } from "./connect.js";
import { declarePipeline } from "./topology.js";

const DUPLICATE_WINDOW_MS = 300;
const spans = new InMemorySpanExporter();
let telemetry: Telemetry;
let nats: NatsServer;
let bus: Bus;

before(async () => {
  telemetry = startTelemetry({ serviceName: "audit-test", spanExporter: spans, logLevel: "silent" });
  nats = await startNats();
  bus = await connectBus({ servers: nats.url, name: "audit-test" });
  await declarePipeline(bus, {
    maxAgeMs: 3_600_000,
    auditMaxAgeMs: 180 * 86_400_000,
    duplicateWindowMs: DUPLICATE_WINDOW_MS,
  });
});
after(async () => {
  await bus?.close();
  await nats?.stop();
  await telemetry?.shutdown();
});

const record = (mailId: string, department: string) =>
  MailAudited.fromPartial({ mailId, threadId: `t_${mailId}`, routing: { department } });

test("the AUDIT stream outlives the mail streams by its own retention", async () => {
  const audit = await bus.jsm.streams.info(AuditRecords.stream);
  assert.equal(audit.config.max_age, 180 * 86_400_000 * 1e6);
  assert.equal(audit.config.max_msgs_per_subject, 1);
  assert.equal((await bus.jsm.streams.info("MAIL_DRAFTED")).config.max_age, 3_600_000 * 1e6);
});

test("one record per mail: a repeat is dropped, a later delivery replaces it", async () => {
  await publishAuditRecord(bus, record("m_a", "orders"));
  await publishAuditRecord(bus, record("m_b", "sales"));
  const repeat = await publishAuditRecord(bus, record("m_a", "orders"));
  assert.equal(repeat.duplicate, true);
  await sleep(DUPLICATE_WINDOW_MS * 2);
  // Delivered again after the window (a replayed mail): the newer decision is the one kept.
  await publishAuditRecord(bus, record("m_a", "billing"));

  assert.equal((await bus.jsm.streams.info(AuditRecords.stream)).state.messages, 2);
  assert.equal((await readAuditRecord(bus, "m_a"))?.routing?.department, "billing");
  assert.equal((await readAuditRecord(bus, "m_b"))?.routing?.department, "sales");
  assert.equal(await readAuditRecord(bus, "m_c"), undefined);
  assert.deepEqual(
    (await readAuditRecords(bus, { last: 10 })).map((r) => r.mailId),
    ["m_b", "m_a"],
  );
});

test("span names do not carry the mail id; the mail id attribute does", () => {
  const published = spans.getFinishedSpans().filter((s) => s.name.startsWith("publish audit"));
  assert.ok(published.length > 0);
  for (const span of published) {
    assert.equal(span.name, "publish audit.{mail_id}");
    assert.match(String(span.attributes["poststelle.mail_id"]), /^m_[abc]$/);
  }
});
