import { type Classification, DecidedBy, DraftSource } from "@poststelle/contracts";

/** Header names every mail Poststelle writes carries; ingest recognises its own mail by the first. */
export const PoststelleHeaders = {
  mailId: "X-Poststelle-Mail-Id",
  department: "X-Poststelle-Department",
  confidence: "X-Poststelle-Confidence",
  decidedBy: "X-Poststelle-Decided-By",
  draftSource: "X-Poststelle-Draft-Source",
  promptVersion: "X-Poststelle-Prompt-Version",
  fallback: "X-Poststelle-Fallback",
} as const;

const DECIDED_BY: Partial<Record<DecidedBy, string>> = {
  [DecidedBy.DECIDED_BY_RULE]: "rule",
  [DecidedBy.DECIDED_BY_LLM]: "llm",
  [DecidedBy.DECIDED_BY_FALLBACK]: "fallback",
};

const DRAFT_SOURCE: Partial<Record<DraftSource, string>> = {
  [DraftSource.DRAFT_SOURCE_LLM]: "llm",
  [DraftSource.DRAFT_SOURCE_TEMPLATE]: "template",
  [DraftSource.DRAFT_SOURCE_NONE]: "none",
};

export function decidedByLabel(value: DecidedBy | undefined): string {
  return (value !== undefined && DECIDED_BY[value]) || "unknown";
}

export function draftSourceLabel(value: DraftSource): string {
  return DRAFT_SOURCE[value] ?? "unknown";
}

export interface DecisionHeaderInput {
  mailId: string;
  classification: Classification | undefined;
  source?: DraftSource;
  promptVersion?: string;
  /** PII-free by contract (MailDrafted.fallbackReason); only its code goes in the header. */
  fallbackReason?: string;
}

/** Header values are single-line ASCII tokens: anything else is dropped rather than encoded. */
function token(value: string): string {
  return value.replace(/[^\x21-\x7e ]/g, "").slice(0, 120);
}

/** The X-Poststelle-* headers that make every decision visible on the mail itself. */
export function decisionHeaders(input: DecisionHeaderInput): Record<string, string> {
  const c = input.classification;
  const headers: Record<string, string> = {
    [PoststelleHeaders.mailId]: token(input.mailId),
    [PoststelleHeaders.department]: token(c?.department ?? ""),
    [PoststelleHeaders.confidence]: (c?.confidence ?? 0).toFixed(2),
    [PoststelleHeaders.decidedBy]: decidedByLabel(c?.decidedBy),
  };
  if (input.source !== undefined) headers[PoststelleHeaders.draftSource] = draftSourceLabel(input.source);
  if (input.promptVersion) headers[PoststelleHeaders.promptVersion] = token(input.promptVersion);
  const fallbackCode = input.fallbackReason?.split(":")[0]?.trim();
  if (fallbackCode) headers[PoststelleHeaders.fallback] = token(fallbackCode);
  return headers;
}
