import {
  Classification,
  dateFromTimestamp,
  type EventMeta,
  type MailClassified,
  MailDelivered,
  MailDrafted,
} from "@poststelle/contracts";

/**
 * What Poststelle decided for one mail and what it did, from the events the streams still hold:
 * routing (who decided, with which model, prompt version and confidence), the draft's source and
 * why a template replaced the LLM's draft, and the actions in the mailbox. In protobuf JSON
 * names; fields are allow-listed, so no text of the mail or the draft ever gets in.
 */
export interface AuditRecord {
  mailId: string;
  /** When the mail was ingested. */
  ingestedAt?: string;
  routing?: Record<string, unknown>;
  noDraft?: boolean;
  noDraftReason?: string;
  draft?: Record<string, unknown>;
  delivered?: Record<string, unknown>;
}

const DRAFT_FIELDS = ["source", "model", "promptVersion", "fallbackReason"];
const DELIVERED_FIELDS = [
  "department",
  "draftFolder",
  "draftUid",
  "movedTo",
  "keyword",
  "forwardedTo",
  "autoSent",
];

function pick(json: unknown, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(json as Record<string, unknown>).filter(([key]) => fields.includes(key)),
  );
}

/** One record per mail, in the order the mails first appear in the events. */
export function auditTrail(
  classified: readonly MailClassified[],
  drafted: readonly MailDrafted[],
  delivered: readonly MailDelivered[],
): AuditRecord[] {
  const records = new Map<string, AuditRecord>();
  const recordOf = (meta: EventMeta | undefined): AuditRecord | undefined => {
    if (!meta?.mailId) return undefined;
    let record = records.get(meta.mailId);
    if (record === undefined) {
      record = { mailId: meta.mailId, ingestedAt: dateFromTimestamp(meta.occurredAt)?.toISOString() };
      records.set(meta.mailId, record);
    }
    return record;
  };
  for (const event of classified) {
    const record = recordOf(event.mail?.meta);
    if (record === undefined) continue;
    if (event.classification)
      record.routing = Classification.toJSON(event.classification) as Record<string, unknown>;
    record.noDraft = event.noDraft;
    if (event.noDraftReason) record.noDraftReason = event.noDraftReason;
  }
  for (const event of drafted) {
    const record = recordOf(event.meta);
    if (record) record.draft = pick(MailDrafted.toJSON(event), DRAFT_FIELDS);
  }
  for (const event of delivered) {
    const record = recordOf(event.meta);
    if (record) record.delivered = pick(MailDelivered.toJSON(event), DELIVERED_FIELDS);
  }
  return [...records.values()];
}
