import { errorCode, TransientError } from "@poststelle/errors";
import { likelyLanguage } from "@poststelle/language";
import type { ChatClient } from "@poststelle/llm";
import type { FallbackClassifier, FallbackPrediction } from "./fallback-classifier.js";
import { detectIntent, detectPriority, detectSentiment } from "./heuristics.js";
import { type LlmClassification, parseClassification } from "./parse-classification.js";
import { buildClassifyPrompt } from "./prompt.js";
import { disagreementNote, joinNotes, modelNote, triageNote } from "./reason.js";
import { routeByRules } from "./rules.js";
import { routingText } from "./text-features.js";
import type { DepartmentSpec, MailClassification, RoutableMail, RuleSpec } from "./types.js";

export interface ClassifyContext {
  departments: readonly DepartmentSpec[];
  /** In priority order; the first match wins. */
  rules: readonly RuleSpec[];
  triage: { department: string; minConfidence: number };
  /** Absent: the embedded classifier decides whatever no rule does. */
  llm?: ChatClient;
  fallback: FallbackClassifier;
  /** Cancels a pending LLM call, e.g. on shutdown; the mail is then not classified at all. */
  signal?: AbortSignal;
}

/**
 * Below this LLM confidence, disagreement with the embedded classifier lowers the confidence: a
 * hesitant model contradicted by the keyword evidence is more likely wrong than either alone.
 */
const CROSS_CHECK_BELOW = 0.75;

/**
 * Routes one (masked) mail: rules first, then the LLM, then the embedded classifier when the LLM
 * is absent, fails or answers outside the schema. Low confidence sends the mail to triage. Never
 * throws for LLM trouble; only a cancelled call is passed on, so the mail is retried later.
 */
export async function classifyMail(mail: RoutableMail, ctx: ClassifyContext): Promise<MailClassification> {
  const text = routingText(mail);
  const notes: string[] = [];
  const ids = ctx.departments.map((department) => department.id);

  const ruled = routeByRules(mail, ctx.rules);
  if (ruled !== undefined && ids.includes(ruled.department)) {
    return finish(mail, ctx, {
      department: ruled.department,
      intent: detectIntent(text, ruled.department),
      priority: detectPriority(text),
      language: languageOf(mail, text),
      sentiment: detectSentiment(text),
      confidence: 1,
      decidedBy: "rule",
      rule: ruled.rule,
      reason: `rule ${ruled.rule}`,
    });
  }
  if (ruled !== undefined) notes.push(`rule ${ruled.rule} names an unconfigured department`);

  const fallback = ctx.fallback.classify(text);
  if (ctx.llm !== undefined) {
    const prompt = buildClassifyPrompt(ctx.departments, mail);
    try {
      const completion = await ctx.llm.complete({
        messages: prompt.messages,
        jsonSchema: { name: prompt.schemaName, schema: prompt.schema },
        signal: ctx.signal,
      });
      const answer = parseClassification(completion.content, ids);
      const checked = crossCheck(answer, fallback, ctx.fallback);
      return finish(mail, ctx, {
        ...answer,
        confidence: checked.confidence,
        decidedBy: "llm",
        model: completion.model || ctx.llm.model,
        promptVersion: prompt.promptVersion,
        reason: joinNotes([...notes, modelNote(answer.reason), ...checked.notes]),
      });
    } catch (error) {
      if (error instanceof TransientError && error.code === "llm.cancelled") throw error;
      notes.push(`llm failed: ${errorCode(error)}`);
    }
  } else {
    notes.push("no llm configured");
  }

  return finish(mail, ctx, {
    department: fallback.department,
    intent: detectIntent(text, fallback.department),
    priority: detectPriority(text),
    language: languageOf(mail, text),
    sentiment: detectSentiment(text),
    confidence: fallback.confidence,
    decidedBy: "fallback",
    reason: joinNotes([...notes, "embedded classifier"]),
  });
}

function crossCheck(
  answer: LlmClassification,
  fallback: FallbackPrediction,
  classifier: FallbackClassifier,
): { confidence: number; notes: string[] } {
  const comparable = classifier.departments.includes(answer.department);
  if (!comparable || fallback.department === answer.department || answer.confidence >= CROSS_CHECK_BELOW) {
    return { confidence: answer.confidence, notes: [] };
  }
  return {
    confidence: answer.confidence * (1 - fallback.confidence / 2),
    notes: [disagreementNote(fallback.department)],
  };
}

type Decision = Omit<MailClassification, "noDraft" | "noDraftReason">;

function finish(mail: RoutableMail, ctx: ClassifyContext, decision: Decision): MailClassification {
  const result: MailClassification = { ...decision, confidence: round(decision.confidence), noDraft: false };
  if (result.decidedBy !== "rule" && result.confidence < ctx.triage.minConfidence) {
    result.reason = joinNotes([
      result.reason,
      triageNote(result.confidence, ctx.triage.minConfidence, result.department),
    ]);
    result.department = ctx.triage.department;
  }
  const department = ctx.departments.find((candidate) => candidate.id === result.department);
  if (mail.automatic) {
    result.noDraft = true;
    result.noDraftReason = "automatic mail";
  } else if (department === undefined || !department.drafting) {
    result.noDraft = true;
    result.noDraftReason = `drafting is off for department ${result.department}`;
  }
  return result;
}

function languageOf(mail: RoutableMail, text: string): string {
  const hint = mail.languageHint;
  return hint !== undefined && /^[a-z]{2}$/.test(hint) ? hint : likelyLanguage(text);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
