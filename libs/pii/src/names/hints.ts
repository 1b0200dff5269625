import { EntityType } from "../entity-types.js";
import type { Span } from "../spans.js";
import {
  AMBIGUOUS_GIVEN,
  GIVEN,
  NOT_NAMES,
  OFFICE_SUFFIX,
  ROLE_MAILBOX_WORDS,
  SURNAMES,
  TITLES,
} from "./lexicon.js";

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
  if (knownNames !== undefined) {
    for (const known of knownNames) {
      const at = known.indexOf("@");
      const name = at === -1 ? known : known.slice(0, at);
      const parts = name.split(SPLIT);
      // "Bürgeramt Weilbrunn": an office's display name names a town, not a person.
      const lowers = parts.map((part) => part.toLowerCase());
      if (lowers.some((part) => OFFICE_SUFFIX.test(part)) && !lowers.some((part) => GIVEN.has(part)))
        continue;
      for (const part of parts) addPart(hints, part);
    }
  }
  for (const span of candidates) {
    if (span.type !== EntityType.ENTITY_TYPE_EMAIL) continue;
    const local = text.slice(span.start, text.indexOf("@", span.start)).replace(/\d+/g, "");
    const parts = local.split(SPLIT).filter((part) => part.length >= 2);
    const lowers = parts.map((part) => part.toLowerCase());
    if (lowers.length < 2 || lowers.length > 3) continue;
    if (!lowers.some((part) => GIVEN.has(part) || SURNAMES.has(part) || AMBIGUOUS_GIVEN.has(part))) continue;
    for (const part of parts) addPart(hints, part);
  }
  return hints;
}

function addPart(hints: Set<string>, part: string): void {
  const lower = part.toLowerCase().replace(/\d+/g, "");
  if (lower.length < 2 || !/^[\p{L}\p{M}'’-]+$/u.test(lower)) return;
  if (ROLE_MAILBOX_WORDS.has(lower) || TITLES.has(lower) || NOT_NAMES.has(lower)) return;
  hints.add(lower);
}
