import { setTimeout as sleep } from "node:timers/promises";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace-base";

/*
 * What the benchmarks read off the exported spans: when each mail's event was stored on each
 * stream (the end of its "publish <subject>" span), and from that the rate and the latency each
 * hop adds. The relay and the pipeline publish through the same bus library, so one reading
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
const endMs = (span: ReadableSpan) => span.endTime[0] * 1e3 + span.endTime[1] / 1e6;

/** Stored-at times by subject and mail id; a retried publish keeps its first success. */
export class PublishTimes implements SpanExporter {
  readonly bySubject = new Map<string, Map<string, number>>();

  export(spans: ReadableSpan[], done: (result: { code: 0 }) => void): void {
    for (const span of spans) this.record(span);
    done({ code: 0 });
  }

  async shutdown(): Promise<void> {}

  reset(): void {
    this.bySubject.clear();
  }

  private record(span: ReadableSpan): void {
    this.add(
      span.name,
      span.attributes["poststelle.mail_id"],
      endMs(span),
      span.status.code === STATUS_ERROR,
    );
  }

  /** One span as any exporter reports it: its name, mail id attribute, end time and failure. */
  add(spanName: string, mailId: unknown, endedAtMs: number, failed: boolean): void {
    if (!spanName.startsWith("publish ") || failed || typeof mailId !== "string") return;
    const subject = spanName.slice("publish ".length);
    const byMail = this.bySubject.get(subject) ?? new Map<string, number>();
    this.bySubject.set(subject, byMail);
    if (!byMail.has(mailId) || byMail.get(mailId)! > endedAtMs) byMail.set(mailId, endedAtMs);
  }
}

/** Mails first stored on mail.ingested at or after `sinceMs` (all of them by default). */
export function timing(times: PublishTimes, sinceMs = Number.NEGATIVE_INFINITY): Timing {
  const ingested = new Map(
    [...(times.bySubject.get("mail.ingested") ?? [])].filter(([, at]) => at >= sinceMs),
  );
  const on = (subject: string) =>
    new Map([...(times.bySubject.get(subject) ?? [])].filter(([id]) => ingested.has(id)));
  const delivered = on("mail.delivered");
  const hopMs = {} as Timing["hopMs"];
  for (const [hop, from, to] of HOPS) {
    const input = on(from);
    const deltas = [...on(to)].flatMap(([id, at]) => (input.has(id) ? [at - input.get(id)!] : []));
    hopMs[hop] = quantiles(deltas);
  }
  const endToEnd = [...delivered].flatMap(([id, at]) => (ingested.has(id) ? [at - ingested.get(id)!] : []));
  const first = Math.min(...ingested.values());
  const last = Math.max(...delivered.values());
  return {
    mailsPerSecond: delivered.size / ((last - first) / 1000),
    hopMs,
    endToEndMs: quantiles(endToEnd),
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

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "-");
/** "p50 | p99" as two table cells. */
export const q = ({ p50, p99 }: Quantiles) => `${fmt(p50)} | ${fmt(p99)}`;
