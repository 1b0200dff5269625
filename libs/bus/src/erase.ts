import { JetStreamApiError } from "@nats-io/jetstream";
import {
  ALL_EVENTS,
  type DeadLetter,
  DeadLetters,
  Events,
  type EventType,
  type MailIngested,
  normalizeAddress,
} from "@poststelle/contracts";
import type { Bus } from "./connect.js";
import { eachStored, lenient } from "./read-stream.js";

/*
 * A data subject's mails, erased from the streams (GDPR Art. 17): the vault forgets the values,
 * and this removes the events that still carry them. MAIL_INGESTED and DEADLETTER hold plain
 * mail; the later streams hold masked text, which can still carry what masking missed, so a
 * thread's events go from every mail stream. The AUDIT stream keeps its records: ids and codes,
 * the record of what was decided, which the EU AI Act asks a deployer to keep.
 */

const NO_MESSAGE_FOUND = 10037;

/** True when the address is among the mail's sender, reply-to, To and Cc. */
export function mailInvolves(mail: MailIngested, address: string): boolean {
  const wanted = normalizeAddress(address);
  const people = [mail.from, ...mail.replyTo, ...mail.to, ...mail.cc];
  return people.some((person) => person !== undefined && normalizeAddress(person.address) === wanted);
}

/**
 * True when a dead letter carries the address: a plain mail event that involves it, or the raw
 * bytes of a mail ingest could not parse that name it anywhere (those have no thread).
 */
export function deadLetterInvolves(letter: DeadLetter, address: string): boolean {
  if (letter.originalSubject === Events.ingested.subject) {
    try {
      return mailInvolves(Events.ingested.codec.decode(letter.originalPayload), address);
    } catch {
      // Not decodable as the event it claims to be: fall back to the bytes.
    }
  }
  if (letter.originalSubject !== "" && letter.originalSubject !== Events.ingested.subject) return false;
  return Buffer.from(letter.originalPayload)
    .toString("latin1")
    .toLowerCase()
    .includes(normalizeAddress(address));
}

/** The threads whose mails involve the address, from what MAIL_INGESTED and DEADLETTER still hold. */
export async function threadsInvolving(bus: Bus, address: string): Promise<Set<string>> {
  const threads = new Set<string>();
  for await (const { event } of eachStored(bus, lenient(Events.ingested))) {
    if (event?.meta?.threadId && mailInvolves(event, address)) threads.add(event.meta.threadId);
  }
  for await (const { event } of eachStored(bus, lenient(DeadLetters))) {
    if (event?.meta?.threadId && deadLetterInvolves(event, address)) threads.add(event.meta.threadId);
  }
  return threads;
}

export interface ErasureTarget {
  threadIds: ReadonlySet<string>;
  /** Also erases dead letters that carry the address without a thread (raw mail ingest refused). */
  emailAddress?: string;
}

/** Erased messages per stream, every mail stream and DEADLETTER listed, in pipeline order. */
export type ErasedCounts = Map<string, number>;

/**
 * Erases the target's messages: overwritten, not only unlinked (JetStream's secure delete), from
 * every mail stream and the dead letters. Safe to repeat; a consumer that had not reached an
 * erased message skips it.
 */
export async function eraseFromStreams(bus: Bus, target: ErasureTarget): Promise<ErasedCounts> {
  const counts: ErasedCounts = new Map();
  for (const event of ALL_EVENTS) {
    counts.set(event.stream, await eraseWhere(bus, event, (stored) => inTarget(event, stored, target)));
  }
  counts.set(
    DeadLetters.stream,
    await eraseWhere(
      bus,
      DeadLetters,
      (letter) =>
        target.threadIds.has(letter.meta?.threadId ?? "") ||
        (target.emailAddress !== undefined && deadLetterInvolves(letter, target.emailAddress)),
    ),
  );
  return counts;
}

function inTarget(event: EventType<unknown>, stored: unknown, target: ErasureTarget): boolean {
  const threadId = event.metaOf(stored)?.threadId ?? "";
  return target.threadIds.has(threadId);
}

async function eraseWhere<T>(
  bus: Bus,
  source: Pick<EventType<T>, "stream" | "codec">,
  matches: (event: T) => boolean,
): Promise<number> {
  let erased = 0;
  for await (const { sequence, event } of eachStored(bus, lenient(source))) {
    if (event === undefined || !matches(event)) continue;
    // `erase`: the stored bytes are overwritten, not only unlinked.
    const deleted = await bus.jsm.streams.deleteMessage(source.stream, sequence, true).catch((error) => {
      // Expired (max age) between the read and the delete: gone either way.
      if (error instanceof JetStreamApiError && error.code === NO_MESSAGE_FOUND) return false;
      throw error;
    });
    if (deleted) erased++;
  }
  return erased;
}
