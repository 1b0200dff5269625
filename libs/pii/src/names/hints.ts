import { EntityType } from "../entity-types.js";
import type { Span } from "../spans.js";
import { COMPANY_WORDS, knownName, NOT_NAMES, OFFICE_SUFFIX, ROLE_MAILBOX_WORDS, TITLES } from "./lexicon.js";

const SPLIT = /[\s._\-,<>"'()+]+/;

/**
 * Lowercase name parts this mail tells us about: header display names and local parts passed by
 * the caller, local parts of addresses in the text that read like names, and the thread's names.
 */
export function nameHints(
  text: string,
  candidates: readonly Span[],
  knownNames: readonly string[] | undefined,
  threadParts: ReadonlySet<string> | undefined,
): ReadonlySet<string> {
  const hints = new Set<string>(threadParts);
  if (knownNames !== undefined) for (const known of knownNames) addKnownName(hints, known);
  for (const span of candidates) {
    if (span.type !== EntityType.ENTITY_TYPE_EMAIL) continue;
    const local = text.slice(span.start, text.indexOf("@", span.start)).replace(/\d+/g, "");
    const parts = local.split(SPLIT).filter((part) => part.length >= 2);
    const lowers = parts.map((part) => part.toLowerCase());
    if (lowers.length < 2 || lowers.length > 3) continue;
    if (!lowers.some(knownName)) continue;
    for (const part of parts) addPart(hints, part);
  }
  return hints;
}

/**
 * The parts of a sender's display name or address that may name a person. Two words or more, none
 * of them an office's or a firm's, give all of them ("Heiko Brüning", "bob.fairweather"). A single
 * word ("reisestelle", "kowalski") and an office's or firm's name ("Bürgeramt Weilbrunn", "Praxis
 * Dr. Okonkwo", "travel.management") give only the names the lexicon knows.
 */
function addKnownName(hints: Set<string>, known: string): void {
  const at = known.indexOf("@");
  const parts = (at === -1 ? known : known.slice(0, at)).split(SPLIT).filter((part) => part !== "");
  const lowers = parts.map((part) => part.toLowerCase());
  const plainWords = parts.length >= 2 && !lowers.some(namesAnOffice);
  for (const [i, lower] of lowers.entries()) if (plainWords || knownName(lower)) addPart(hints, parts[i]!);
}

/** A word of an office's or a firm's name: "Praxis", "Bürgeramt", "Accounts", "Café". */
function namesAnOffice(lower: string): boolean {
  return (
    OFFICE_SUFFIX.test(lower) ||
    COMPANY_WORDS.has(lower) ||
    ROLE_MAILBOX_WORDS.has(lower) ||
    (NOT_NAMES.has(lower) && !TITLES.has(lower))
  );
}

function addPart(hints: Set<string>, part: string): void {
  const lower = part.toLowerCase().replace(/\d+/g, "");
  if (lower.length < 2 || !/^[\p{L}\p{M}'’-]+$/u.test(lower)) return;
  if (ROLE_MAILBOX_WORDS.has(lower) || TITLES.has(lower) || NOT_NAMES.has(lower)) return;
  hints.add(lower);
}
