import type { DepartmentConfig, RuleConfig } from "@poststelle/config";

/**
 * Input shapes of the routing chain: the parts of the config it reads, so tests and the CLI can
 * build them by hand.
 */
export type DepartmentSpec = Pick<
  DepartmentConfig,
  "id" | "name" | "description" | "keywords" | "examples" | "drafting"
>;

export type RuleSpec = RuleConfig;

/** What routing needs to know about a mail; text is already masked. */
export interface RoutableMail {
  subject: string;
  body: string;
  /** May be a placeholder such as [[EMAIL_1]] once masked. */
  fromAddress?: string;
  fromDomain: string;
  recipients: string[];
  headers: Record<string, string>;
  attachmentTypes: string[];
  /** Auto-replies, bulk mail, bounces, our own drafts: routed, never drafted. */
  automatic: boolean;
  /** ISO 639-1, when an earlier stage already knows it. */
  languageHint?: string;
}

export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type PriorityName = (typeof PRIORITIES)[number];

export const SENTIMENTS = ["negative", "neutral", "positive"] as const;
export type SentimentName = (typeof SENTIMENTS)[number];

export type DecidedByName = "rule" | "llm" | "fallback";

/** The outcome of the routing chain for one mail; mirrors the Classification message. */
export interface MailClassification {
  department: string;
  intent: string;
  priority: PriorityName;
  /** ISO 639-1 */
  language: string;
  sentiment: SentimentName;
  /** 0..1 */
  confidence: number;
  decidedBy: DecidedByName;
  rule?: string;
  model?: string;
  promptVersion?: string;
  /** PII-free: codes, ids and rule names only. */
  reason: string;
  noDraft: boolean;
  noDraftReason?: string;
}
