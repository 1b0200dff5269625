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
  const info = await bus.jsm.streams.info(source.stream);
  const lastOnly = options.last === undefined ? 1 : info.state.last_seq - options.last + 1;
  const first = Math.max(info.state.first_seq, options.fromSequence ?? 1, lastOnly);
  const last = Math.min(info.state.last_seq, first + (options.limit ?? Number.MAX_SAFE_INTEGER) - 1);
  const found: StoredEvent<T>[] = [];
  for (let seq = first; seq <= last && info.state.messages > 0; seq++) {
    const stored = await bus.jsm.streams.getMessage(source.stream, { seq }).catch(() => null);
    if (stored)
      found.push({
        sequence: seq,
        subject: stored.subject,
        event: source.codec.decode(stored.data),
        headers: stored.header,
      });
  }
  return found;
}

/** How many messages a stream holds now. */
export async function streamCount(bus: Bus, stream: string): Promise<number> {
  return (await bus.jsm.streams.info(stream)).state.messages;
}
