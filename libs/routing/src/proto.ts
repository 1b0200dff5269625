import { type Classification, DecidedBy, Priority, Sentiment } from "@poststelle/contracts";
import type { DecidedByName, MailClassification, PriorityName, SentimentName } from "./types.js";

const PRIORITY: Record<PriorityName, Priority> = {
  low: Priority.PRIORITY_LOW,
  normal: Priority.PRIORITY_NORMAL,
  high: Priority.PRIORITY_HIGH,
  urgent: Priority.PRIORITY_URGENT,
};

const SENTIMENT: Record<SentimentName, Sentiment> = {
  negative: Sentiment.SENTIMENT_NEGATIVE,
  neutral: Sentiment.SENTIMENT_NEUTRAL,
  positive: Sentiment.SENTIMENT_POSITIVE,
};

const DECIDED_BY: Record<DecidedByName, DecidedBy> = {
  rule: DecidedBy.DECIDED_BY_RULE,
  llm: DecidedBy.DECIDED_BY_LLM,
  fallback: DecidedBy.DECIDED_BY_FALLBACK,
};

/** The Classification message of the contracts; noDraft travels beside it in MailClassified. */
export function toProtoClassification(result: MailClassification): Classification {
  return {
    department: result.department,
    intent: result.intent,
    priority: PRIORITY[result.priority],
    language: result.language,
    sentiment: SENTIMENT[result.sentiment],
    confidence: result.confidence,
    decidedBy: DECIDED_BY[result.decidedBy],
    rule: result.rule ?? "",
    model: result.model ?? "",
    promptVersion: result.promptVersion ?? "",
    reason: result.reason,
  };
}
