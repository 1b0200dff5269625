import type {
  Config,
  DepartmentConfig,
  FolderMailboxConfig,
  ImapMailboxConfig,
  MailboxConfig,
} from "@poststelle/config";
import type { MailDrafted, MailRef } from "@poststelle/contracts";
import { composeReply, type DeliveryRecord, isMailAddress } from "@poststelle/delivery";
import type { PrivacyClient } from "@poststelle/runtime";
import type { ImapFlow } from "imapflow";
import type { DeliveryRecords } from "./delivery-records.js";
import { draftDirectory, writeDraftFile } from "./draft-file.js";
import { appendMessage, draftsFolder, findByMailId, readOriginal } from "./imap-mailbox.js";
import type { ImapSessions } from "./imap-sessions.js";
import type { UnmaskMetrics } from "./metrics.js";
import type { RestoredDraft } from "./restore.js";
import type { SmtpTransports } from "./smtp-transports.js";

export interface DeliveryContext {
  config: Config;
  privacy: PrivacyClient;
  records: DeliveryRecords;
  sessions: ImapSessions;
  smtp: SmtpTransports;
  metrics: UnmaskMetrics;
}

/** One mail's delivery: what every step needs, and the draft restored at most once. */
export interface Delivery {
  ctx: DeliveryContext;
  drafted: MailDrafted;
  mailId: string;
  ref: MailRef;
  mailbox: MailboxConfig;
  department: DepartmentConfig;
  restored(): Promise<RestoredDraft>;
  /**
   * Records a finished step. The write is not waited for here: the next step, or mail.delivered,
   * goes ahead meanwhile, and the handler acks only once every write is stored. A record lost to a
   * crash repeats nothing: the steps find their own earlier work (the draft by its mail id, a send
   * by its pending claim).
   */
  done(key: string, record: Omit<DeliveryRecord, "state" | "at">): DeliveryRecord;
}

/** A folder mailbox's draft: an .eml file per mail, in the department's directory. */
export async function writeFileDraft(
  delivery: Delivery,
  mailbox: FolderMailboxConfig,
  key: string,
): Promise<DeliveryRecord> {
  const { ctx } = delivery;
  const restored = await delivery.restored();
  const { raw } = await composeReply({
    ...replyFields(delivery, restored),
    parent: { messageId: delivery.ref.messageId, references: [] },
    unsent: true,
  });
  const dir = draftDirectory(mailbox, delivery.department.id);
  await writeDraftFile(dir, delivery.mailId, raw);
  ctx.metrics.draftsAppended.add(1, { target: "file" });
  return delivery.done(key, { action: "draft", folder: dir });
}

export function replyFields(delivery: Delivery, restored: RestoredDraft) {
  const { drafted } = delivery;
  return {
    mailId: delivery.mailId,
    mailboxAddress: delivery.mailbox.address,
    to: isMailAddress(restored.replyTo) ? restored.replyTo : undefined,
    subject: restored.subject,
    bodyText: restored.body,
    classification: drafted.classification,
    source: drafted.source,
    promptVersion: drafted.promptVersion,
    fallbackReason: drafted.fallbackReason,
  };
}

/**
 * Appends the draft to \Drafts unless a draft with this mail id is already there (an APPEND that
 * succeeded just before a crash, whose record was never written). A `flagged` draft carries
 * \Flagged, which every mail client shows: it asks the reviewer to look twice before sending.
 */
export async function appendDraft(
  delivery: Delivery,
  mailbox: ImapMailboxConfig,
  client: ImapFlow,
  options: { flagged?: boolean } = {},
): Promise<{ folder: string; uid?: number }> {
  const { ctx } = delivery;
  const folder = await draftsFolder(client, mailbox.draftsFolder);
  const found = await findByMailId(client, folder, delivery.mailId);
  if (found !== undefined) {
    ctx.metrics.skipped.add(1, { action: "draft", reason: "found_in_folder" });
    return { folder, uid: found };
  }
  const original = await readOriginal(client, delivery.ref, { source: false });
  const restored = await delivery.restored();
  const { raw } = await composeReply({
    ...replyFields(delivery, restored),
    parent: {
      messageId: delivery.ref.messageId,
      references: original?.references ?? [],
      inReplyTo: original?.inReplyTo,
    },
  });
  const flags = ["\\Draft", "\\Seen", ...(options.flagged ? ["\\Flagged"] : [])];
  const uid = await appendMessage(client, folder, raw, flags);
  ctx.metrics.draftsAppended.add(1, { target: "imap" });
  return { folder, uid: uid ?? (await findByMailId(client, folder, delivery.mailId)) };
}
