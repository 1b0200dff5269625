import type { Attributes, AttributeValue, Link, SpanStatus } from "@opentelemetry/api";
import type { ExportResult } from "@opentelemetry/core";
import type { ReadableSpan, SpanExporter, TimedEvent } from "@opentelemetry/sdk-trace-base";
import { looksLikePersonalData, REDACTED } from "./personal-data.js";

/** Attribute on every exported span that lost or redacted something: how many values. */
export const REDACTED_ATTRIBUTES_KEY = "poststelle.redacted_attributes";

const ALLOWED_PREFIXES = ["messaging.", "rpc.", "http.", "server.", "network.", "otel.", "poststelle."];

/** Keys outside the prefixes that carry no mail content: error classes and LLM call metadata. */
const ALLOWED_KEYS = new Set([
  "url.scheme",
  "error.type",
  "exception.type",
  "code.function.name",
  "code.namespace",
  "peer.service",
  "gen_ai.system",
  "gen_ai.provider.name",
  "gen_ai.operation.name",
  "gen_ai.request.model",
  "gen_ai.response.model",
  "gen_ai.response.finish_reasons",
  "gen_ai.usage.input_tokens",
  "gen_ai.usage.output_tokens",
]);

// Inside allowed prefixes but able to carry content: headers (Authorization, Cookie), full URLs
// with query strings, and the status text some exporters copy into an attribute.
const DENIED_PREFIXES = ["http.request.header.", "http.response.header."];
const DENIED_KEYS = new Set(["http.url", "http.target", "http.client_ip", "otel.status_description"]);

export function isAllowedSpanAttribute(key: string): boolean {
  if (DENIED_KEYS.has(key) || DENIED_PREFIXES.some((prefix) => key.startsWith(prefix))) return false;
  return ALLOWED_KEYS.has(key) || ALLOWED_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** Counts what one span lost, across its own attributes, events and links. */
class RedactionTally {
  count = 0;

  attributes(input: Attributes | undefined): Attributes {
    const output: Attributes = {};
    if (!input) return output;
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (!isAllowedSpanAttribute(key) || key === REDACTED_ATTRIBUTES_KEY) {
        this.count++;
        continue;
      }
      output[key] = this.value(value);
    }
    return output;
  }

  name(name: string): string {
    if (!looksLikePersonalData(name)) return name;
    this.count++;
    return REDACTED;
  }

  private value(value: AttributeValue): AttributeValue {
    if (typeof value === "string") return this.name(value);
    if (Array.isArray(value) && value.some((item) => typeof item === "string")) {
      return (value as (string | null | undefined)[]).map((item) =>
        typeof item === "string" ? this.name(item) : item,
      );
    }
    return value;
  }
}

/** A copy of the span that keeps only what may leave the process. */
export function guardSpan(span: ReadableSpan): ReadableSpan {
  const tally = new RedactionTally();
  const name = tally.name(span.name);
  const events: TimedEvent[] = span.events.map((event) => ({
    time: event.time,
    name: tally.name(event.name),
    attributes: tally.attributes(event.attributes),
    droppedAttributesCount: event.droppedAttributesCount ?? 0,
  }));
  const links: Link[] = span.links.map((link) => ({
    context: link.context,
    attributes: tally.attributes(link.attributes),
    ...(link.droppedAttributesCount === undefined
      ? {}
      : { droppedAttributesCount: link.droppedAttributesCount }),
  }));
  const attributes = tally.attributes(span.attributes);
  if (span.status.message) tally.count++;
  if (tally.count > 0) attributes[REDACTED_ATTRIBUTES_KEY] = tally.count;
  // Exception messages and foreign status texts may quote mail content: keep only the code.
  const status: SpanStatus = { code: span.status.code };
  const spanContext = span.spanContext();
  return {
    name,
    kind: span.kind,
    spanContext: () => spanContext,
    ...(span.parentSpanContext ? { parentSpanContext: span.parentSpanContext } : {}),
    startTime: span.startTime,
    endTime: span.endTime,
    status,
    attributes,
    links,
    events,
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}

/**
 * Wraps any exporter so that no span reaches it unguarded: attribute keys outside the allow-list
 * are dropped, values that look like mail content are redacted, exception messages and status
 * messages are removed. Resource attributes are left alone: they describe the process, not a mail.
 */
export class AllowListSpanExporter implements SpanExporter {
  readonly #inner: SpanExporter;

  constructor(inner: SpanExporter) {
    this.#inner = inner;
  }

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.#inner.export(spans.map(guardSpan), resultCallback);
  }

  shutdown(): Promise<void> {
    return this.#inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.#inner.forceFlush?.() ?? Promise.resolve();
  }
}
