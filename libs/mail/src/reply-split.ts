/** A reply taken apart: what the sender wrote now, the history below it, and the signature. */
export interface ReplyParts {
  body: string;
  quoted: string;
  /** From the "-- " line on, or from a sign-off ("Mit freundlichen Grüßen", "Best regards") on. */
  signature: string;
}

// "Am 12.03.2024 um 10:15 schrieb Max Muster <max@example.com>:" (Thunderbird, Apple Mail, Gmail)
const GERMAN_ATTRIBUTION = /^Am\s.{3,300}\sschrieb(\s.{1,200})?:$/i;
// "On Tue, Mar 12, 2024 at 10:15 AM Max Muster <max@example.com> wrote:"
const ENGLISH_ATTRIBUTION = /^On\s.{3,300}\swrote:$/i;
// "Max Muster schrieb:" / "Max wrote on ...:" — only counted when quoted lines follow.
const SHORT_ATTRIBUTION = /^.{2,200}\s(schrieb|wrote)(\s(am|on)\s.{1,100})?:$/i;
const SEPARATOR =
  /^-{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|original-nachricht|forwarded message|weitergeleitete nachricht)\s*-{2,}$/i;
const HEADER_START = /^\**(von|from)\s*:\**\s*\S/i;
const HEADER_DATE = /^\**(gesendet|sent|datum|date)\s*:/i;
const HEADER_OTHER = /^\**(an|to|betreff|subject|cc)\s*:/i;
const OUTLOOK_RULE = /^_{10,}$/;
const SIGNATURE_DELIMITER = /^--\s?$/;

const SIGN_OFFS = new Set(
  [
    "mit freundlichen grüßen",
    "mit freundlichem gruß",
    "mit besten grüßen",
    "mit herzlichen grüßen",
    "mit lieben grüßen",
    "mit freundlichen grüßen aus",
    "freundliche grüße",
    "viele grüße",
    "beste grüße",
    "liebe grüße",
    "herzliche grüße",
    "schöne grüße",
    "gruß",
    "grüße",
    "mfg",
    "lg",
    "vg",
    "hochachtungsvoll",
    "danke und viele grüße",
    "vielen dank und viele grüße",
    "vielen dank und beste grüße",
    "vielen dank im voraus",
    "vielen dank",
    "besten dank",
    "danke",
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "regards",
    "best",
    "best wishes",
    "all the best",
    "cheers",
    "thanks",
    "thank you",
    "many thanks",
    "thanks in advance",
    "thanks and regards",
    "thanks & regards",
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "yours faithfully",
  ].map((phrase) => phrase.replace(/ß/g, "ss")),
);
// "Viele Grüße aus Köln", "Grüße aus Hamburg"
const SIGN_OFF_FROM_PLACE =
  /^(viele |beste |liebe |herzliche |sonnige |schöne )?(grüsse|gruss) aus \p{L}[\p{L} -]{0,40}$/u;
/** A signature is short: longer text after a sign-off is more likely a P.S. or a second topic. */
const MAX_SIGNATURE_LINES = 10;

function isQuoted(line: string): boolean {
  return line.trimStart().startsWith(">");
}

function isSignOff(line: string): boolean {
  const normalized = line
    .trim()
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[,.!:;]+$/, "")
    .replace(/\s+/g, " ");
  return SIGN_OFFS.has(normalized) || SIGN_OFF_FROM_PLACE.test(normalized);
}

function nextNonEmpty(lines: readonly string[], from: number): string | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (line) return line;
  }
  return undefined;
}

