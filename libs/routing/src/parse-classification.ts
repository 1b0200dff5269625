import { PermanentError } from "@poststelle/errors";
import { INTENT_MAX_LENGTH, REASON_MAX_LENGTH } from "./prompt.js";
import { PRIORITIES, type PriorityName, SENTIMENTS, type SentimentName } from "./types.js";

/** An LLM's answer after validation: every field present, typed and inside its allowed values. */
export interface LlmClassification {
  department: string;
  intent: string;
  priority: PriorityName;
  language: string;
  sentiment: SentimentName;
  confidence: number;
  reason: string;
}

const FIELDS = ["department", "intent", "priority", "language", "sentiment", "confidence", "reason"] as const;

/**
 * Validates an answer against the classification schema, whatever the server claimed to enforce.
 * Anything off (not JSON, extra or missing fields, a department that is not configured) is a
 * PermanentError "llm.invalid_answer", so the chain falls back instead of routing on it. Error
 * details name the field, never its value: the value may echo the mail.
 */
export function parseClassification(content: string, departmentIds: readonly string[]): LlmClassification {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.trim());
  } catch {
    throw invalid("answer is not JSON");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
    throw invalid("answer is not an object");
  const answer = parsed as Record<string, unknown>;
  for (const field of FIELDS) if (!(field in answer)) throw invalid(`field ${field} is missing`);
  const extra = Object.keys(answer).filter((key) => !(FIELDS as readonly string[]).includes(key));
  if (extra.length > 0) throw invalid(`${extra.length} unexpected field(s)`);

  const { department, intent, priority, language, sentiment, confidence, reason } = answer;
  if (typeof department !== "string" || !departmentIds.includes(department)) {
    throw invalid("field department is not a configured department id");
  }
  if (typeof intent !== "string" || intent.trim() === "" || intent.length > INTENT_MAX_LENGTH) {
    throw invalid("field intent is not a short string");
  }
  if (typeof priority !== "string" || !(PRIORITIES as readonly string[]).includes(priority)) {
    throw invalid("field priority is not an allowed value");
  }
  if (typeof language !== "string" || !/^[a-z]{2}$/.test(language)) {
    throw invalid("field language is not an ISO 639-1 code");
  }
  if (typeof sentiment !== "string" || !(SENTIMENTS as readonly string[]).includes(sentiment)) {
    throw invalid("field sentiment is not an allowed value");
  }
  if (typeof confidence !== "number" || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
    throw invalid("field confidence is not a number from 0 to 1");
  }
  if (typeof reason !== "string" || reason.length > REASON_MAX_LENGTH) {
    throw invalid("field reason is not a short string");
  }
  // Both end up in audit records and mail headers: no line breaks or control characters there.
  const label = intent
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
  if (label === "") throw invalid("field intent has no letters");
  return {
    department,
    intent: label,
    priority: priority as PriorityName,
    language,
    sentiment: sentiment as SentimentName,
    confidence,
    reason: reason.replace(/[\p{Cc}\s]+/gu, " ").trim(),
  };
}

function invalid(detail: string): PermanentError {
  return new PermanentError("llm.invalid_answer", detail);
}
