import { headers as natsHeaders } from "@nats-io/transport-node";
import { context, SpanStatusCode, trace } from "@opentelemetry/api";
import { type EventType, messageIdFor } from "@poststelle/contracts";
import { TransientError } from "@poststelle/errors";
import type { Bus } from "./connect.js";
import { busMetrics } from "./metrics.js";
import { injectTraceContext, startProducerSpan } from "./trace-context.js";

export interface PublishOptions {
  /** Nats-Msg-Id; defaults to the event's mail id plus its stage. */
  msgId?: string;
  /** How long to keep retrying while NATS is unreachable (a server restart takes seconds). */
  retryForMs?: number;
}

export interface Published {
  sequence: number;
  /** True when the stream had already stored a message with this Nats-Msg-Id. */
  duplicate: boolean;
}

const RETRY_FOR_MS = 60_000;
const REQUEST_TIMEOUT_MS = 5_000;

/** Publishes raw bytes with a PRODUCER span and trace context in the headers. */
export async function publishBytes(
  bus: Bus,
  subject: string,
  data: Uint8Array,
  options: {
    msgId: string;
    retryForMs?: number;
    attributes?: Record<string, string>;
    /** For subjects with an id in them: what span names and metric labels show instead. */
    subjectTemplate?: string;
  },
): Promise<Published> {
  const { subjectTemplate } = options;
  const span = startProducerSpan({
    subject,
    subjectTemplate,
    messageId: options.msgId,
    bodySize: data.byteLength,
  });
  if (options.attributes) span.setAttributes(options.attributes);
  const headers = natsHeaders();
  injectTraceContext(headers, trace.setSpan(context.active(), span));
  const deadline = Date.now() + (options.retryForMs ?? RETRY_FOR_MS);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const ack = await bus.js.publish(subject, data, {
          msgID: options.msgId,
          headers,
          timeout: REQUEST_TIMEOUT_MS,
        });
        busMetrics().published.add(1, { subject: subjectTemplate ?? subject, duplicate: ack.duplicate });
        return { sequence: ack.seq, duplicate: ack.duplicate };
      } catch (error) {
        // Retrying is safe: the same Nats-Msg-Id makes a repeated publish a no-op.
        if (Date.now() >= deadline || bus.nc.isClosed()) {
          throw new TransientError("bus.publish_failed", `publish to ${subject} failed`, { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** attempt)));
      }
    }
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.setAttribute("error.type", "bus.publish_failed");
    throw error;
  } finally {
    span.end();
  }
}

/** Publishes one pipeline event; retried publishes of the same mail and stage are dropped by NATS. */
export function publishEvent<T>(
  bus: Bus,
  type: EventType<T>,
  event: T,
  options: PublishOptions = {},
): Promise<Published> {
  const meta = type.metaOf(event);
  const msgId = options.msgId ?? (meta ? messageIdFor(meta.mailId, type.stage) : undefined);
  if (!msgId) throw new Error(`${type.subject}: event without meta needs an explicit msgId`);
  const attributes: Record<string, string> = { "poststelle.stage": type.stage };
  if (meta) {
    attributes["poststelle.mail_id"] = meta.mailId;
    attributes["poststelle.thread_id"] = meta.threadId;
  }
  return publishBytes(bus, type.subject, type.codec.encode(event).finish(), {
    msgId,
    retryForMs: options.retryForMs,
    attributes,
  });
}
