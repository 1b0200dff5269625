import { DeadLetters, type EventMeta, timestampFromDate } from "@poststelle/contracts";
import type { Bus } from "./connect.js";
import { busMetrics } from "./metrics.js";
import { type Published, publishBytes } from "./publish.js";

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
