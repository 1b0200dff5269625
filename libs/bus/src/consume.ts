import type { ConsumerMessages, JsMsg } from "@nats-io/jetstream";
import { context, type Span, SpanStatusCode, trace } from "@opentelemetry/api";
import { KeyedLock, Semaphore } from "@poststelle/async";
import { type EventMeta, type EventType, SCHEMA_VERSION } from "@poststelle/contracts";
import { errorCode, PermanentError, safeReason, TransientError } from "@poststelle/errors";
import type { Bus } from "./connect.js";
import { publishDeadLetter } from "./dead-letter.js";
import { busMetrics } from "./metrics.js";
import { declareConsumer } from "./topology.js";
import { extractTraceContext, startConsumerSpan } from "./trace-context.js";

export interface HandlerContext {
  readonly meta: EventMeta | undefined;
  /** 1 on the first delivery. */
  readonly deliveryCount: number;
  readonly span: Span;
  /** Extends the ack deadline; also done automatically while the handler runs. */
  working(): void;
}

export type EventHandler<T> = (event: T, ctx: HandlerContext) => Promise<void>;

export interface ConsumeOptions<T> {
  event: EventType<T>;
  /** Durable consumer name, e.g. "mask". */
  durable: string;
  /** The stage name used for dead letters. */
  stage: string;
  handler: EventHandler<T>;
  /** Handlers running at once. */
  concurrency: number;
  /** Attempts before a failing message is dead-lettered. */
  maxDeliver: number;
  ackWaitMs: number;
  /** Delay before the n-th retry; the last entry repeats. */
  backoffMs: readonly number[];
}

export interface EventConsumer {
  /** Stops pulling, lets in-flight handlers finish and ack. */
  stop(): Promise<void>;
  /** Resolves when the consume loop has ended. */
  readonly closed: Promise<void>;
}

type Outcome = "ack" | "nak" | "dead_letter";

/**
 * Runs a handler for every event on a durable pull consumer: explicit ack after success, nak with
 * backoff after a transient failure, dead letter after a permanent one or when attempts run out.
 * A failing message never blocks the ones behind it: it waits out its backoff on the server.
 */
export async function consumeEvents<T>(bus: Bus, options: ConsumeOptions<T>): Promise<EventConsumer> {
  const { event, durable } = options;
  await declareConsumer(bus.jsm, {
    stream: event.stream,
    durable,
    filterSubject: event.subject,
    ackWaitMs: options.ackWaitMs,
    // One delivery more than attempts: the extra one dead-letters a message whose handler
    // never returned (a crash loop), instead of leaving it stuck on the server.
    maxDeliver: options.maxDeliver + 1,
    maxAckPending: Math.max(1_000, options.concurrency * 4),
  });
  const consumer = await bus.js.consumers.get(event.stream, durable);
  const messages: ConsumerMessages = await consumer.consume({ max_messages: options.concurrency * 2 });
  const slots = new Semaphore(options.concurrency);
  // A redelivery that arrives while the first delivery is still being handled here (its ack was
  // late, e.g. across a server restart) waits for it, so one message never runs twice at once and
  // the second run finds the first one's side effects done.
  const inFlight = new KeyedLock();

  const loop = (async () => {
    for await (const msg of messages) {
      await slots.acquire();
      void inFlight
        .run(String(msg.seq), () => handleMessage(bus, options, msg))
        .finally(() => slots.release());
    }
    await slots.idle();
  })();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await messages.close();
      await loop;
    })();
    return stopping;
  };
  bus.onClose(stop);
  return { stop, closed: loop };
}

