import type { Classification, DraftSource } from "@poststelle/contracts";
import { replySubject } from "@poststelle/drafting";
import MailComposer from "nodemailer/lib/mail-composer";
import { decidedByLabel, decisionHeaders } from "./headers.js";
import { draftMessageId, forwardMessageId } from "./keys.js";
import { buildTextMessage } from "./text-part.js";

/** "<id>" for an id given with or without angle brackets; undefined for an empty one. */
export function angleId(id: string): string | undefined {
  const bare = id.trim().replace(/^<+|>+$/g, "");
  return bare === "" ? undefined : `<${bare}>`;
}

/** A plausible single mailbox address, so a placeholder or junk never lands in a To header. */
export function isMailAddress(value: string): boolean {
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(value.trim());
}

/**
 * References of a reply (RFC 5322 3.6.4): the parent's References, else its In-Reply-To, then the
 * parent's own Message-ID. Capped, keeping the root, so long threads stay threadable.
 */
export function replyReferences(parent: {
  messageId: string;
  references: readonly string[];
  inReplyTo?: string;
}): string[] {
  const chain =
    parent.references.length > 0 ? [...parent.references] : parent.inReplyTo ? [parent.inReplyTo] : [];
  chain.push(parent.messageId);
  const ids = [...new Set(chain.map(angleId).filter((id): id is string => id !== undefined))];
  const MAX = 20;
  return ids.length <= MAX ? ids : [ids[0]!, ...ids.slice(ids.length - (MAX - 1))];
}

export interface ReplyInput {
  mailId: string;
  /** The mailbox's own address, the draft's From. */
  mailboxAddress: string;
  /** The customer's restored address; absent or invalid leaves To empty for the person to fill in. */
  to: string | undefined;
  subject: string;
  bodyText: string;
  /** The original: its Message-ID (bare or in brackets) and its own References / In-Reply-To. */
  parent: { messageId: string; references: readonly string[]; inReplyTo?: string };
  classification: Classification | undefined;
  source: DraftSource;
  promptVersion?: string;
  fallbackReason?: string;
  /** "auto-replied" when the reply is sent without a person (RFC 3834). */
  autoSubmitted?: "auto-replied";
  /** X-Unsent: 1 makes Outlook open a .eml file as an unsent draft. */
  unsent?: boolean;
  date?: Date;
}

export interface ComposedMail {
  raw: Buffer;
  messageId: string;
}

/** A reply to the original, threaded under it, with the decision headers; CRLF line ends for IMAP. */
export async function composeReply(input: ReplyInput): Promise<ComposedMail> {
  const messageId = draftMessageId(input.mailId, input.mailboxAddress);
  const headers: Record<string, string> = decisionHeaders({
    mailId: input.mailId,
    classification: input.classification,
    source: input.source,
    promptVersion: input.promptVersion,
    fallbackReason: input.fallbackReason,
  });
  if (input.autoSubmitted) headers["Auto-Submitted"] = input.autoSubmitted;
  if (input.unsent) headers["X-Unsent"] = "1";
  const inReplyTo = angleId(input.parent.messageId);
  const composer = new MailComposer({
    from: input.mailboxAddress,
    to: input.to !== undefined && isMailAddress(input.to) ? input.to.trim() : undefined,
    subject: replySubject(input.subject),
    messageId,
    date: input.date ?? new Date(),
    inReplyTo,
    references: inReplyTo ? replyReferences(input.parent) : undefined,
    text: input.bodyText,
    headers,
    textEncoding: "Q",
    newline: "win",
  });
  const node = composer.compile();
  return { raw: buildTextMessage(node) ?? (await node.build()), messageId };
}

export interface ForwardInput {
  mailId: string;
  mailboxAddress: string;
  /** The department's address (a company address). */
  to: string;
  departmentName: string;
  /** Subject of the original, as it was. */
  originalSubject: string;
  /** The original message, byte for byte, attached as message/rfc822. */
  original: Buffer;
  classification: Classification | undefined;
  date?: Date;
}

/** The original, attached whole, sent on to the department; marked automatic so no one auto-replies to it. */
export async function composeForward(input: ForwardInput): Promise<ComposedMail> {
  const messageId = forwardMessageId(input.mailId, input.mailboxAddress);
  const c = input.classification;
  const headers: Record<string, string> = {
    ...decisionHeaders({ mailId: input.mailId, classification: c }),
    "Auto-Submitted": "auto-generated",
  };
  const decided = decidedByLabel(c?.decidedBy);
  const text = [
    `Poststelle hat diese Mail an ${input.departmentName} weitergeleitet; das Original ist angehängt.`,
    `Poststelle forwarded this mail to ${input.departmentName}; the original is attached.`,
    "",
    `Intent: ${c?.intent || "-"}`,
    `Confidence: ${(c?.confidence ?? 0).toFixed(2)} (${decided})`,
    "",
  ].join("\n");
  const topic = input.originalSubject.trim();
  const composer = new MailComposer({
    from: input.mailboxAddress,
    to: input.to,
    subject: topic === "" ? "Fwd:" : `Fwd: ${topic}`,
    messageId,
    date: input.date ?? new Date(),
    text,
    headers,
    attachments: [
      {
        filename: "original.eml",
        contentType: "message/rfc822",
        contentDisposition: "attachment",
        content: input.original,
      },
    ],
    newline: "win",
  });
  return { raw: await composer.compile().build(), messageId };
}
