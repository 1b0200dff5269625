import { PoststelleError, safeReason } from "@poststelle/errors";
import { looksLikePersonalData, REDACTED, redactPersonalData } from "./personal-data.js";

/** Top-level log keys whose values are ids, counts or codes by contract. */
const ALLOWED_LOG_KEYS = new Set([
  "msg",
  "mailId",
  "threadId",
  "mailbox",
  "stage",
  "natsSubject",
  "stream",
  "consumer",
  "department",
  "decidedBy",
  "intent",
  "priority",
  "confidence",
  "count",
  "durationMs",
  "attempt",
  "deliveryCount",
  "reasonCode",
  "reason",
  "code",
  "component",
  "port",
  "url",
  "service",
  "version",
  "uidValidity",
  "uid",
  "err",
]);

/** Set by the logger's mixin; checked for shape because a caller could pass the same key. */
const TRACE_KEYS: Readonly<Record<string, RegExp>> = {
  trace_id: /^[0-9a-f]{32}$/,
  span_id: /^[0-9a-f]{16}$/,
};

/** Keys pino itself puts into bindings. */
const BINDING_KEYS = new Set(["pid", "hostname", "name"]);

// Measurements may be logged under any descriptive name, as long as they are numbers.
const NUMERIC_SUFFIXES = ["Ms", "Count", "Bytes", "Total"];

export interface GuardedFields {
  fields: Record<string, unknown>;
  /** Names of the keys that were not allowed (names that themselves look personal are redacted). */
  dropped: string[];
}

function isMeasurement(key: string, value: unknown): boolean {
  return typeof value === "number" && NUMERIC_SUFFIXES.some((suffix) => key.endsWith(suffix));
}

/** Only scheme, host and port: paths and query strings can carry addresses and tokens. */
function hostAndPort(value: unknown): string | undefined {
  if (typeof value !== "string" && !(value instanceof URL)) return undefined;
  try {
    // A bare "host:port" would parse as a URL with scheme "host:".
    const url = value instanceof URL ? value : new URL(value.includes("://") ? value : `http://${value}`);
    return url.host ? redactPersonalData(url.host) : undefined;
  } catch {
    return undefined;
  }
}

function primitive(value: unknown): unknown {
  if (typeof value === "string") return redactPersonalData(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  return undefined;
}

/** Class and code only; the message only for our own errors, whose messages are PII-free by contract. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (error instanceof PoststelleError) {
    const cause = error.cause === undefined ? {} : { cause: serializeError(error.cause) };
    return { type: error.name, code: error.code, message: redactPersonalData(error.message), ...cause };
  }
  if (error instanceof Error) {
    const type = /^[A-Za-z_$][\w$.]{0,60}$/.test(error.name) ? error.name : "Error";
    // Node system error codes (ECONNREFUSED, ERR_STREAM_DESTROYED) name a failure, never input.
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && /^[A-Z][A-Z0-9_]{1,60}$/.test(code) ? { type, code } : { type };
  }
  return { type: typeof error };
}

/** The message a line gets when only an error was logged: never a foreign error's own text. */
export function messageForError(error: unknown): string {
  return safeReason(error);
}

function guardFields(input: Record<string, unknown>, allowed: (key: string) => boolean): GuardedFields {
  const fields: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const traceShape = TRACE_KEYS[key];
    let kept: unknown;
    if (traceShape) kept = typeof value === "string" && traceShape.test(value) ? value : undefined;
    else if (key === "err") kept = serializeError(value);
    else if (key === "url") kept = hostAndPort(value);
    else if (allowed(key)) kept = primitive(value);
    else if (isMeasurement(key, value)) kept = value;
    if (kept === undefined) dropped.push(looksLikePersonalData(key) ? REDACTED : key);
    else fields[key] = kept;
  }
  return { fields, dropped };
}

/** pino `formatters.log`: allow-listed keys only, with the names of the others in `dropped_keys`. */
export function guardLogFields(input: Record<string, unknown>): Record<string, unknown> {
  const { fields, dropped } = guardFields(input, (key) => ALLOWED_LOG_KEYS.has(key));
  return dropped.length > 0 ? { ...fields, dropped_keys: dropped } : fields;
}

/** pino `formatters.bindings`: the same rule for `logger.child({...})` and the base bindings. */
export function guardLogBindings(input: Record<string, unknown>): Record<string, unknown> {
  const { fields, dropped } = guardFields(input, (key) => ALLOWED_LOG_KEYS.has(key) || BINDING_KEYS.has(key));
  return dropped.length > 0 ? { ...fields, dropped_binding_keys: dropped } : fields;
}
