import { foldUmlauts } from "@poststelle/language";
import { isLowerAscii, W } from "../chars.js";
import { EntityType } from "../entity-types.js";
import type { Span } from "../spans.js";
import { GIVEN, looksLikeSurname, NOT_NAMES, SURNAMES } from "./lexicon.js";
import { nameSpan } from "./name-finder.js";
import { markless } from "./word-flags.js";

// A login made of a person's name, as IT desks and their logs write it: "d.sokolov",
// "j.wisniewska", "marta.lindgren". It names its owner as well as the name does. Not a mail
// address's local part (the address is masked whole) nor a file's or a host's name.

/**
 * An initial or two, or a given name, a dot, a family name; no "@" or further dot after it. Tried
 * only where a dot stands between lower-case letters, which few places have.
 */
const USERNAME_AT = new RegExp(
  String.raw`(?<![${W}.@\\/_-])([a-z]{1,2}|[a-z]{3,12})\.([a-z][a-z'-]{2,24})(?![${W}@_-]|\.[${W}])`,
  "y",
);
const LOWER_AFTER_DOT = /^[a-z]{3}/;
const MAX_FIRST = 12;

export function byUsernames(text: string, hints: ReadonlySet<string>, out: Span[]): void {
  let named: Set<string> | undefined;
  for (let dot = text.indexOf("."); dot !== -1; dot = text.indexOf(".", dot + 1)) {
    if (!isLowerAscii(text.charCodeAt(dot - 1)) || !LOWER_AFTER_DOT.test(text.slice(dot + 1, dot + 4)))
      continue;
    let start = dot - 1;
    while (start > 0 && dot - start <= MAX_FIRST && isLowerAscii(text.charCodeAt(start - 1))) start--;
    USERNAME_AT.lastIndex = start;
    const match = USERNAME_AT.exec(text);
    if (match === null) continue;
    dot = start + match[0].length - 1;
    const [, first, family] = match as unknown as [string, string, string];
    if (NOT_NAMES.has(family) || (first.length > 2 && NOT_NAMES.has(first))) continue;
    // "e.papadopoulou" beside "Papadopoulou, Eleni": a family name found in the mail, as a login
    // writes it (no marks, "ü" as "ue").
    named ??= namesFound(text, out);
    const familyName =
      SURNAMES.has(family) || hints.has(family) || looksLikeSurname(family) || named.has(family);
    const opensName = first.length <= 2 || GIVEN.has(first) || hints.has(first);
    if (!familyName || !opensName) continue;
    out.push(nameSpan(start, start + match[0].length));
  }
}

/** The words of the names found so far, written as a login would write them. */
export function namesFound(text: string, spans: readonly Span[]): Set<string> {
  const words = new Set<string>();
  for (const span of spans) {
    if (span.type !== EntityType.ENTITY_TYPE_PERSON) continue;
    for (const word of text
      .slice(span.start, span.end)
      .toLowerCase()
      .split(/[^\p{L}'-]+/u)) {
      words.add(foldUmlauts(word));
      words.add(markless(word));
    }
  }
  return words;
}
