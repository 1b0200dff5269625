import assert from "node:assert/strict";
import { test } from "node:test";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { arriveWarm, EventTimes, quantiles, timing } from "./bench-measure.js";

const hrTime = (ms: number) => [Math.floor(ms / 1000), (ms % 1000) * 1e6];

/** Just the fields EventTimes reads, for a span from `startMs` to `endMs`. */
function span(name: string, mailId: string, startMs: number, endMs: number, failed = false): ReadableSpan {
  return {
    name,
    attributes: { "poststelle.mail_id": mailId },
    status: { code: failed ? 2 : 1 },
    startTime: hrTime(startMs),
    endTime: hrTime(endMs),
  } as unknown as ReadableSpan;
}
const publishSpan = (subject: string, mailId: string, endMs: number, failed = false) =>
  span(`publish ${subject}`, mailId, endMs - 0.25, endMs, failed);

test("quantiles pick the nearest-rank value", () => {
  const values = Array.from({ length: 100 }, (_, i) => 100 - i);
  assert.deepEqual(quantiles(values), { p50: 51, p99: 100 });
  assert.ok(Number.isNaN(quantiles([]).p50));
});

test("timing reads hop latencies, bus transit and the rate from when events were stored and taken up", () => {
  const times = new EventTimes();
  const subjects = ["mail.ingested", "mail.masked", "mail.classified", "mail.drafted", "mail.delivered"];
  const spans: ReadableSpan[] = [];
  for (let mail = 0; mail < 4; mail++) {
    subjects.forEach((subject, hop) => {
      const stored = 1_000 + mail * 250 + hop * (hop + 1);
      spans.push(publishSpan(subject, `m${mail}`, stored));
      // Its handler starts 0.5 ms later; a redelivery later still does not count.
      spans.push(span(`process ${subject}`, `m${mail}`, stored + 0.5, stored + 1));
      spans.push(span(`process ${subject}`, `m${mail}`, stored + 900, stored + 901));
    });
  }
  // A failed attempt stored nothing; the earlier success counts, not the later retry.
  spans.push(publishSpan("mail.masked", "m0", 1_500, true));
  spans.push(publishSpan("mail.masked", "m0", 1_900));
  times.export(spans, () => {});
  const result = timing(times);
  assert.deepEqual(result.hopMs.mask, { p50: 2, p99: 2 });
  assert.deepEqual(result.hopMs.classify, { p50: 4, p99: 4 });
  assert.deepEqual(result.hopMs.unmask, { p50: 8, p99: 8 });
  assert.deepEqual(result.transitMs.mask, { p50: 0.5, p99: 0.5 });
  assert.deepEqual(result.endToEndMs, { p50: 20, p99: 20 });
  // Four mails from the first stored at 1000 ms to the last delivered at 1770 ms.
  assert.equal(result.mailsPerSecond.toFixed(3), (4 / 0.77).toFixed(3));
});

test("arriveWarm paces the warm-up and the timed arrivals alike and says when the timed part began", async () => {
  const calledAt: number[] = [];
  const sinceMs = await arriveWarm(2, 3, 100, async () => void calledAt.push(Date.now()));
  assert.equal(calledAt.length, 5);
  // 10 ms apart from the first call on, within the clock's resolution.
  assert.ok(calledAt[4]! - calledAt[0]! >= 39, `spread ${calledAt[4]! - calledAt[0]!} ms`);
  assert.ok(sinceMs > calledAt[1]! && sinceMs <= calledAt[2]!, "timed part begins with the third call");
});
