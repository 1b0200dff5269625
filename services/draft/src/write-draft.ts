import type { Config, DepartmentConfig } from "@poststelle/config";
import {
  AutomaticKind,
  DraftSource,
  type MailClassified,
  type MailDrafted,
  SCHEMA_VERSION,
} from "@poststelle/contracts";
import {
  checkDraft,
  DRAFT_PROMPT_VERSION,
  type DraftLanguage,
  draftPrompt,
  finishLlmDraft,
  replyLanguageFor,
  replySubject,
  stripReplyPrefixes,
  templateDraft,
} from "@poststelle/drafting";
import { PermanentError, safeReason } from "@poststelle/errors";
import type { ChatClient } from "@poststelle/llm";

export interface DraftDeps {
  config: Config;
  /** Absent without llm.draft: every draft comes from the templates. */
  llm: ChatClient | undefined;
}

/** Why a mail gets no draft, or undefined when it gets one. */
function noDraftReason(event: MailClassified, department: DepartmentConfig): string | undefined {
  if (event.noDraft) return event.noDraftReason || "no_draft";
  if (!department.drafting) return "drafting_off";
  const automatic = event.mail?.automatic ?? AutomaticKind.AUTOMATIC_KIND_UNSPECIFIED;
  if (
    automatic !== AutomaticKind.AUTOMATIC_KIND_NONE &&
    automatic !== AutomaticKind.AUTOMATIC_KIND_UNSPECIFIED
  ) {
    return "automatic";
  }
  return undefined;
}

/**
 * The reply draft for one classified mail, on masked text only: the LLM's when it passes every
 * check, else the department's template. Mail that gets no draft still yields an event (source
 * NONE), so unmask routes the original.
 */
export async function writeDraft(event: MailClassified, deps: DraftDeps): Promise<MailDrafted> {
  const mail = event.mail;
  const meta = mail?.meta;
  if (mail === undefined || meta === undefined) {
    throw new PermanentError("event.incomplete", "mail.classified has no mail or meta");
  }
  const classification = event.classification;
  const department = deps.config.departments.find((d) => d.id === classification?.department);
  if (department === undefined) {
    throw new PermanentError("draft.unknown_department", "the classified department is not configured");
  }
  const base: MailDrafted = {
    meta: { ...meta, schemaVersion: SCHEMA_VERSION },
    classification,
    source: DraftSource.DRAFT_SOURCE_NONE,
    subject: "",
    bodyText: "",
    model: "",
    promptVersion: "",
    fallbackReason: "",
    replyToPlaceholder: mail.fromPlaceholder,
    noDraftReason: "",
  };
  const skip = noDraftReason(event, department);
  if (skip !== undefined) return { ...base, noDraftReason: skip };

  const language = replyLanguageFor(department, classification, mail);
  const mailbox = deps.config.mailboxes.find((m) => m.id === meta.ref?.mailbox);
  const template = templateDraft(department, language, {
    subject: stripReplyPrefixes(mail.subject),
    department: department.name,
    address: mailbox?.address ?? "",
    signature: department.signature?.trim() ?? "",
  });
  const fromTemplate = (fallbackReason: string, model = "", promptVersion = ""): MailDrafted => ({
    ...base,
    source: DraftSource.DRAFT_SOURCE_TEMPLATE,
    subject: template.subject,
    bodyText: template.body,
    model,
    promptVersion,
    fallbackReason,
  });
  if (deps.llm === undefined) return fromTemplate("");

  const llm = await askModel(deps.llm, event, department, language, mailbox?.address ?? "");
  if (!llm.ok) return fromTemplate(llm.reason, deps.llm.model, DRAFT_PROMPT_VERSION);
  return {
    ...base,
    source: DraftSource.DRAFT_SOURCE_LLM,
    subject: replySubject(mail.subject),
    bodyText: finishLlmDraft(llm.text, department.signature),
    model: llm.model,
    promptVersion: DRAFT_PROMPT_VERSION,
  };
}

type ModelAnswer = { ok: true; text: string; model: string } | { ok: false; reason: string };

async function askModel(
  llm: ChatClient,
  event: MailClassified,
  department: DepartmentConfig,
  language: DraftLanguage,
  mailboxAddress: string,
): Promise<ModelAnswer> {
  const mail = event.mail!;
  let completion: Awaited<ReturnType<ChatClient["complete"]>>;
  try {
    completion = await llm.complete({
      messages: draftPrompt({ mail, classification: event.classification, department, language }),
    });
  } catch (error) {
    // The client has already retried; a template now beats a reply that waits for the model.
    return { ok: false, reason: safeReason(error) };
  }
  const check = checkDraft(
    { text: completion.content, finishReason: completion.finishReason },
    {
      mail,
      language,
      knownTexts: [
        department.signature ?? "",
        ...department.knowledge,
        department.instructions ?? "",
        mailboxAddress,
      ],
    },
  );
  if (!check.ok) return { ok: false, reason: `${check.code}: ${check.reason}` };
  return { ok: true, text: check.text, model: completion.model || llm.model };
}
