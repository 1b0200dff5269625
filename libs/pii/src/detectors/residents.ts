import { EntityType } from "../entity-types.js";
import { flagsOf, Word } from "../names/word-flags.js";
import { Score, type Span } from "../spans.js";

// A nurse's round, a driver's tour or a caretaker's list names each client by the family name and
// the address right after it: "1. Kowalczyk, Bramfelder Str. 88 (2nd floor)", "bäumer,
// Hellbrookstr.12: ok", "Baumgartner (Rahlstedter Weg 14) keysafe …", a table's "Doyle | Bei der
// Hauptkirche 7 |". A word the lexicon knows as a name, opening the line right before an address
// found there, is the person living at it.

/** The line's start up to the address: a list's mark, one or two words, a comma, bracket or bar. */
const NAME_BEFORE_ADDRESS =
  /(?:^|\n)[ \t>]*(?:[-*•]|\d{1,2}[.)])?[ \t]*((?:Sig\.|Hr\.|Fr\.)?[ \t]*(\p{L}[\p{L}'’-]+)(?:,[ \t]\p{Lu}\.)?)[ \t]*(?:,|\(|\|)[ \t]*$/u;

/** Names of the people at the addresses found; run once the addresses are among the candidates. */
export function residentsBeforeAddresses(text: string, candidates: Span[]): void {
  const found: Span[] = [];
  for (const span of candidates) {
    if (span.type !== EntityType.ENTITY_TYPE_STREET_ADDRESS) continue;
    const lineStart = text.lastIndexOf("\n", span.start - 1);
    if (span.start - lineStart > 48) continue;
    const match = NAME_BEFORE_ADDRESS.exec(text.slice(Math.max(0, lineStart), span.start));
    if (match === null) continue;
    const name = match[2]!;
    const flags = flagsOf(name.toLowerCase());
    if ((flags & (Word.surname | Word.given)) === 0 || (flags & Word.notName) !== 0) continue;
    const start = Math.max(0, lineStart) + match.index + match[0].indexOf(name);
    const value = match[1]!.slice(match[1]!.indexOf(name));
    found.push({
      type: EntityType.ENTITY_TYPE_PERSON,
      start,
      end: start + value.length,
      score: Score.context,
    });
  }
  candidates.push(...found);
}
