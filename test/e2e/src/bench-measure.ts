import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace-base";

/*
 * What the benchmarks read off the exported spans: when each mail's event was stored on each
 * stream (the end of its "publish <subject>" span) and when a handler took it up (the start of
 * "process <subject>"), and from that the rate and the latency each hop adds. The relay and the pipeline publish through the same bus library, so one reading
 * serves both. Only those times are kept: holding every span of thousands of mails would make the
 * garbage collector, not the pipeline, the thing measured. Also: paced arrivals and the tables'
 * number format.
 */

export const HOPS = [
  ["mask", "mail.ingested", "mail.masked"],
  ["classify", "mail.masked", "mail.classified"],
  ["draft", "mail.classified", "mail.drafted"],
  ["unmask", "mail.drafted", "mail.delivered"],
] as const;

export interface Quantiles {
  p50: number;
  p99: number;
}

export interface Timing {
  /** Mails from the first stored mail.ingested to the last stored mail.delivered, per second. */
  mailsPerSecond: number;
  /** Per hop: input event stored → output event stored, ms. */
  hopMs: Record<(typeof HOPS)[number][0], Quantiles>;
  /** Per hop, the bus's part of it: input event stored → the stage's handler starts on it, ms. */
  transitMs: Record<(typeof HOPS)[number][0], Quantiles>;
  /** mail.ingested stored → mail.delivered stored, ms. */
  endToEndMs: Quantiles;
}

export function quantiles(values: readonly number[]): Quantiles {
  if (values.length === 0) return { p50: Number.NaN, p99: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

/** SpanStatusCode.ERROR: a failed publish attempt stored nothing. */
const STATUS_ERROR = 2;
const ms = ([seconds, nanos]: [number, number]) => seconds * 1e3 + nanos / 1e6;
type ByMail = Map<string, number>;

/** Earliest stored and handled times by subject and mail id: a retry or redelivery keeps the first. */
export class EventTimes implements SpanExporter {
  /** "publish <subject>" ends: the event is in the stream. */
  readonly stored = new Map<string, ByMail>();
  /** "process <subject>" starts: a handler has it. */
  readonly handled = new Map<string, ByMail>();

  export(spans: ReadableSpan[], done: (result: { code: 0 }) => void): void {
    for (const span of spans) {
      const failed = span.status.code === STATUS_ERROR;
      this.add(
        span.name,
        span.attributes["poststelle.mail_id"],
        ms(span.startTime),
        ms(span.endTime),
        failed,
      );
    }
    done({ code: 0 });
  }

  async shutdown(): Promise<void> {}

  reset(): void {
    this.stored.clear();
    this.handled.clear();
  }

  /** One span as any exporter reports it: name, mail id attribute, start and end, failure. */
  add(spanName: string, mailId: unknown, startMs: number, endMs: number, failed: boolean): void {
    if (typeof mailId !== "string") return;
    const [verb, subject] = spanName.split(" ", 2);
    if (subject === undefined) return;
    if (verb === "publish" && !failed) earliest(this.stored, subject, mailId, endMs);
    if (verb === "process") earliest(this.handled, subject, mailId, startMs);
  }
}

function earliest(bySubject: Map<string, ByMail>, subject: string, mailId: string, at: number): void {
  const byMail = bySubject.get(subject) ?? new Map<string, number>();
  bySubject.set(subject, byMail);
  if (!byMail.has(mailId) || byMail.get(mailId)! > at) byMail.set(mailId, at);
}

/** Per mail: `to` − `from`, for the mails both have. */
function deltas(from: ByMail, to: ByMail): number[] {
  return [...to].flatMap(([id, at]) => (from.has(id) ? [at - from.get(id)!] : []));
}

/** Mails first stored on mail.ingested at or after `sinceMs` (all of them by default). */
export function timing(times: EventTimes, sinceMs = Number.NEGATIVE_INFINITY): Timing {
  const ingested = new Map([...(times.stored.get("mail.ingested") ?? [])].filter(([, at]) => at >= sinceMs));
  const of = (bySubject: Map<string, ByMail>, subject: string) =>
    new Map([...(bySubject.get(subject) ?? [])].filter(([id]) => ingested.has(id)));
  const delivered = of(times.stored, "mail.delivered");
  const hopMs = {} as Timing["hopMs"];
  const transitMs = {} as Timing["transitMs"];
  for (const [hop, from, to] of HOPS) {
    const input = of(times.stored, from);
    hopMs[hop] = quantiles(deltas(input, of(times.stored, to)));
    transitMs[hop] = quantiles(deltas(input, of(times.handled, from)));
  }
  const first = Math.min(...ingested.values());
  const last = Math.max(...delivered.values());
  return {
    mailsPerSecond: delivered.size / ((last - first) / 1000),
    hopMs,
    transitMs,
    endToEndMs: quantiles(deltas(ingested, delivered)),
  };
}

/**
 * Calls `each(i)` for i < count: all at once, or one after another starting every 1/perSecond s
 * (a call that overruns its slot delays the next, so arrivals keep their order).
 */
export async function arrive(
  count: number,
  perSecond: number | undefined,
  each: (i: number) => Promise<unknown>,
): Promise<void> {
  if (perSecond === undefined) {
    await Promise.all(Array.from({ length: count }, (_, i) => each(i)));
    return;
  }
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / perSecond;
    if (due > performance.now()) await sleep(due - performance.now());
    await each(i);
  }
}

/**
 * Paced arrivals after a warm-up at the same rate: `warmupCount` calls, then `count` more. Returns
 * when the measured part began (epoch ms, for `timing(…, sinceMs)`): a latency figure "at half load"
 * means a running pipeline, not its first seconds of connecting and compiling.
 */
export async function arriveWarm(
  warmupCount: number,
  count: number,
  perSecond: number,
  each: (i: number) => Promise<unknown>,
): Promise<number> {
  let sinceMs = Date.now();
  await arrive(warmupCount + count, perSecond, async (i) => {
    if (i === warmupCount) sinceMs = Date.now();
    await each(i);
  });
  return sinceMs;
}

/**
 * Where a bench keeps its mail folders: POSTSTELLE_BENCH_TMP, else a RAM file system where there is
 * one. The folders stand in for a mailbox, and creating files is not what is measured: on the
 * development VM a new file in a new directory under /tmp took 0.1-0.7 ms at times (likely blocks
 * that earlier runs freed, waiting for ext4's online discard), up to a tenth of the pipeline's rate.
 */
export const BENCH_TMP =
  process.env["POSTSTELLE_BENCH_TMP"] ?? (existsSync("/dev/shm") ? "/dev/shm" : tmpdir());

export const benchDirectory = (prefix: string): Promise<string> => mkdtemp(join(BENCH_TMP, prefix));

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "-");
/** "p50 | p99" as two table cells. */
export const q = ({ p50, p99 }: Quantiles) => `${fmt(p50)} | ${fmt(p99)}`;
