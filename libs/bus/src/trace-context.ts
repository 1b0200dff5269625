import type { MsgHdrs } from "@nats-io/transport-node";
import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  type TextMapGetter,
  type TextMapSetter,
  trace,
} from "@opentelemetry/api";

/*
 * There is no official OpenTelemetry instrumentation for nats.js v3, so this is it: W3C
 * trace context rides in NATS headers (never in payloads), with PRODUCER and CONSUMER spans
 * named and attributed after the messaging semantic conventions.
 */

const TRACER_NAME = "@poststelle/bus";

const headerSetter: TextMapSetter<MsgHdrs> = {
  set(carrier, key, value) {
    carrier.set(key, value);
  },
};

const headerGetter: TextMapGetter<MsgHdrs | undefined> = {
  keys: (carrier) => (carrier ? carrier.keys() : []),
  get: (carrier, key) => (carrier?.has(key) ? carrier.get(key) : undefined),
};

export function injectTraceContext(headers: MsgHdrs, ctx: Context = context.active()): void {
  propagation.inject(ctx, headers, headerSetter);
}

export function extractTraceContext(headers: MsgHdrs | undefined): Context {
  return propagation.extract(ROOT_CONTEXT, headers, headerGetter);
}

export interface MessagingAttributes {
  subject: string;
  /** The subject with its per-message part as a placeholder (`audit.{mail_id}`): span names stay few. */
  subjectTemplate?: string;
  messageId?: string;
  bodySize: number;
  consumerGroup?: string;
  stream?: string;
  streamSequence?: number;
  deliveryCount?: number;
}

function attributesOf(a: MessagingAttributes, operation: "send" | "process") {
  return {
    "messaging.system": "nats",
    "messaging.operation.type": operation,
    "messaging.operation.name": operation === "send" ? "publish" : "process",
    "messaging.destination.name": a.subject,
    ...(a.subjectTemplate ? { "messaging.destination.template": a.subjectTemplate } : {}),
    "messaging.message.body.size": a.bodySize,
    ...(a.messageId ? { "messaging.message.id": a.messageId } : {}),
    ...(a.consumerGroup ? { "messaging.consumer.group.name": a.consumerGroup } : {}),
    ...(a.stream ? { "messaging.nats.stream": a.stream } : {}),
    ...(a.streamSequence ? { "messaging.nats.stream_sequence": a.streamSequence } : {}),
    ...(a.deliveryCount ? { "messaging.nats.delivery_count": a.deliveryCount } : {}),
  };
}

export function startProducerSpan(a: MessagingAttributes): Span {
  return trace.getTracer(TRACER_NAME).startSpan(`publish ${a.subjectTemplate ?? a.subject}`, {
    kind: SpanKind.PRODUCER,
    attributes: attributesOf(a, "send"),
  });
}

/** The consumer span is a child of the producer's, so one mail is one trace across services. */
export function startConsumerSpan(a: MessagingAttributes, parent: Context): Span {
  return trace
    .getTracer(TRACER_NAME)
    .startSpan(
      `process ${a.subject}`,
      { kind: SpanKind.CONSUMER, attributes: attributesOf(a, "process") },
      parent,
    );
}
