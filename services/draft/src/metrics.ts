import { type Counter, metrics } from "@opentelemetry/api";

export interface DraftMetrics {
  /** Labels: source (llm, template, none). */
  drafts: Counter;
  /** LLM drafts replaced by the template. Labels: code (draft.invented_pii, llm.timeout, …). */
  fallbacks: Counter;
}

export function createDraftMetrics(): DraftMetrics {
  const meter = metrics.getMeter("@poststelle/draft");
  return {
    drafts: meter.createCounter("poststelle_draft_drafts", { description: "Drafts written, by source" }),
    fallbacks: meter.createCounter("poststelle_draft_fallbacks", {
      description: "LLM drafts replaced by the department template, by reason code",
    }),
  };
}
