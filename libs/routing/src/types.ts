/**
 * Input shapes of the routing chain. They are structural on purpose: the config library produces
 * compatible objects, and tests or the CLI can build them by hand.
 */
export interface DepartmentSpec {
  id: string;
  name: string;
  description: string;
  keywords: string[];
  examples: string[];
  /** False: mail routed here never gets a draft. */
  drafting: boolean;
}

export interface RuleSpec {
  name: string;
  department: string;
  match: {
    /** Recipient addresses, exact or globbed like "*@billing.example". */
    to?: string[];
    /** Sender addresses, exact or globbed. */
    from?: string[];
    /** Sender domains; "example.com" also matches its subdomains. */
    fromDomain?: string[];
    /** Regular expression, case-insensitive. */
    subject?: string;
    header?: { name: string; pattern: string };
    /** Content types of attachments, e.g. "application/pdf" or "image/*". */
    attachmentType?: string[];
  };
}

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
