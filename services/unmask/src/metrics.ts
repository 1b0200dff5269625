import { type Counter, type Histogram, metrics } from "@opentelemetry/api";

export interface UnmaskMetrics {
  /** Labels: target (imap, file). */
  draftsAppended: Counter;
  moves: Counter;
  keywords: Counter;
  /** Labels: attempt (first; resent: a crashed attempt's claim with no copy in \Sent). */
  forwards: Counter;
  autoSent: Counter;
  /** Labels: action, reason (already_done, gone, no_draft, …): work a delivery did not have to do. */
  skipped: Counter;
  /** Placeholders the vault did not resolve for the thread (another thread's, or invented). */
  unknownPlaceholders: Counter;
  /** Labels: code. */
  failures: Counter;
  /** Seconds from ingest to delivery, per mail: the pipeline's latency as a customer feels it. */
  endToEndSeconds: Histogram;
}

/** Created when the service starts, so they bind to the meter provider telemetry registered. */
export function createUnmaskMetrics(): UnmaskMetrics {
  const meter = metrics.getMeter("@poststelle/unmask");
  const counter = (name: string, description: string) => meter.createCounter(name, { description });
  return {
    draftsAppended: counter(
      "poststelle_unmask_drafts_appended",
      "Drafts put into a mailbox (IMAP \\Drafts or a file)",
    ),
    moves: counter("poststelle_unmask_moves", "Originals moved to their department folder"),
    keywords: counter("poststelle_unmask_keywords", "Department keywords set on originals"),
    forwards: counter("poststelle_unmask_forwards", "Originals forwarded to a department address"),
    autoSent: counter("poststelle_unmask_auto_sent", "Replies sent without review (auto-send)"),
    skipped: counter("poststelle_unmask_skipped", "Delivery actions not done, by reason"),
    unknownPlaceholders: counter(
      "poststelle_unmask_unknown_placeholders",
      "Placeholders left as they were because the thread does not own them",
    ),
    failures: counter("poststelle_unmask_failures", "Deliveries that failed, by error code"),
    endToEndSeconds: meter.createHistogram("poststelle_pipeline_end_to_end_duration", {
      description: "Time from ingest to delivery of a mail",
      unit: "s",
      advice: { explicitBucketBoundaries: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900] },
    }),
  };
}
