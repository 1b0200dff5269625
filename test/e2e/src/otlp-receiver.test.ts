import assert from "node:assert/strict";
import { test } from "node:test";
import { startTelemetry } from "@poststelle/telemetry";
import { EventTimes } from "./bench-measure.js";
import { startOtlpReceiver } from "./otlp-receiver.js";

test("the receiver reads what the services' own OTLP exporter sends", async () => {
  const times = new EventTimes();
  const receiver = await startOtlpReceiver(times);
  try {
    const telemetry = startTelemetry({
      serviceName: "otlp-test",
      otlpEndpoint: receiver.url,
      logLevel: "silent",
    });
    const tracer = telemetry.tracer("otlp-test");
    const before = Date.now();
    tracer.startSpan("publish mail.ingested", { attributes: { "poststelle.mail_id": "m_1" } }).end();
    const failed = tracer.startSpan("publish mail.masked", { attributes: { "poststelle.mail_id": "m_1" } });
    failed.setStatus({ code: 2 }); // SpanStatusCode.ERROR
    failed.end();
    tracer.startSpan("process mail.ingested", { attributes: { "poststelle.mail_id": "m_1" } }).end();
    // Shutting down flushes the batch exporter.
    await telemetry.shutdown();
    assert.equal(receiver.spanCount, 3);
    const stored = times.stored.get("mail.ingested")?.get("m_1");
    assert.ok(stored !== undefined && stored >= before - 1 && stored <= Date.now(), "end time in epoch ms");
    const handled = times.handled.get("mail.ingested")?.get("m_1");
    assert.ok(handled !== undefined && handled >= stored, "a handler span's start, after the publish");
    assert.equal(times.stored.has("mail.masked"), false, "a failed publish stored nothing");
  } finally {
    await receiver.close();
  }
});
