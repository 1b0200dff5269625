import type { DepartmentConfig, ReplyTemplateConfig } from "@poststelle/config";
import type { DraftLanguage } from "./language.js";
import { replySubject } from "./subject.js";

/** The values a reply template may use; the config loader rejects any other {{name}}. */
export interface TemplateVariables {
  /** Subject of the incoming mail without "Re:"; masked here, restored on unmask. */
  subject: string;
  /** The department's display name. */
  department: string;
  /** The mailbox address the mail came in on. */
  address: string;
  /** The department's signature, "" without one. */
  signature: string;
}

const VARIABLE = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Replaces {{name}} once, left to right: a value that itself contains "{{…}}" is not expanded again. */
export function renderTemplate(text: string, variables: TemplateVariables): string {
  return text.replace(VARIABLE, (all, name: string) =>
    Object.hasOwn(variables, name) ? variables[name as keyof TemplateVariables] : all,
  );
}

/** Used when a department configures no template for the language, so every mail still gets a draft. */
export const BUILT_IN_TEMPLATES: Readonly<Record<DraftLanguage, ReplyTemplateConfig>> = {
  de: {
    subject: "Re: {{subject}}",
    body:
      "Guten Tag,\n\nvielen Dank für Ihre Nachricht zu „{{subject}}“. Sie liegt jetzt beim Team " +
      "{{department}}, das sich so bald wie möglich bei Ihnen meldet.\n\nMit freundlichen Grüßen\n{{signature}}\n",
  },
  en: {
    subject: "Re: {{subject}}",
    body:
      'Hello,\n\nthank you for your message about "{{subject}}". It is now with our {{department}} team, ' +
      "who will get back to you as soon as possible.\n\nKind regards\n{{signature}}\n",
  },
};

export interface RenderedDraft {
  subject: string;
  body: string;
}

/**
 * The department's template in the language, else its template in the other language, else the
 * built-in one. The subject always ends up as one "Re: " plus the topic.
 */
export function templateDraft(
  department: Pick<DepartmentConfig, "templates">,
  language: DraftLanguage,
  variables: TemplateVariables,
): RenderedDraft {
  const other: DraftLanguage = language === "de" ? "en" : "de";
  const template =
    department.templates[language] ?? department.templates[other] ?? BUILT_IN_TEMPLATES[language];
  const body = renderTemplate(template.body, variables)
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd();
  return { subject: replySubject(renderTemplate(template.subject, variables)), body: `${body}\n` };
}
