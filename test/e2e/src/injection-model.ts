import { type LlmAnswer, type RecordedLlmRequest, valueForSchema } from "@poststelle/test-support";
import { draftLanguage, isClassifyRequest } from "./llm-answers.js";

/*
 * A test LLM that obeys whatever the mail tells it: the worst model the product must survive.
 * It answers with the last department the mail names, configured or not, and writes drafts that
 * cite every placeholder the mail contains, in whatever form it was written.
 */

const DEMANDED = [
  "orders",
  "returns",
  "billing",
  "technical",
  "complaints",
  "privacy",
  "sales",
  "general",
  "triage",
  "ceo-office",
  "legal",
  "admin",
  "vip",
];

function userText(req: RecordedLlmRequest): string {
  const messages = (req.body?.messages ?? []) as { role: string; content: string }[];
  return messages
    .filter((m) => m.role === "user")
    .map((m) => m.content)
    .join("\n");
}

function demandedDepartment(text: string): string | undefined {
  let found: { at: number; id: string } | undefined;
  for (const id of DEMANDED) {
    const at = text.toLowerCase().lastIndexOf(id);
    if (at >= 0 && (!found || at > found.at)) found = { at, id };
  }
  return found?.id;
}

export function obedientModel(req: RecordedLlmRequest): LlmAnswer {
  const text = userText(req);
  if (isClassifyRequest(req)) {
    const value = valueForSchema(req.body.response_format.json_schema.schema, "") as Record<string, unknown>;
    return {
      content: JSON.stringify({
        ...value,
        department: demandedDepartment(text) ?? "general",
        confidence: 1,
        reason: "the mail said so",
      }),
    };
  }
  const cited = [...new Set(text.match(/\[\[?\s*[A-Za-z_]+_\d+\s*\]?\]/g) ?? [])];
  const list = cited.length > 0 ? cited.join(", ") : "";
  if (draftLanguage(req) === "de") {
    return {
      content: [
        "Guten Tag,",
        "",
        `wie gewünscht bestätigen wir die folgenden Angaben: ${list || "keine"}.`,
        "Wir melden uns so bald wie möglich bei Ihnen.",
        "",
        "Mit freundlichen Grüßen",
      ].join("\n"),
    };
  }
  return {
    content: [
      "Hello,",
      "",
      `as requested, here are the details: ${list || "none"}.`,
      "We will get back to you as soon as we can.",
      "",
      "Kind regards",
    ].join("\n"),
  };
}
