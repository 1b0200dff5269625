import assert from "node:assert/strict";
import { after, beforeEach, test } from "node:test";
import { PermanentError, TransientError } from "@poststelle/errors";
import { REDACTED } from "./personal-data.js";
import { startTelemetry } from "./telemetry.js";

const lines: string[] = [];
const telemetry = startTelemetry({
  serviceName: "poststelle-logger-test",
  logLevel: "debug",
  logDestination: { write: (line: string) => lines.push(line) },
});
after(() => telemetry.shutdown());
beforeEach(() => {
  lines.length = 0;
});

const EMAIL = "max.mustermann@example.com";
const SUBJECT = "Kündigung zum 31.12.";
const BODY = "Sehr geehrte Damen und Herren, bitte rufen Sie mich an.";

function onlyLine(): Record<string, unknown> {
  assert.equal(lines.length, 1, `one line expected, got ${lines.length}`);
  return JSON.parse(lines[0] ?? "") as Record<string, unknown>;
}

test("keys outside the allow-list are dropped and named in dropped_keys", () => {
  telemetry.logger.info(
    { mailId: "m_AbCdEfGhIjKlMnOpQrStUv", stage: "mask", body: BODY, subject: SUBJECT },
    "masked",
  );
  const raw = lines[0] ?? "";
  assert.ok(!raw.includes(BODY) && !raw.includes(SUBJECT), raw);
  const line = onlyLine();
  assert.equal(line["mailId"], "m_AbCdEfGhIjKlMnOpQrStUv");
  assert.equal(line["stage"], "mask");
  assert.equal(line["msg"], "masked");
  assert.equal(line["level"], "info");
  assert.deepEqual(line["dropped_keys"], ["body", "subject"]);
});

test("a message or an allowed value that quotes a mail is redacted", () => {
  telemetry.logger.warn({ department: EMAIL, count: 2 }, `reply to ${EMAIL} failed`);
  const raw = lines[0] ?? "";
  assert.ok(!raw.includes(EMAIL), raw);
  const line = onlyLine();
  assert.equal(line["msg"], REDACTED);
  assert.equal(line["department"], REDACTED);
  assert.equal(line["count"], 2);
});

test("interpolated arguments are checked after formatting", () => {
  telemetry.logger.info("sender %s", EMAIL);
  assert.ok(!(lines[0] ?? "").includes(EMAIL));
  assert.equal(onlyLine()["msg"], REDACTED);
});

test("a key name that looks personal is listed only as redacted", () => {
  telemetry.logger.info({ [EMAIL]: 1, durationMs: 12, mailboxBytes: 4096 }, "stats");
  const line = onlyLine();
  assert.ok(!(lines[0] ?? "").includes(EMAIL));
  assert.deepEqual(line["dropped_keys"], [REDACTED]);
  assert.equal(line["durationMs"], 12);
  assert.equal(line["mailboxBytes"], 4096, "numeric measurements pass under any *Bytes name");
});

test("nested objects under allowed keys are dropped", () => {
  telemetry.logger.info({ reason: { from: EMAIL }, reasonCode: "mail.too_large" }, "dead-lettered");
  const line = onlyLine();
  assert.equal(line["reason"], undefined);
  assert.equal(line["reasonCode"], "mail.too_large");
  assert.deepEqual(line["dropped_keys"], ["reason"]);
});

test("a foreign error shows only its class and code, never its message or stack", () => {
  const foreign = Object.assign(new TypeError(`bad header from ${EMAIL}: ${SUBJECT}`), {
    code: "ERR_INVALID_CHAR",
  });
  telemetry.logger.error(foreign);
  telemetry.logger.error({ err: new RangeError("Max Mustermann") }, "parse failed");
  const raw = lines.join("");
  for (const secret of [EMAIL, SUBJECT, "Max Mustermann", "at "]) assert.ok(!raw.includes(secret), raw);
  const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(first?.["err"], { type: "TypeError", code: "ERR_INVALID_CHAR" });
  assert.equal(first?.["msg"], "unexpected: TypeError");
  assert.deepEqual(second?.["err"], { type: "RangeError" });
  assert.equal(second?.["msg"], "parse failed");
});

test("our own errors keep code and message, still checked for content", () => {
  const cause = new Error(`refused ${EMAIL}`);
  telemetry.logger.warn({ err: new TransientError("llm.unavailable", "3 attempts", { cause }) });
  telemetry.logger.warn({ err: new PermanentError("mail.invalid", `from ${EMAIL}`) });
  assert.ok(!lines.join("").includes(EMAIL));
  const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(first?.["err"], {
    type: "TransientError",
    code: "llm.unavailable",
    message: "llm.unavailable: 3 attempts",
    cause: { type: "Error" },
  });
  assert.equal(first?.["msg"], "llm.unavailable: 3 attempts");
  assert.deepEqual(second?.["err"], { type: "PermanentError", code: "mail.invalid", message: REDACTED });
  assert.equal(second?.["msg"], REDACTED);
});

test("url keeps host and port only", () => {
  telemetry.logger.info({ url: `http://user:secret@collector:4318/v1/traces?to=${EMAIL}` }, "export");
  telemetry.logger.info({ url: "nats:4222" }, "bus");
  const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(first?.["url"], "collector:4318");
  assert.equal(second?.["url"], "nats:4222");
  assert.ok(!lines.join("").includes("secret"));
});

test("child bindings pass the same guard", () => {
  const child = telemetry.logger.child({ mailId: "m_AbCdEfGhIjKlMnOpQrStUv", from: EMAIL });
  child.child({ stage: "mask", subject: SUBJECT }).info("nested");
  const raw = lines[0] ?? "";
  assert.ok(!raw.includes(EMAIL) && !raw.includes(SUBJECT), raw);
  const line = onlyLine();
  assert.equal(line["mailId"], "m_AbCdEfGhIjKlMnOpQrStUv");
  assert.equal(line["stage"], "mask");
  assert.equal(line["name"], "poststelle-logger-test");
});

test("lines written inside an active span carry its trace and span id", () => {
  const tracer = telemetry.tracer("logger-test");
  const ids = tracer.startActiveSpan("outer", (outer) => {
    telemetry.logger.info("in outer");
    const inner = tracer.startActiveSpan("inner", (span) => {
      telemetry.logger.info("in inner");
      span.end();
      return span.spanContext();
    });
    outer.end();
    return { outer: outer.spanContext(), inner };
  });
  telemetry.logger.info("outside");
  const [inOuter, inInner, outside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(inOuter?.["trace_id"], ids.outer.traceId);
  assert.equal(inOuter?.["span_id"], ids.outer.spanId);
  assert.equal(inInner?.["trace_id"], ids.outer.traceId, "same trace");
  assert.equal(inInner?.["span_id"], ids.inner.spanId);
  assert.notEqual(ids.inner.spanId, ids.outer.spanId);
  assert.equal(outside?.["trace_id"], undefined);
  assert.equal(outside?.["span_id"], undefined);
});

test("a forged trace_id that is not a trace id is dropped", () => {
  telemetry.logger.info({ trace_id: EMAIL }, "forged");
  const line = onlyLine();
  assert.equal(line["trace_id"], undefined);
  assert.deepEqual(line["dropped_keys"], ["trace_id"]);
});
