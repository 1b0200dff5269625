import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { PoststelleError } from "@poststelle/errors";
import { startTelemetry } from "./telemetry.js";

/** An OTLP/HTTP receiver: records what the SDK posts, as a collector would receive it. */
interface Received {
  path: string;
  contentType: string;
  body: string;
}
const received: Received[] = [];
let receiver: Server;
let receiverUrl: string;

before(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        path: request.url ?? "",
        contentType: request.headers["content-type"] ?? "",
        body: Buffer.concat(chunks).toString("utf8"),
      });
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{}");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const quiet = { write() {} };
const EMAIL = "max.mustermann@example.com";

test("shutdown flushes batched spans to the OTLP endpoint, guarded", async () => {
  received.length = 0;
  const telemetry = startTelemetry({
    serviceName: "poststelle-flush-test",
    otlpEndpoint: `${receiverUrl}/`,
    logDestination: quiet,
  });
  const span = telemetry.tracer("flush-test").startSpan("poststelle.mail.ingested publish", {
    attributes: { "poststelle.stage": "ingest", "poststelle.department": EMAIL, "mail.from": EMAIL },
  });
  span.end();
  // The batch processor waits seconds before exporting; nothing may have left yet.
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(received.length, 0, "spans are batched, not sent one by one");

  await telemetry.shutdown();
  assert.equal(received.length, 1, "shutdown exported the pending batch");
  const request = received[0];
  assert.ok(request);
  assert.equal(request.path, "/v1/traces");
  assert.match(request.contentType, /application\/json/);
  assert.ok(request.body.includes("poststelle.mail.ingested publish"), "the span name");
  assert.ok(request.body.includes(span.spanContext().traceId), "the span's trace id");
  assert.ok(request.body.includes('"poststelle.stage"'));
  assert.ok(request.body.includes("poststelle-flush-test"), "service name in the resource");
  assert.ok(!request.body.includes(EMAIL), "the guard sits in front of the OTLP exporter");
  assert.ok(!request.body.includes("mail.from"));
});

test("the endpoint falls back to OTEL_EXPORTER_OTLP_ENDPOINT, and a new telemetry may start after shutdown", async () => {
  received.length = 0;
  process.env["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiverUrl;
  try {
    const telemetry = startTelemetry({ serviceName: "poststelle-env-test", logDestination: quiet });
    telemetry.tracer("env-test").startSpan("env span").end();
    await telemetry.shutdown();
  } finally {
    delete process.env["OTEL_EXPORTER_OTLP_ENDPOINT"];
  }
  assert.equal(received.length, 1);
  assert.ok(received[0]?.body.includes("env span"));
  assert.ok(received[0]?.body.includes("poststelle-env-test"));
});

test("without an endpoint nothing is exported, but spans still get ids for log correlation", async () => {
  received.length = 0;
  const lines: string[] = [];
  const telemetry = startTelemetry({
    serviceName: "poststelle-local",
    logDestination: { write: (l: string) => lines.push(l) },
  });
  const traceId = telemetry.tracer("local").startActiveSpan("work", (span) => {
    telemetry.logger.info("working");
    span.end();
    return span.spanContext().traceId;
  });
  await telemetry.shutdown();
  assert.match(traceId, /^[0-9a-f]{32}$/);
  assert.notEqual(traceId, "0".repeat(32));
  assert.equal((JSON.parse(lines[0] ?? "{}") as Record<string, unknown>)["trace_id"], traceId);
  assert.equal(received.length, 0);
});

test("one telemetry per process: same service gets the running one, another service fails", async () => {
  const first = startTelemetry({ serviceName: "poststelle-mask", logDestination: quiet });
  try {
    assert.equal(startTelemetry({ serviceName: "poststelle-mask" }), first);
    assert.throws(
      () => startTelemetry({ serviceName: "poststelle-draft" }),
      (error: unknown) => error instanceof PoststelleError && error.code === "telemetry.already_started",
    );
  } finally {
    await first.shutdown();
  }
  const second = startTelemetry({ serviceName: "poststelle-draft", logDestination: quiet });
  assert.notEqual(second, first);
  await second.shutdown();
  await second.shutdown(); // idempotent
});

test("shutdown resolves and logs a coded warning when the collector is unreachable", async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));

  const lines: string[] = [];
  // The exporter retries until its timeout (10 s by default); the standard variable shortens it.
  process.env["OTEL_EXPORTER_OTLP_TIMEOUT"] = "1000";
  const telemetry = startTelemetry({
    serviceName: "poststelle-unreachable",
    otlpEndpoint: `http://127.0.0.1:${port}`,
    logDestination: { write: (l: string) => lines.push(l) },
  });
  delete process.env["OTEL_EXPORTER_OTLP_TIMEOUT"];
  telemetry.tracer("unreachable").startSpan("lost").end();
  const startedMs = Date.now();
  await telemetry.shutdown();
  assert.ok(Date.now() - startedMs < 5000, "the export timeout bounds shutdown");
  const warning = lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((line) => line["msg"] === "telemetry flush failed");
  assert.ok(warning, lines.join(""));
  assert.deepEqual(warning["err"], { type: "Error", code: "ECONNREFUSED" });
});
