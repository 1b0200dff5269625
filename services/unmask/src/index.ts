import { consumeEvents, declareBucket, publishAuditRecord, publishEvent } from "@poststelle/bus";
import type { Config } from "@poststelle/config";
import { Buckets, dateFromTimestamp, Events } from "@poststelle/contracts";
import { auditRecordOf } from "@poststelle/delivery";
import { errorCode } from "@poststelle/errors";
import {
  preferInProcessPrivacy,
  privacyClientFrom,
  type ServiceStarter,
  stageConsumerOptions,
} from "@poststelle/runtime";
import { type DeliveryContext, deliverDrafted } from "./deliver.js";
import { DeliveryRecords } from "./delivery-records.js";
import { ImapSessions } from "./imap-sessions.js";
import { createUnmaskMetrics } from "./metrics.js";
import { SmtpTransports } from "./smtp-transports.js";

export { type DeliveryContext, deliverDrafted } from "./deliver.js";

/** Records must outlive every redelivery: events stay in their stream this long, plus a day. */
function recordTtlMs(config: Config): number {
  return (config.nats.streamMaxAgeHours + 24) * 3_600_000;
}

/**
 * The unmask stage: restores the personal data in each draft through the mask service, puts the
 * draft into the mailbox and routes the original (move, keyword, forward), each at most once.
 */
export const startUnmask: ServiceStarter = async ({ config, bus, logger, inProcess }) => {
  const metrics = createUnmaskMetrics();
  const bucket = await declareBucket(bus, { name: Buckets.deliveries, ttlMs: recordTtlMs(config) });
  const remote = privacyClientFrom(config);
  const privacy = preferInProcessPrivacy(inProcess, remote);
  const sessions = new ImapSessions((code) => logger.warn({ code }, "IMAP connection error"));
  const smtp = new SmtpTransports();
  const ctx: DeliveryContext = {
    config,
    privacy,
    records: new DeliveryRecords(bucket),
    sessions,
    smtp,
    metrics,
  };

  const consumer = await consumeEvents(bus, {
    event: Events.drafted,
    durable: "unmask",
    stage: "unmask",
    ...stageConsumerOptions(config, "unmask"),
    handler: async (drafted) => {
      const mailId = drafted.meta?.mailId;
      try {
        const { delivered, recorded } = await deliverDrafted(drafted, ctx);
        // All before the ack; a record lost with a crash in between repeats nothing (see Delivery.done).
        await Promise.all([
          publishEvent(bus, Events.delivered, delivered),
          publishAuditRecord(bus, auditRecordOf(drafted, delivered, new Date())),
          recorded,
        ]);
        const ingestedAt = dateFromTimestamp(drafted.meta?.occurredAt);
        if (ingestedAt)
          metrics.endToEndSeconds.record((Date.now() - ingestedAt.getTime()) / 1000, {
            outcome: "delivered",
          });
        logger.info(
          {
            mailId,
            department: delivered.department,
            draftCount: delivered.draftFolder === "" ? 0 : 1,
          },
          "mail delivered",
        );
      } catch (error) {
        metrics.failures.add(1, { code: errorCode(error) });
        logger.warn({ mailId, code: errorCode(error) }, "delivery failed");
        throw error;
      }
    },
  });

  let running = true;
  return {
    name: "unmask",
    ready: () => running,
    async stop() {
      running = false;
      await consumer.stop();
      smtp.close();
      await sessions.close();
      privacy.close();
    },
  };
};
