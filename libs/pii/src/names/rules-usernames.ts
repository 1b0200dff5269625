import { EntityType } from "../entity-types.js";
import type { Span } from "../spans.js";
import { GIVEN, looksLikeSurname, NOT_NAMES, SURNAMES } from "./lexicon.js";
import { NameScore } from "./name-finder.js";

// A login made of a person's name, as IT desks and their logs write it: "d.sokolov",
// "j.wisniewska", "marta.lindgren". It names its owner as well as the name does. Not a mail
// address's local part (the address is masked whole) nor a file's or a host's name.

/** An initial or two, or a given name, a dot, a family name; no "@" or further dot after it. */
const USERNAME =
  /(?<![\p{L}\d.@\\/_-])([a-z]{1,2}|[a-z]{3,12})\.([a-z][a-z'-]{2,24})(?![\p{L}\d@_-]|\.[\p{L}\d])/gu;

export function byUsernames(text: string, hints: ReadonlySet<string>, out: Span[]): void {
  if (!text.includes(".")) return;
  for (const match of text.matchAll(USERNAME)) {
    const [, first, family] = match as unknown as [string, string, string];
    if (NOT_NAMES.has(family) || NOT_NAMES.has(first)) continue;
    const familyName = SURNAMES.has(family) || hints.has(family) || looksLikeSurname(family);
    const opensName = first.length <= 2 || GIVEN.has(first) || hints.has(first);
    if (!familyName || !opensName) continue;
    out.push({
      type: EntityType.ENTITY_TYPE_PERSON,
      start: match.index,
      end: match.index + match[0].length,
      score: NameScore.context,
    });
  }
}
