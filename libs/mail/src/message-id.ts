import { decodeHeaderBytes, headerFields, splitHeaderSection } from "./raw-headers.js";

/** Longest id kept; anything longer is junk that would only bloat events and thread keys. */
const MAX_ID_LENGTH = 998;

/** Message-IDs in a header value, without angle brackets, in order, duplicates removed. */
export function messageIdsIn(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids: string[] = [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1] ?? "");
  // Some clients omit the brackets; a lone token with an @ is still an id.
  const candidates =
    bracketed.length > 0 ? bracketed : value.split(/[\s,]+/).filter((token) => token.includes("@"));
  for (const id of candidates) {
    const trimmed = id.trim();
    if (trimmed !== "" && trimmed.length <= MAX_ID_LENGTH && !ids.includes(trimmed)) ids.push(trimmed);
  }
  return ids;
}

/**
 * The id a conversation is keyed by: the first of References (the thread's first mail), else
 * In-Reply-To, else the mail's own Message-ID; empty when the mail has none of them.
 */
export function threadRootOf(messageId: string, inReplyTo: string, references: readonly string[]): string {
  return references[0] ?? (inReplyTo || messageId);
}

/** The Message-ID straight from the raw header, for mail that may not parse at all; "" when absent. */
export function rawMessageId(raw: Buffer): string {
  const fields = headerFields(decodeHeaderBytes(splitHeaderSection(raw).header));
  return messageIdsIn(fields.find((field) => field.name === "message-id")?.value)[0] ?? "";
}
