import {
  type Address,
  type EntityCount,
  type EntityType,
  type MailIngested,
  MailMasked,
  SCHEMA_VERSION,
} from "@poststelle/contracts";
import { type CustomPattern, maskText, type PlaceholderTable } from "@poststelle/pii";

export interface MaskMailOptions {
  /** Addresses of the company (mailboxes, department forwards, rule recipients): kept for routing. */
  companyAddresses: ReadonlySet<string>;
  /** Sender domains rules route on: kept, every other domain is dropped (it may carry a name). */
  routingDomains: ReadonlySet<string>;
  patterns: readonly CustomPattern[];
}

/** Headers routing may use; their values are masked too. */
const ROUTABLE_HEADERS = [
  "list-id",
  "precedence",
  "auto-submitted",
  "x-priority",
  "importance",
  "content-language",
];

function localPartAsName(address: string): string {
  return (
    address
      .split("@")[0]
      ?.replace(/[._-]+/g, " ")
      .trim() ?? ""
  );
}

function domainOf(address: string): string {
  return address.split("@")[1]?.toLowerCase() ?? "";
}

/**
 * Turns a plain mail into its masked event: every text field is masked against the thread's table,
 * in a fixed order so placeholder numbers are stable, and nothing plain survives but company
 * addresses and routing domains.
 */
export function maskMail(
  mail: MailIngested,
  table: PlaceholderTable,
  options: MaskMailOptions,
): { masked: MailMasked; table: PlaceholderTable } {
  const people: Address[] = [mail.from, ...mail.replyTo, ...mail.to, ...mail.cc].filter(
    (a): a is Address => a !== undefined,
  );
  const knownNames = people
    .filter((a) => !options.companyAddresses.has(a.address.toLowerCase()))
    .flatMap((a) => [a.name, localPartAsName(a.address)])
    .filter((name) => name.length > 1);
  const language = mail.languageHint === "de" || mail.languageHint === "en" ? mail.languageHint : "auto";
  const detect = { knownNames, language, patterns: options.patterns } as const;
  const counts = new Map<EntityType, number>();
  let current = table;
  const mask = (text: string): string => {
    if (text === "") return "";
    const result = maskText(text, current, detect);
    current = result.table;
    for (const entity of result.entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
    return result.masked;
  };

  // The sender first, so the customer is [[PERSON_1]] / [[EMAIL_1]] in every mail of a thread.
  const sender = mail.replyTo[0] ?? mail.from;
  if (sender?.name) mask(sender.name);
  const fromPlaceholder = sender ? mask(sender.address) : "";
  const subject = mask(mail.subject);
  const body = mask(mail.bodyText);
  const signature = mask(mail.signature);
  const quotedText = mask(mail.quotedText);
  const attachments = mail.attachments.map((a) => ({ ...a, filename: mask(a.filename) }));
  const headers: Record<string, string> = {};
  for (const name of ROUTABLE_HEADERS) {
    const value = mail.headers[name];
    if (value !== undefined) headers[name] = mask(value);
  }
  const fromDomain = domainOf(mail.from?.address ?? "");
  const companyRecipients = [...mail.to, ...mail.cc]
    .map((a) => a.address.toLowerCase())
    .filter((address) => options.companyAddresses.has(address));
  const entities: EntityCount[] = [...counts].map(([type, count]) => ({ type, count }));

  return {
    table: current,
    masked: MailMasked.fromPartial({
      meta: { ...mail.meta, schemaVersion: SCHEMA_VERSION },
      fromPlaceholder,
      fromDomain: options.routingDomains.has(fromDomain) ? fromDomain : "",
      companyRecipients: [...new Set(companyRecipients)],
      subject,
      bodyText: signature ? `${body}\n-- \n${signature}` : body,
      quotedText,
      languageHint: mail.languageHint,
      attachments,
      automatic: mail.automatic,
      headers,
      entities,
    }),
  };
}
