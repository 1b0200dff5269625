import {
  type MailAudited,
  type MailDelivered,
  type MailDrafted,
  timestampFromDate,
} from "@poststelle/contracts";

/**
 * The audit record of a delivered mail: the routing and draft decisions from mail.drafted and the
 * mailbox actions from mail.delivered. Field by field, so the draft's text, its subject and the
 * mail reference (whose Message-ID a sender's software may have built from a name) stay out.
 */
export function auditRecordOf(
  drafted: MailDrafted,
  delivered: MailDelivered,
  deliveredAt: Date,
): MailAudited {
  const meta = drafted.meta;
  return {
    mailId: meta?.mailId ?? "",
    threadId: meta?.threadId ?? "",
    mailbox: meta?.ref?.mailbox ?? "",
    ingestedAt: meta?.occurredAt,
    deliveredAt: timestampFromDate(deliveredAt),
    routing: drafted.classification,
    draftSource: drafted.source,
    draftModel: drafted.model,
    draftPromptVersion: drafted.promptVersion,
    fallbackReason: drafted.fallbackReason,
    noDraftReason: drafted.noDraftReason,
    delivered: { ...delivered, meta: undefined },
  };
}
