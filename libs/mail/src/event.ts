import {
  type MailIngested,
  mailIdFor,
  SCHEMA_VERSION,
  threadIdFor,
  timestampFromDate,
} from "@poststelle/contracts";
import type { ParsedMail } from "./parse.js";

/** Where a mail was read from; the Message-ID comes from the parsed mail. */
export interface MailLocation {
  mailbox: string;
  folder: string;
  uidValidity: number;
  uid: number;
}

/**
 * Thread id of a mail. A mail without any Message-ID, In-Reply-To or References starts a
 * thread of its own, keyed by its mail id so that it shares a vault with nothing else.
 */
export function threadIdOf(
  parsed: Pick<ParsedMail, "threadRoot" | "replyTo" | "from">,
  location: MailLocation,
): string {
  const root = parsed.threadRoot || `mail:${mailIdFor(location.mailbox, location.uidValidity, location.uid)}`;
  const correspondent = parsed.replyTo[0]?.address ?? parsed.from?.address ?? "";
  return threadIdFor(location.mailbox, root, correspondent);
}

export function toIngestedEvent(
  parsed: ParsedMail,
  location: MailLocation,
  now: Date = new Date(),
): MailIngested {
  return {
    meta: {
      schemaVersion: SCHEMA_VERSION,
      mailId: mailIdFor(location.mailbox, location.uidValidity, location.uid),
      threadId: threadIdOf(parsed, location),
      ref: { ...location, messageId: parsed.messageId },
      occurredAt: timestampFromDate(now),
    },
    from: parsed.from,
    to: parsed.to,
    cc: parsed.cc,
    replyTo: parsed.replyTo,
    subject: parsed.subject,
    date: parsed.date ? timestampFromDate(parsed.date) : undefined,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    languageHint: parsed.languageHint,
    bodyText: parsed.bodyText,
    quotedText: parsed.quotedText,
    signature: parsed.signature,
    attachments: parsed.attachments,
    automatic: parsed.automatic,
    sizeBytes: parsed.sizeBytes,
    headers: parsed.headers,
  };
}
