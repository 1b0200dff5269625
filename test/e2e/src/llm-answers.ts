import { type LlmAnswer, type RecordedLlmRequest, valueForSchema } from "@poststelle/test-support";
import { departmentForTopic } from "./mails.js";

/*
 * How the test LLM answers in the end-to-end runs: like a model that does its job. Classification
 * reads the mail's topic line; drafts greet the customer by the placeholder the mail gave for them.
 */

function messageText(req: RecordedLlmRequest, role: string): string {
  const messages = (req.body?.messages ?? []) as { role: string; content: string }[];
  return messages
    .filter((m) => m.role === role)
    .map((m) => m.content)
    .join("\n");
}

export function isClassifyRequest(req: RecordedLlmRequest): boolean {
  return req.body?.response_format?.json_schema?.schema !== undefined;
}

/** A schema-valid classification whose department is the one the mail's topic line names. */
export function classifyByTopic(req: RecordedLlmRequest): LlmAnswer {
  const schema = req.body.response_format.json_schema.schema;
  const value = valueForSchema(schema, "") as Record<string, unknown>;
  const topic = /(?:Thema|Topic): (\p{L}+)/u.exec(messageText(req, "user"))?.[1];
  const department = topic ? departmentForTopic(topic) : undefined;
  return {
    content: JSON.stringify({
      ...value,
      department: department ?? "triage",
      intent: "question",
      language: /Thema:/.test(messageText(req, "user")) ? "de" : "en",
      confidence: 0.93,
      reason: "topic line",
    }),
  };
}

/** The language the draft prompt asks for. */
export function draftLanguage(req: RecordedLlmRequest): "de" | "en" {
  return /Write the reply in German/.test(messageText(req, "system")) ? "de" : "en";
}

/** A complete reply in the asked language, greeting the sender by their own placeholder if any. */
export function politeDraft(req: RecordedLlmRequest): LlmAnswer {
  const person = /\[\[PERSON_\d+\]\]/.exec(messageText(req, "user"))?.[0];
  if (draftLanguage(req) === "de") {
    return {
      content: [
        person ? `Guten Tag ${person},` : "Guten Tag,",
        "",
        "vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen erhalten und melden uns so bald wie möglich bei Ihnen.",
        "",
        "Mit freundlichen Grüßen",
      ].join("\n"),
    };
  }
  return {
    content: [
      person ? `Hello ${person},` : "Hello,",
      "",
      "thank you for your message. We have received your request and will get back to you as soon as we can.",
      "",
      "Kind regards",
    ].join("\n"),
  };
}

export function workingModel(req: RecordedLlmRequest): LlmAnswer {
  return isClassifyRequest(req) ? classifyByTopic(req) : politeDraft(req);
}
