import { createHash } from "node:crypto";
import { type Bus, publishDeadLetter, publishEvent } from "@poststelle/bus";
import {
  type EventMeta,
  Events,
  type MailIngested,
  mailIdFor,
  SCHEMA_VERSION,
  timestampFromDate,
} from "@poststelle/contracts";
import { errorCode, PermanentError, PoststelleError, safeReason } from "@poststelle/errors";
import { type MailLocation, parseMail, rawMessageId, toIngestedEvent } from "@poststelle/mail";
import type { Logger } from "@poststelle/telemetry";
import { CheckpointStore } from "./checkpoints.js";
import { ingestMetrics } from "./metrics.js";

export type { MailLocation };

export interface IngestDeps {
  bus: Bus;
  checkpoints: CheckpointStore;
  logger: Logger;
  maxMessageBytes: number;
}

/** One mail as fetched: the whole message, only the header of an oversized one, or nothing. */
export type FetchedMail =
  | { kind: "full"; location: MailLocation; raw: Buffer }
  | { kind: "oversized"; location: MailLocation; header: Buffer; sizeBytes: number }
  | { kind: "unreadable"; location: MailLocation };

/** "duplicate": published again and dropped by the stream's Nats-Msg-Id dedupe. */
export type IngestOutcome = "published" | "duplicate" | "dead_letter" | "skipped";

const STAGE = "ingest";

function deadLetterMeta(location: MailLocation, messageId: string): EventMeta {
  return {
    schemaVersion: SCHEMA_VERSION,
    mailId: mailIdFor(location.mailbox, location.uidValidity, location.uid),
    threadId: "",
    ref: { ...location, messageId },
    occurredAt: timestampFromDate(new Date()),
  };
}

/** The event for a mail, or the PermanentError that keeps it off the bus. */
async function eventFor(mail: FetchedMail, maxMessageBytes: number): Promise<MailIngested> {
  if (mail.kind === "oversized") {
    throw new PermanentError(
      "mail.too_large",
      `message has ${mail.sizeBytes} bytes, the limit is ${maxMessageBytes}`,
    );
  }
  if (mail.kind === "unreadable") {
    throw new PermanentError("mail.unreadable", "the server would not return the message");
  }
  try {
    return toIngestedEvent(await parseMail(mail.raw, { maxBytes: maxMessageBytes }), mail.location);
  } catch (error) {
    if (error instanceof PoststelleError) throw error;
    // A bug tripped by one odd mail must not stall the mailbox behind it: dead-letter the mail.
    throw new PermanentError("mail.unparseable", `parsing failed (${errorCode(error)})`, { cause: error });
  }
}

/**
 * Puts one mail on the bus exactly once: parsed into mail.ingested, or dead-lettered with its
 * reason when it cannot be parsed. A mail whose content was already sent out — under this mail
 * id (a crash between publish and checkpoint) or under an older UIDVALIDITY (a resync) — is
 * skipped. Throws only for transient trouble (bus or KV unreachable); the caller retries.
 */
export async function ingestMail(mail: FetchedMail, deps: IngestDeps): Promise<IngestOutcome> {
  const { location } = mail;
  const mailId = mailIdFor(location.mailbox, location.uidValidity, location.uid);
  const bytes = mail.kind === "full" ? mail.raw : mail.kind === "oversized" ? mail.header : Buffer.alloc(0);
  const sizeBytes = mail.kind === "oversized" ? mail.sizeBytes : bytes.length;
  const messageId = rawMessageId(bytes);
  // Nothing identifies an unreadable mail but where it is.
  const digest =
    mail.kind === "unreadable"
      ? `unreadable:${location.uidValidity}:${location.uid}`
      : createHash("sha256").update(bytes).update(`:${sizeBytes}`).digest("hex");
  const contentKey = CheckpointStore.contentKey(location.mailbox, location.folder, messageId, digest);
  const metrics = ingestMetrics();
  const labels = { mailbox: location.mailbox };

  const earlier = await deps.checkpoints.published(contentKey);
  if (earlier && (earlier.mailId === mailId || earlier.uidValidity !== location.uidValidity)) {
    metrics.mails.add(1, { ...labels, outcome: "skipped" });
    deps.logger.debug({ mailId, mailbox: location.mailbox }, "mail already sent out, skipped");
    return "skipped";
  }

  let outcome: IngestOutcome;
  let event: MailIngested | undefined;
  let refusal: PermanentError | undefined;
  try {
    event = await eventFor(mail, deps.maxMessageBytes);
  } catch (error) {
    if (!(error instanceof PermanentError)) throw error;
    refusal = error;
  }
  if (event !== undefined) {
    const published = await publishEvent(deps.bus, Events.ingested, event);
    outcome = published.duplicate ? "duplicate" : "published";
  } else {
    const reasonCode = refusal?.code ?? "mail.unparseable";
    // An oversized or unreadable mail is dead-lettered by reference only: there is no body to keep.
    await publishDeadLetter(deps.bus, {
      stage: STAGE,
      reasonCode,
      reason: safeReason(refusal),
      meta: deadLetterMeta(location, messageId),
      originalPayload: mail.kind === "full" ? mail.raw : new Uint8Array(0),
    });
    metrics.parseFailures.add(1, { ...labels, reason_code: reasonCode });
    deps.logger.warn({ mailId, mailbox: location.mailbox, reasonCode }, "mail dead-lettered");
    outcome = "dead_letter";
  }
  await deps.checkpoints.markPublished(contentKey, { mailId, uidValidity: location.uidValidity });
  metrics.mails.add(1, { ...labels, outcome });
  metrics.bytes.add(bytes.length, labels);
  return outcome;
}