async function handleMessage<T>(bus: Bus, options: ConsumeOptions<T>, msg: JsMsg): Promise<void> {
  const { event, durable } = options;
  const deliveryCount = msg.info.deliveryCount;
  const span = startConsumerSpan(
    {
      subject: msg.subject,
      messageId: msg.headers?.get("Nats-Msg-Id") || undefined,
      bodySize: msg.data.byteLength,
      consumerGroup: durable,
      stream: msg.info.stream,
      streamSequence: msg.seq,
      deliveryCount,
    },
    extractTraceContext(msg.headers),
  );
  const started = performance.now();
  let outcome: Outcome;
  let meta: EventMeta | undefined;
  try {
    if (deliveryCount > options.maxDeliver) {
      throw new PermanentError("bus.retries_exhausted", `no ack after ${options.maxDeliver} deliveries`);
    }
    const decoded = decode(event, msg.data);
    meta = event.metaOf(decoded);
    if (meta) {
      span.setAttribute("poststelle.mail_id", meta.mailId);
      span.setAttribute("poststelle.thread_id", meta.threadId);
    }
    await runWithHeartbeat(msg, options.ackWaitMs, () =>
      context.with(trace.setSpan(context.active(), span), () =>
        options.handler(decoded, { meta, deliveryCount, span, working: () => msg.working() }),
      ),
    );
    await msg.ackAck();
    outcome = "ack";
  } catch (error) {
    span.setAttribute("error.type", errorCode(error));
    span.setStatus({ code: SpanStatusCode.ERROR });
    // Inside the consumer span, so the dead letter's publish (and a later replay) stays in the mail's trace.
    outcome = await context.with(trace.setSpan(context.active(), span), () =>
      settleFailure(bus, options, msg, error, meta),
    );
  } finally {
    busMetrics().handlerDurationMs.record(performance.now() - started, { consumer: durable });
  }
  busMetrics().processed.add(1, { subject: msg.subject, consumer: durable, outcome });
  span.setAttribute("poststelle.outcome", outcome);
  span.end();
}

function decode<T>(event: EventType<T>, data: Uint8Array): T {
  let decoded: T;
  try {
    decoded = event.codec.decode(data);
  } catch (error) {
    throw new PermanentError("event.undecodable", `payload is no valid ${event.subject} event`, {
      cause: error,
    });
  }
  const version = event.metaOf(decoded)?.schemaVersion ?? 0;
  if (version > SCHEMA_VERSION) {
    throw new PermanentError(
      "event.schema_unsupported",
      `schema version ${version} is newer than ${SCHEMA_VERSION}`,
    );
  }
  return decoded;
}

/** Keeps the message ours while a long handler runs, instead of tuning ack_wait per stage. */
async function runWithHeartbeat(msg: JsMsg, ackWaitMs: number, run: () => Promise<void>): Promise<void> {
  const timer = setInterval(() => msg.working(), Math.max(100, Math.floor(ackWaitMs / 3)));
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
}

async function settleFailure<T>(
  bus: Bus,
  options: ConsumeOptions<T>,
  msg: JsMsg,
  error: unknown,
  meta: EventMeta | undefined,
): Promise<Outcome> {
  const deliveryCount = msg.info.deliveryCount;
  const permanent = error instanceof PermanentError;
  if (!permanent && deliveryCount < options.maxDeliver) {
    msg.nak(retryDelayMs(options.backoffMs, deliveryCount, error));
    return "nak";
  }
  const reasonCode = permanent ? errorCode(error) : "bus.retries_exhausted";
  const reason = permanent
    ? safeReason(error)
    : `gave up after ${deliveryCount} attempts, last error ${safeReason(error)}`;
  try {
    await publishDeadLetter(bus, {
      stage: options.stage,
      reasonCode,
      reason,
      originalSubject: msg.subject,
      originalSequence: msg.seq,
      deliveryCount,
      meta,
      originalPayload: msg.data,
      retryForMs: 5_000,
    });
  } catch {
    // The dead letter is not stored yet: leave the message for redelivery rather than lose it.
    msg.nak(retryDelayMs(options.backoffMs, deliveryCount, error));
    return "nak";
  }
  // No reason on the TERM: nats-server before 2.10 ignores a "+TERM <reason>" ack and redelivers
  // the message after ack_wait, for a second dead letter. The reason is in the dead letter.
  msg.term();
  return "dead_letter";
}

function retryDelayMs(backoffMs: readonly number[], deliveryCount: number, error: unknown): number {
  if (error instanceof TransientError && error.retryAfterMs !== undefined) return error.retryAfterMs;
  return backoffMs[Math.min(deliveryCount - 1, backoffMs.length - 1)] ?? 1_000;
}
