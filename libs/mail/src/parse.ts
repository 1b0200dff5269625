import { createHash } from "node:crypto";
import type { AutomaticKind } from "@poststelle/contracts";
import { PermanentError, PoststelleError } from "@poststelle/errors";
import { detectLanguage, type Language } from "@poststelle/language";
import { type AddressObject, type EmailAddress, simpleParser } from "mailparser";
import { detectAutomatic } from "./automatic.js";
import { messageIdsIn, threadRootOf } from "./message-id.js";
import { parserInput } from "./parser-input.js";
import {
  decodeHeaderBytes,
  firstHeader,
  headerFields,
  headerMap,
  type MailHeaders,
  splitHeaderSection,
} from "./raw-headers.js";
import { splitReply } from "./reply-split.js";
import { checkStructure, structureOf } from "./structure.js";
import { htmlToPlainText, normalizeText } from "./text.js";

export interface MailAddress {
  name: string;
  address: string;
}

export interface AttachmentInfo {
  /** As the sender named it; "" when the part had no name. */
  filename: string;
  contentType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the decoded content. */
  sha256: string;
}

/** Everything the pipeline needs from one raw mail; ids are without angle brackets. */
export interface ParsedMail {
  /** "" when the mail has none. */
  messageId: string;
  inReplyTo: string;
  references: string[];
  /** First of References, else In-Reply-To, else the own Message-ID; "" when there is none. */
  threadRoot: string;
  subject: string;
  from: MailAddress | undefined;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress[];
  /** Absent when the Date header is missing or unreadable (never replaced by "now"). */
  date: Date | undefined;
  languageHint: Language | "";
  /** The new part of the body, HTML turned into text. */
  bodyText: string;
  quotedText: string;
  signature: string;
  attachments: AttachmentInfo[];
  automatic: AutomaticKind;
  /** Selected headers (see SELECTED_HEADERS), lower-case names. */
  headers: Record<string, string>;
  sizeBytes: number;
  /** Hex SHA-256 of the raw message. */
  sha256: string;
}

export interface ParseMailOptions {
  /** Larger messages are refused before parsing (mailparser buffers whole messages). */
  maxBytes: number;
  /** Bound on parsing one message; default 30 s. */
  timeoutMs?: number;
}

/** Headers routing rules may match on; none of them carries an address. */
export const SELECTED_HEADERS: readonly string[] = [
  "list-id",
  "precedence",
  "auto-submitted",
  "x-auto-response-suppress",
  "x-mailer",
  "user-agent",
  "content-language",
  "importance",
  "priority",
  "x-priority",
  "x-spam-flag",
];
const MAX_HEADER_VALUE_CHARS = 512;
const DEFAULT_TIMEOUT_MS = 30_000;
/** mailparser's own default is 1000; a real mail rarely has more than a few dozen parts. */
const MAX_MIME_PARTS = 500;
/** Longer HTML is stripped of tags instead of being laid out (html-to-text is slow on huge input). */
const MAX_HTML_CHARS_TO_LAYOUT = 1_000_000;

function selectedHeaders(headers: MailHeaders): Record<string, string> {
  const selected: Record<string, string> = {};
  for (const [name, values] of headers) {
    if (!SELECTED_HEADERS.includes(name) && !name.startsWith("x-poststelle-")) continue;
    selected[name] = values.join(", ").slice(0, MAX_HEADER_VALUE_CHARS);
  }
  return selected;
}

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const flat: MailAddress[] = [];
  const visit = (entry: EmailAddress) => {
    if (entry.group) for (const member of entry.group) visit(member);
    else if (entry.address) flat.push({ name: entry.name ?? "", address: entry.address });
  };
  for (const object of Array.isArray(value) ? value : value ? [value] : []) {
    for (const entry of object.value) visit(entry);
  }
  return flat;
}

function parseDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value.replace(/\([^)]*\)/g, " ").trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PermanentError("mail.parse_timeout", `parsing took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  // The parser may still fail after the timeout has won; that rejection is expected and dropped.
  work.catch(() => {});
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Parses one raw mail. Throws PermanentError "mail.too_large" (checked before any parsing),
 * "mail.malformed" (not a mail, broken MIME structure, too many parts) or "mail.parse_timeout".
 */
export async function parseMail(raw: Buffer, options: ParseMailOptions): Promise<ParsedMail> {
  if (raw.length > options.maxBytes) {
    throw new PermanentError(
      "mail.too_large",
      `message has ${raw.length} bytes, the limit is ${options.maxBytes}`,
    );
  }
  const section = splitHeaderSection(raw);
  const fields = headerFields(decodeHeaderBytes(section.header));
  checkStructure(raw, section.header, fields, raw.subarray(section.bodyOffset));
  const headers = headerMap(fields);

  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await withTimeout(
      simpleParser(parserInput(raw), {
        checksumAlgo: "sha256",
        skipTextToHtml: true,
        skipImageLinks: true,
        keepCidLinks: true,
        maxChildNodes: MAX_MIME_PARTS,
        maxHtmlLengthToParse: MAX_HTML_CHARS_TO_LAYOUT,
      }),
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
  } catch (error) {
    if (error instanceof PoststelleError) throw error;
    throw new PermanentError("mail.malformed", "the MIME parser refused the message", { cause: error });
  }

  let text = mail.text ?? "";
  if (text.trim() === "" && typeof mail.html === "string") text = htmlToPlainText(mail.html);
  const parts = splitReply(normalizeText(text));
  const subject = normalizeText(mail.subject ?? "").replace(/\n/g, " ");
  const messageId = messageIdsIn(firstHeader(headers, "message-id"))[0] ?? "";
  const inReplyTo = messageIdsIn(firstHeader(headers, "in-reply-to"))[0] ?? "";
  const references = messageIdsIn(headers.get("references")?.join(" "));

  return {
    messageId,
    inReplyTo,
    references,
    threadRoot: threadRootOf(messageId, inReplyTo, references),
    subject,
    from: addresses(mail.from)[0],
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    replyTo: addresses(mail.replyTo),
    date: parseDate(firstHeader(headers, "date")),
    languageHint: detectLanguage(`${subject}\n${parts.body}`),
    bodyText: parts.body,
    quotedText: parts.quoted,
    signature: parts.signature,
    attachments: mail.attachments.map((attachment) => ({
      filename: attachment.filename ?? "",
      contentType: attachment.contentType,
      sizeBytes: attachment.size,
      sha256: attachment.checksum,
    })),
    automatic: detectAutomatic(headers, structureOf(headers)),
    headers: selectedHeaders(headers),
    sizeBytes: raw.length,
    sha256: createHash("sha256").update(raw).digest("hex"),
  };
}
