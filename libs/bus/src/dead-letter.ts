import { type Context, context } from "@opentelemetry/api";
import { type DeadLetter, DeadLetters, type EventMeta, timestampFromDate } from "@poststelle/contracts";
import type { Bus } from "./connect.js";
import { busMetrics } from "./metrics.js";
import { type Published, publishBytes } from "./publish.js";
import { readStream } from "./read-stream.js";
import { extractTraceContext } from "./trace-context.js";

export interface DeadLetterInput {
  stage: string;
  reasonCode: string;
  /** PII-free: an error code and a fixed explanation, never content of the mail. */
  reason: string;
  originalSubject?: string;
  originalSequence?: number;
  deliveryCount?: number;
  meta?: EventMeta;
  originalPayload: Uint8Array;
  /** Dedupe key; defaults to stream sequence or the mail id, so a retry stores it once. */
  msgId?: string;
  retryForMs?: number;
}

/** Records a message that cannot be processed; it keeps the original bytes so nothing is lost. */
export async function publishDeadLetter(bus: Bus, input: DeadLetterInput): Promise<Published> {
  const msgId =
    input.msgId ??
    (input.originalSequence
      ? `dl:${input.originalSubject}:${input.originalSequence}`
      : `dl:${input.stage}:${input.meta?.mailId ?? "unknown"}`);
  const payload = DeadLetters.codec
    .encode({
      stage: input.stage,
      reasonCode: input.reasonCode,
      reason: input.reason,
      originalSubject: input.originalSubject ?? "",
      originalSequence: input.originalSequence ?? 0,
      deliveryCount: input.deliveryCount ?? 0,
      failedAt: timestampFromDate(new Date()),
      meta: input.meta,
      originalPayload: Buffer.from(
        input.originalPayload.buffer,
        input.originalPayload.byteOffset,
        input.originalPayload.byteLength,
      ),
    })
    .finish();
  const published = await publishBytes(bus, DeadLetters.subjectFor(input.stage), payload, {
    msgId,
    retryForMs: input.retryForMs,
    attributes: { "poststelle.stage": input.stage, "error.type": input.reasonCode },
  });
  busMetrics().deadLetters.add(1, { stage: input.stage, reason_code: input.reasonCode });
  return published;
}

/** A dead letter as stored, with its sequence in the dead-letter stream. */
export interface StoredDeadLetter {
  sequence: number;
  letter: DeadLetter;
  /** The trace of the delivery that gave up: its mail's trace. */
  trace: Context;
}

/** The dead letters in the stream, oldest first; only one stage's when `stage` is given. */
export async function readDeadLetters(
  bus: Bus,
  filter: { stage?: string } = {},
): Promise<StoredDeadLetter[]> {
  const stored = await readStream(bus, DeadLetters);
  return stored
    .filter((s) => filter.stage === undefined || s.event.stage === filter.stage)
    .map((s) => ({ sequence: s.sequence, letter: s.event, trace: extractTraceContext(s.headers) }));
}

export type ReplayOutcome = "replayed" | "not_on_the_bus";

/**
 * Puts a dead letter's original message back on its subject, where its stage's consumer takes it
 * as a new message with fresh retries, then removes the dead letter. Safe to repeat: a replay cut
 * off before the removal publishes under the same Nats-Msg-Id (dropped within the duplicate
 * window), and every stage is idempotent past it. Mail that never made it onto the bus (ingest's
 * unparseable mail) has no message to replay: it stays, and is read again from the mailbox.
 */
export async function replayDeadLetter(bus: Bus, stored: StoredDeadLetter): Promise<ReplayOutcome> {
  const { letter } = stored;
  if (letter.originalSubject === "") return "not_on_the_bus";
  // Published inside the mail's own trace, so the replay shows up where its failure did.
  await context.with(stored.trace, () =>
    publishBytes(bus, letter.originalSubject, letter.originalPayload, {
      msgId: `replay:${DeadLetters.stream}:${stored.sequence}`,
      attributes: { "poststelle.stage": letter.stage, "poststelle.replay_of": String(stored.sequence) },
    }),
  );
  await bus.jsm.streams.deleteMessage(DeadLetters.stream, stored.sequence, false);
  return "replayed";
}
