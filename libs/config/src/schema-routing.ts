import * as z from "zod";
import { email, flag, id, path, pattern, type ResolveContext, ratio, text } from "./fields.js";
import { closestWord } from "./suggest.js";

/**
 * Variables a reply template may use as `{{name}}`:
 * - subject: the incoming mail's subject (masked while drafting, restored on unmask)
 * - department: the department's name
 * - address: the mailbox address the mail came in on
 * - signature: the department's signature, empty if it has none
 */
export const TEMPLATE_VARIABLES = ["subject", "department", "address", "signature"] as const;

const TEMPLATE_VARIABLE = /\{\{\s*([^{}\s]*)\s*\}\}/g;

function templateText() {
  return z.string().superRefine((value, ctx) => {
    for (const match of value.matchAll(TEMPLATE_VARIABLE)) {
      const name = match[1] ?? "";
      if ((TEMPLATE_VARIABLES as readonly string[]).includes(name)) continue;
      const hint = closestWord(name, TEMPLATE_VARIABLES);
      ctx.addIssue({
        code: "custom",
        message:
          `unknown template variable {{${name}}}` +
          (hint ? ` (did you mean {{${hint}}}?)` : ` (known: ${TEMPLATE_VARIABLES.join(", ")})`),
      });
      return;
    }
  });
}

const replyTemplate = z.strictObject({ subject: templateText(), body: templateText() });

/** IMAP keywords are atoms: no spaces, parentheses, braces, quotes, backslashes, %, * or ]. */
const imapKeyword = z.string().regex(/^[^\s(){%*"\\\]]+$/, {
  error: (issue) =>
    `expected an IMAP keyword without spaces or ( ) { % * " \\ ], got ${JSON.stringify(issue.input)}`,
});

const departmentAction = z.strictObject({
  moveTo: text().optional(),
  keyword: imapKeyword.optional(),
  forwardTo: email().optional(),
});

export const department = z.strictObject({
  id: id("department"),
  name: text(),
  description: text(),
  action: departmentAction.prefault({}),
  keywords: z.array(text()).default(() => []),
  examples: z.array(text()).default(() => []),
  drafting: flag().default(true),
  replyLanguage: z.enum(["auto", "de", "en"]).default("auto"),
  instructions: text().optional(),
  signature: text().optional(),
  knowledge: z.array(text()).default(() => []),
  templates: z.strictObject({ de: replyTemplate.optional(), en: replyTemplate.optional() }).prefault({}),
});

export const triage = z.strictObject({
  department: text().default("triage"),
  minConfidence: ratio().default(0.45),
});

/** What the embedded classifier learns from besides each department's keywords and examples. */
export function embeddedClassifier(ctx: ResolveContext) {
  return z.strictObject({
    // JSON lines of masked mails with the department a person chose (department, subject, body).
    labeledMails: z.array(path(ctx)).default(() => []),
  });
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const ruleMatch = z
  .strictObject({
    to: z.array(email()).min(1).optional(),
    from: z.array(email()).min(1).optional(),
    fromDomain: z
      .array(
        z.string().regex(DOMAIN, {
          error: (issue) => `expected a domain like example.com, got ${JSON.stringify(issue.input)}`,
        }),
      )
      .min(1)
      .optional(),
    subject: pattern().optional(),
    header: z.strictObject({ name: text(), pattern: pattern() }).optional(),
    attachmentType: z.array(text()).min(1).optional(),
  })
  .superRefine((match, ctx) => {
    if (Object.values(match).every((value) => value === undefined)) {
      ctx.addIssue({
        code: "custom",
        message: "expected at least one of to, from, fromDomain, subject, header, attachmentType",
      });
    }
  });

export const rule = z.strictObject({ name: text(), department: text(), match: ruleMatch });