/** Index of a reply header that starts the quoted history at line i, or -1. */
function historyStartsAt(lines: readonly string[], i: number): number {
  const line = (lines[i] ?? "").trim();
  if (line === "" || isQuoted(line)) return -1;
  const next = (lines[i + 1] ?? "").trim();
  if (GERMAN_ATTRIBUTION.test(line) || ENGLISH_ATTRIBUTION.test(line) || SEPARATOR.test(line)) return i;
  // Gmail and others wrap a long attribution onto a second line.
  if (/^(am|on)\s/i.test(line) && !isQuoted(next)) {
    const joined = `${line} ${next}`;
    if (GERMAN_ATTRIBUTION.test(joined) || ENGLISH_ATTRIBUTION.test(joined)) return i;
  }
  if (SHORT_ATTRIBUTION.test(line) && isQuoted(nextNonEmpty(lines, i + 1) ?? "")) return i;
  if (HEADER_START.test(line)) {
    const block = lines.slice(i + 1, i + 7).map((l) => l.trim());
    if (block.some((l) => HEADER_DATE.test(l)) && block.some((l) => HEADER_OTHER.test(l))) {
      // Outlook draws a rule above its header block; it belongs to the history.
      for (let back = i - 1; back >= Math.max(0, i - 3); back--) {
        const previous = (lines[back] ?? "").trim();
        if (OUTLOOK_RULE.test(previous)) return back;
        if (previous !== "") break;
      }
      return i;
    }
  }
  return -1;
}

function joinTrimmed(lines: readonly string[]): string {
  return lines
    .join("\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/^\n+|\s+$/g, "");
}

/** Splits the signature off the new part of a mail. */
function splitSignature(lines: readonly string[]): { body: string[]; signature: string[] } {
  const delimiter = lines.findIndex((line) => SIGNATURE_DELIMITER.test(line));
  if (delimiter >= 0) return { body: lines.slice(0, delimiter), signature: lines.slice(delimiter + 1) };
  for (let i = 0; i < lines.length; i++) {
    if (!isSignOff(lines[i] ?? "")) continue;
    const before = lines.slice(0, i).filter((line) => line.trim() !== "").length;
    const after = lines.slice(i + 1).filter((line) => line.trim() !== "").length;
    if (before > 0 && after <= MAX_SIGNATURE_LINES)
      return { body: lines.slice(0, i), signature: lines.slice(i) };
  }
  return { body: [...lines], signature: [] };
}

/**
 * Thunderbird can put the sender's signature below the quote: an attribution line, nothing but
 * `>` lines, then "-- ". Such a signature belongs to the new mail, not to the history.
 */
function signatureBelowQuote(history: readonly string[]): { history: string[]; signature: string[] } {
  const firstQuoted = history.findIndex(isQuoted);
  if (firstQuoted < 1 || firstQuoted > 3) return { history: [...history], signature: [] };
  let i = firstQuoted;
  while (i < history.length && (isQuoted(history[i] ?? "") || (history[i] ?? "").trim() === "")) i++;
  if (i < history.length && SIGNATURE_DELIMITER.test(history[i] ?? "")) {
    return { history: history.slice(0, i), signature: history.slice(i + 1) };
  }
  return { history: [...history], signature: [] };
}

/**
 * Separates the new text of a mail from the quoted history and the signature. The history
 * starts at the first reply header (German and English attribution lines, Outlook's
 * "Von:/Gesendet:" block, "-----Original Message-----"); without one, `>` lines are the history.
 */
export function splitReply(text: string): ReplyParts {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let start = -1;
  for (let i = 0; i < lines.length && start < 0; i++) start = historyStartsAt(lines, i);
  const top = start >= 0 ? lines.slice(0, start) : lines;
  const below = signatureBelowQuote(start >= 0 ? lines.slice(start) : []);
  // Interleaved answers: the quoted lines above the header block belong to the history as well.
  const own = top.filter((line) => !isQuoted(line));
  const quotedAbove = top.filter(isQuoted);
  const { body, signature } = splitSignature(own);
  return {
    body: joinTrimmed(body),
    quoted: joinTrimmed([...quotedAbove, ...below.history]),
    signature: joinTrimmed(signature.length > 0 ? signature : below.signature),
  };
}
