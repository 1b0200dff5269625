import assert from "node:assert/strict";
import { test } from "node:test";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { PublishTimes, quantiles, timing } from "./bench-measure.js";

/** Just the fields PublishTimes reads; ends at `endMs` milliseconds. */
function publishSpan(subject: string, mailId: string, endMs: number, failed = false): ReadableSpan {
  return {
    name: `publish ${subject}`,
    attributes: { "poststelle.mail_id": mailId },
    status: { code: failed ? 2 : 1 },
    endTime: [Math.floor(endMs / 1000), (endMs % 1000) * 1e6],
  } as unknown as ReadableSpan;
}

test("quantiles pick the nearest-rank value", () => {
  const values = Array.from({ length: 100 }, (_, i) => 100 - i);
  assert.deepEqual(quantiles(values), { p50: 51, p99: 100 });
  assert.ok(Number.isNaN(quantiles([]).p50));
});

test("timing reads hop latencies and the rate from when each event was stored", () => {
  const times = new PublishTimes();
  const subjects = ["mail.ingested", "mail.masked", "mail.classified", "mail.drafted", "mail.delivered"];
  const spans: ReadableSpan[] = [];
  for (let mail = 0; mail < 4; mail++) {
    subjects.forEach((subject, hop) => {
      spans.push(publishSpan(subject, `m${mail}`, 1_000 + mail * 250 + hop * (hop + 1)));
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
  assert.deepEqual(result.endToEndMs, { p50: 20, p99: 20 });
  // Four mails from the first stored at 1000 ms to the last delivered at 1770 ms.
  assert.equal(result.mailsPerSecond.toFixed(3), (4 / 0.77).toFixed(3));
});
