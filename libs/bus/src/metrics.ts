import { type Counter, type Histogram, metrics } from "@opentelemetry/api";

export interface BusMetrics {
  published: Counter;
  /** Labels: subject, consumer, outcome (ack, nak, dead_letter). */
  processed: Counter;
  handlerDurationMs: Histogram;
  /** Labels: stage, reason_code. */
  deadLetters: Counter;
}

let instruments: BusMetrics | undefined;

/** Created on first use, so they bind to whatever meter provider the service registered. */
export function busMetrics(): BusMetrics {
  if (instruments) return instruments;
  const meter = metrics.getMeter("@poststelle/bus");
  instruments = {
    published: meter.createCounter("poststelle_bus_published", {
      description: "Messages published to JetStream",
    }),
    processed: meter.createCounter("poststelle_bus_processed", {
      description: "Messages handled by a consumer, by outcome",
    }),
    handlerDurationMs: meter.createHistogram("poststelle_bus_handler_duration", {
      description: "Time a consumer handler took",
      unit: "ms",
    }),
    deadLetters: meter.createCounter("poststelle_dead_letters", {
      description: "Messages moved to the dead-letter stream",
    }),
  };
  return instruments;
}
