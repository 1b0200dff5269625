import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SpanKind } from "@opentelemetry/api";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { Events, MailMasked, SCHEMA_VERSION } from "@poststelle/contracts";
import { PermanentError } from "@poststelle/errors";
import { startTelemetry, type Telemetry } from "@poststelle/telemetry";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { type Bus, connectBus } from "./connect.js";
import { consumeEvents } from "./consume.js";
import { readDeadLetters, replayDeadLetter } from "./dead-letter.js";
import { publishEvent } from "./publish.js";
import { sampleIngested, waitFor } from "./test-events.js";
import { declarePipeline } from "./topology.js";

const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
let nats: NatsServer;
let bus: Bus;

before(async () => {
  telemetry = startTelemetry({ serviceName: "bus-trace-test", spanExporter: exporter, logLevel: "silent" });
  nats = await startNats();
  bus = await connectBus({ servers: nats.url, name: "trace-test" });
  await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 600_000 });
});

after(async () => {
  await bus?.close();
  await nats?.stop();
  await telemetry?.shutdown();
});

const stageOptions = { concurrency: 2, maxDeliver: 3, ackWaitMs: 5_000, backoffMs: [100] };

function masked(from: ReturnType<typeof sampleIngested>): MailMasked {
  return MailMasked.fromPartial({ meta: { ...from.meta, schemaVersion: SCHEMA_VERSION }, subject: "x" });
}

test("the trace id is the same on both sides of every hop", async () => {
  let delivered = false;
  await consumeEvents(bus, {
    ...stageOptions,
    event: Events.ingested,
    durable: "trace-mask",
    stage: "mask",
    handler: async (event) => {
      await publishEvent(bus, Events.masked, masked(event));
    },
  });
  await consumeEvents(bus, {
    ...stageOptions,
    event: Events.masked,
    durable: "trace-classify",
    stage: "classify",
    handler: async () => {
      delivered = true;
    },
  });

  const event = sampleIngested(7);
  await publishEvent(bus, Events.ingested, event);
  const deadline = Date.now() + 5_000;
  while (!delivered || exporter.getFinishedSpans().length < 4) {
    if (Date.now() > deadline) throw new Error("the event did not make both hops");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  const spans = exporter.getFinishedSpans();
  const find = (name: string): ReadableSpan => {
    const span = spans.find((s) => s.name === name);
    assert.ok(span, `no span "${name}" in ${spans.map((s) => s.name).join(", ")}`);
    return span;
  };
  const publishIngested = find("publish mail.ingested");
  const processIngested = find("process mail.ingested");
  const publishMasked = find("publish mail.masked");
  const processMasked = find("process mail.masked");

  const traceId = publishIngested.spanContext().traceId;
  for (const span of [processIngested, publishMasked, processMasked]) {
    assert.equal(span.spanContext().traceId, traceId, `${span.name} is in another trace`);
  }
  assert.equal(processIngested.parentSpanContext?.spanId, publishIngested.spanContext().spanId);
  assert.equal(publishMasked.parentSpanContext?.spanId, processIngested.spanContext().spanId);
  assert.equal(processMasked.parentSpanContext?.spanId, publishMasked.spanContext().spanId);

  assert.equal(publishIngested.kind, SpanKind.PRODUCER);
  assert.equal(processIngested.kind, SpanKind.CONSUMER);
  assert.equal(processIngested.attributes["messaging.system"], "nats");
  assert.equal(processIngested.attributes["messaging.destination.name"], "mail.ingested");
  assert.equal(processIngested.attributes["messaging.consumer.group.name"], "trace-mask");
  assert.equal(processIngested.attributes["poststelle.mail_id"], event.meta!.mailId);
  assert.equal(publishIngested.attributes["messaging.message.id"], `${event.meta!.mailId}:ingest`);
});

test("a dead letter and its replay stay in the mail's trace", async () => {
  let down = true;
  await consumeEvents(bus, {
    ...stageOptions,
    event: Events.ingested,
    durable: "trace-replay",
    stage: "mask",
    handler: async () => {
      if (down) throw new PermanentError("test.down", "the store is down");
    },
  });
  const event = sampleIngested(8);
  const mailId = event.meta!.mailId;
  await publishEvent(bus, Events.ingested, event);
  const letterOfMail = async () =>
    (await readDeadLetters(bus, { stage: "mask" })).find((s) => s.letter.meta?.mailId === mailId);
  await waitFor(async () => (await letterOfMail()) !== undefined, 5_000, "the dead letter");
  down = false;
  await replayDeadLetter(bus, (await letterOfMail())!);

  const spans = () => exporter.getFinishedSpans();
  // Only this test's consumer: the first test's consumers take the same subject.
  const processed = () =>
    spans().filter(
      (s) =>
        s.name === "process mail.ingested" &&
        s.attributes["poststelle.mail_id"] === mailId &&
        s.attributes["messaging.consumer.group.name"] === "trace-replay",
    );
  await waitFor(() => processed().length === 2, 5_000, "the replayed mail's span");
  const traceId = spans()
    .find(
      (s) =>
        s.name === "publish mail.ingested" && s.attributes["messaging.message.id"] === `${mailId}:ingest`,
    )
    ?.spanContext().traceId;
  assert.ok(traceId, "the original publish span");
  const deadLetter = spans().find(
    (s) => s.name === "publish deadletter.mask" && s.spanContext().traceId === traceId,
  );
  assert.ok(deadLetter, "the dead letter's publish is in the mail's trace");
  const replay = spans().find((s) => s.attributes["messaging.message.id"]?.toString().startsWith("replay:"));
  assert.equal(replay?.spanContext().traceId, traceId, "the replay's publish too");
  for (const span of processed()) {
    assert.equal(span.spanContext().traceId, traceId, "both deliveries are in the mail's trace");
  }
});
