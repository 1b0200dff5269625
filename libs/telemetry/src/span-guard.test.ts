import assert from "node:assert/strict";
import { after, test } from "node:test";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { REDACTED } from "./personal-data.js";
import { isAllowedSpanAttribute, REDACTED_ATTRIBUTES_KEY } from "./span-guard.js";
import { startTelemetry } from "./telemetry.js";

const exported = new InMemorySpanExporter();
const telemetry = startTelemetry({
  serviceName: "poststelle-span-guard-test",
  spanExporter: exported,
  logDestination: { write() {} },
});
after(() => telemetry.shutdown());

const EMAIL = "max.mustermann@example.com";
const SUBJECT = "Kündigung meines Vertrags";
const FOREIGN_MESSAGE = "cannot parse header From: Max Mustermann";

function finishedSpan(name: string) {
  const span = exported.getFinishedSpans().find((candidate) => candidate.name === name);
  assert.ok(span, `span ${name} was exported`);
  return span;
}

test("exported spans keep allowed attributes and lose content", () => {
  const tracer = telemetry.tracer("span-guard-test");
  const span = tracer.startSpan("poststelle.mail.masked process", {
    kind: SpanKind.CONSUMER,
    attributes: {
      "messaging.system": "nats",
      "messaging.destination.name": "poststelle.mail.masked",
      "poststelle.stage": "mask",
      "poststelle.count": 3,
      "poststelle.mail_id": "m_AbCdEfGhIjKlMnOpQrStUv",
      "poststelle.department": `Vertrieb <${EMAIL}>`,
      "mail.subject": SUBJECT,
      "http.request.header.authorization": "Bearer secret-token",
      "poststelle.tags": ["billing", EMAIL],
    },
  });
  span.recordException(new Error(FOREIGN_MESSAGE));
  span.setStatus({ code: SpanStatusCode.ERROR, message: FOREIGN_MESSAGE });
  span.end();

  const guarded = finishedSpan("poststelle.mail.masked process");
  const serialized = JSON.stringify({
    name: guarded.name,
    attributes: guarded.attributes,
    events: guarded.events,
    status: guarded.status,
  });
  for (const secret of [
    EMAIL,
    SUBJECT,
    FOREIGN_MESSAGE,
    "secret-token",
    "mail.subject",
    "exception.message",
  ]) {
    assert.ok(!serialized.includes(secret), `${secret} must not be exported: ${serialized}`);
  }
  assert.ok(!serialized.includes("exception.stacktrace"));

  assert.equal(guarded.attributes["messaging.system"], "nats");
  assert.equal(guarded.attributes["poststelle.stage"], "mask");
  assert.equal(guarded.attributes["poststelle.count"], 3);
  assert.equal(guarded.attributes["poststelle.mail_id"], "m_AbCdEfGhIjKlMnOpQrStUv");
  assert.equal(guarded.attributes["poststelle.department"], REDACTED);
  assert.deepEqual(guarded.attributes["poststelle.tags"], ["billing", REDACTED]);
  // mail.subject, authorization header, exception.message, exception.stacktrace dropped;
  // department and one tag redacted; status message removed.
  assert.equal(guarded.attributes[REDACTED_ATTRIBUTES_KEY], 7);

  const exception = guarded.events.find((event) => event.name === "exception");
  assert.ok(exception, "the exception event itself is kept");
  assert.deepEqual(exception.attributes, { "exception.type": "Error" });
  assert.equal(guarded.status.code, SpanStatusCode.ERROR);
  assert.equal(guarded.status.message, undefined);
});

test("span and event names that quote a mail are redacted", () => {
  const span = telemetry.tracer("span-guard-test").startSpan(`reply to ${EMAIL}`);
  span.addEvent(`Anruf unter 0171 1234567`, { "poststelle.stage": "draft" });
  span.end();

  const guarded = exported.getFinishedSpans().at(-1);
  assert.ok(guarded);
  assert.equal(guarded.name, REDACTED);
  assert.equal(guarded.events[0]?.name, REDACTED);
  assert.deepEqual(guarded.events[0]?.attributes, { "poststelle.stage": "draft" });
  assert.equal(guarded.attributes[REDACTED_ATTRIBUTES_KEY], 2);
});

test("a clean span is exported unchanged and without a redaction count", () => {
  const span = telemetry.tracer("span-guard-test").startSpan("classify", {
    attributes: { "poststelle.decided_by": "rule", "rpc.system": "grpc" },
  });
  span.end();

  const guarded = finishedSpan("classify");
  assert.deepEqual(guarded.attributes, { "poststelle.decided_by": "rule", "rpc.system": "grpc" });
  assert.equal(guarded.spanContext().traceId, span.spanContext().traceId);
});

test("a caller cannot forge the redaction count", () => {
  const span = telemetry.tracer("span-guard-test").startSpan("forged");
  span.setAttribute(REDACTED_ATTRIBUTES_KEY, 0);
  span.setAttribute("customer.name", "Max");
  span.end();
  assert.equal(finishedSpan("forged").attributes[REDACTED_ATTRIBUTES_KEY], 2);
});

test("allow-list: prefixes, explicit keys, and content-bearing keys inside allowed prefixes", () => {
  for (const key of [
    "messaging.system",
    "rpc.method",
    "http.request.method",
    "server.address",
    "url.scheme",
  ]) {
    assert.equal(isAllowedSpanAttribute(key), true, key);
  }
  for (const key of ["error.type", "exception.type", "poststelle.thread_id", "gen_ai.request.model"]) {
    assert.equal(isAllowedSpanAttribute(key), true, key);
  }
  const denied = [
    "exception.message",
    "exception.stacktrace",
    "url.full",
    "url.query",
    "http.url",
    "http.request.header.cookie",
    "http.response.header.set-cookie",
    "otel.status_description",
    "enduser.id",
    "mail.from",
  ];
  for (const key of denied) assert.equal(isAllowedSpanAttribute(key), false, key);
});
