import { type Counter, metrics } from "@opentelemetry/api";
import { type IngestHealth, MAILBOX_STATES } from "./health.js";

export interface IngestMetrics {
  /** Labels: mailbox, outcome (published, dead_letter, skipped). */
  mails: Counter;
  /** Raw bytes read from mailboxes; label: mailbox. */
  bytes: Counter;
  /** Labels: mailbox, reason_code. */
  parseFailures: Counter;
  /** Label: mailbox. */
  reconnects: Counter;
}

let instruments: IngestMetrics | undefined;
/** Every running ingest instance; the observable gauges read them at collection time. */
const healths = new Set<IngestHealth>();

/** Created on first use, so they bind to whatever meter provider the process registered. */
export function ingestMetrics(): IngestMetrics {
  if (instruments) return instruments;
  const meter = metrics.getMeter("@poststelle/ingest");
  instruments = {
    mails: meter.createCounter("poststelle_ingest_mails", {
      description: "Mails read from mailboxes, by outcome",
    }),
    bytes: meter.createCounter("poststelle_ingest_bytes", { description: "Raw mail bytes read", unit: "By" }),
    parseFailures: meter.createCounter("poststelle_ingest_parse_failures", {
      description: "Mails that could not be parsed and were dead-lettered, by reason code",
    }),
    reconnects: meter.createCounter("poststelle_ingest_reconnects", {
      description: "IMAP reconnects after a dropped or failed connection",
    }),
  };
  meter
    .createObservableGauge("poststelle_ingest_lag", {
      description: "Highest UID seen in a mailbox minus its checkpoint, summed over folders",
    })
    .addCallback((result) => {
      for (const health of healths) {
        for (const mailbox of health.mailboxes()) result.observe(health.lag(mailbox), { mailbox });
      }
    });
  meter
    .createObservableGauge("poststelle_ingest_connection_state", {
      description: "1 for the state each mailbox connection is in, 0 for the others",
    })
    .addCallback((result) => {
      for (const health of healths) {
        for (const mailbox of health.mailboxes()) {
          const current = health.state(mailbox);
          for (const state of MAILBOX_STATES) result.observe(state === current ? 1 : 0, { mailbox, state });
        }
      }
    });
  return instruments;
}

export function observeHealth(health: IngestHealth): () => void {
  ingestMetrics();
  healths.add(health);
  return () => healths.delete(health);
}
