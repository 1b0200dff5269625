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

/** What `readStream` reads, one message at a time: a stream of any size is walked in constant memory. */
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
  for (let seq = first; seq <= last; seq++) {
    // A gap (deleted or expired meanwhile) answers "no message": skipped.
    const stored = await bus.jsm.streams.getMessage(source.stream, { seq }).catch(() => null);
    if (stored)
      yield {
        sequence: seq,
        subject: stored.subject,
        event: source.codec.decode(stored.data),
        headers: stored.header,
      };
  }
}

/** How many messages a stream holds now. */
export async function streamCount(bus: Bus, stream: string): Promise<number> {
  return (await bus.jsm.streams.info(stream)).state.messages;
}
