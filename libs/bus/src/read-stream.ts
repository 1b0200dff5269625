import { type ConsumerMessages, DeliverPolicy } from "@nats-io/jetstream";
import type { MsgHdrs } from "@nats-io/nats-core";
import type { Codec } from "@poststelle/contracts";
import type { Bus } from "./connect.js";

export interface StoredEvent<T> {
  sequence: number;
  subject: string;
  event: T;
  /** The message's headers (Nats-Msg-Id, trace context), when it has any. */
  headers: MsgHdrs | undefined;
}

/**
 * Reads what a stream holds, oldest first, without a consumer: for the demo's report, audits
 * and tests. Not for the pipeline itself, which consumes with acks. `last` keeps only the
 * stream's last that many sequences.
 */
export async function readStream<T>(
  bus: Bus,
  source: { stream: string; codec: Codec<T> },
  options: { fromSequence?: number; limit?: number; last?: number } = {},
): Promise<StoredEvent<T>[]> {
  const found: StoredEvent<T>[] = [];
  for await (const stored of eachStored(bus, source, options)) found.push(stored);
  return found;
}

/**
 * Messages one pull asks for. Not bytes: a pull with a byte limit never delivers a message larger
 * than it. 64 keeps a batch of mails with attachments in tens of MiB and costs little speed.
 */
const BATCH_MESSAGES = 64;
/** How long a pull waits when the stream has no more: it only ends a walk cut short by deletes. */
const BATCH_EXPIRES_MS = 1_000;

/**
 * What `readStream` reads, one message at a time: a stream of any size is walked in constant
 * memory. An ordered consumer delivers it in batches: one round trip per batch, not per message.
 */
export async function* eachStored<T>(
  bus: Bus,
  source: { stream: string; codec: Codec<T> },
  options: { fromSequence?: number; limit?: number; last?: number } = {},
): AsyncGenerator<StoredEvent<T>> {
  const info = await bus.jsm.streams.info(source.stream);
  if (info.state.messages === 0) return;
  const lastOnly = options.last === undefined ? 1 : info.state.last_seq - options.last + 1;
  const first = Math.max(info.state.first_seq, options.fromSequence ?? 1, lastOnly);
  const last = Math.min(info.state.last_seq, first + (options.limit ?? Number.MAX_SAFE_INTEGER) - 1);
  if (first > last) return;
  const consumer = await bus.js.consumers.get(source.stream, {
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: first,
  });
  let batch: ConsumerMessages | undefined;
  try {
    // Messages deleted or expired meanwhile are gaps the consumer steps over.
    for (;;) {
      batch = await consumer.fetch({ max_messages: BATCH_MESSAGES, expires: BATCH_EXPIRES_MS });
      let delivered = 0;
      for await (const message of batch) {
        delivered++;
        if (message.seq > last) return;
        yield {
          sequence: message.seq,
          subject: message.subject,
          event: source.codec.decode(message.data),
          headers: message.headers,
        };
        if (message.seq === last || message.info.pending === 0) return;
      }
      if (delivered === 0) return;
    }
  } finally {
    // Also when the caller stops early: no pull left open, no consumer left on the server.
    batch?.stop();
    await consumer.delete().catch(() => undefined);
  }
}

/**
 * The source with a codec that answers undefined for a message it cannot decode: one broken
 * message must not stop a walk that changes what it finds (an erasure). Whose it is cannot be
 * told, so it stays.
 */
export function lenient<T>(source: { stream: string; codec: Codec<T> }): {
  stream: string;
  codec: Codec<T | undefined>;
} {
  return {
    stream: source.stream,
    codec: {
      encode: source.codec.encode as Codec<T | undefined>["encode"],
      decode(input: Uint8Array): T | undefined {
        try {
          return source.codec.decode(input);
        } catch {
          return undefined;
        }
      },
    },
  };
}

/** How many messages a stream holds now. */
export async function streamCount(bus: Bus, stream: string): Promise<number> {
  return (await bus.jsm.streams.info(stream)).state.messages;
}
