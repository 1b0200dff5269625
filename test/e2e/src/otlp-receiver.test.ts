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
    // Explicit times: spans timed by the clock start at whole milliseconds (Date.now()) and end
    // on the performance clock, so two spans in a row may appear out of order by up to 1 ms.
    const at = Date.UTC(2026, 10, 23, 12, 0, 0);
    const attributes = { "poststelle.mail_id": "m_1" };
    tracer.startSpan("publish mail.ingested", { attributes, startTime: at }).end(at + 2);
    const failed = tracer.startSpan("publish mail.masked", { attributes, startTime: at + 1 });
    failed.setStatus({ code: 2 }); // SpanStatusCode.ERROR
    failed.end(at + 3);
    tracer.startSpan("process mail.ingested", { attributes, startTime: at + 5 }).end(at + 9);
    // Shutting down flushes the batch exporter.
    await telemetry.shutdown();
    assert.equal(receiver.spanCount, 3);
    assert.equal(times.stored.get("mail.ingested")?.get("m_1"), at + 2, "a publish span's end, in epoch ms");
    assert.equal(times.handled.get("mail.ingested")?.get("m_1"), at + 5, "a handler span's start");
    assert.equal(times.stored.has("mail.masked"), false, "a failed publish stored nothing");
  } finally {
    await receiver.close();
  }
});
