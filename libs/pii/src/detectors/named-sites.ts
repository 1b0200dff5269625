import { foldUmlauts } from "@poststelle/language";
import { EntityType } from "../entity-types.js";
import { AMBIGUOUS_GIVEN, GIVEN } from "../names/lexicon.js";
import { markless } from "../names/word-flags.js";
import { Score, type Span } from "../spans.js";
import { TRAILING_PUNCT, URL_RE } from "./contact.js";

// A person's own website, named after them: "https://www.danwhitakerguitar.co.uk" signed by Dan
// Whitaker, "https://klavier-miriam-lehmann.de" from Miriam Lehmann. Read after the names, from
// the names found in the same mail: a shop's or a firm's address names nobody found there.

/** Fewer letters than "evaotto" match too many hosts by chance. */
const MIN_NAME_LETTERS = 7;

export function detectNamedSites(text: string, candidates: Span[]): void {
  if (!text.includes("http") && !text.includes("www.")) return;
  const names = new Set<string>();
  for (const span of candidates) {
    if (span.type !== EntityType.ENTITY_TYPE_PERSON) continue;
    const words = text
      .slice(span.start, span.end)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 2);
    // A known given name first: "Ferraro Fliesen" or "Orgelbau Lindenmaier" taken for a person
    // would make a firm's own site personal.
    if (words.length < 2 || !(GIVEN.has(words[0]!) || AMBIGUOUS_GIVEN.has(words[0]!))) continue;
    const glued = words.join("");
    if (glued.length < MIN_NAME_LETTERS) continue;
    names.add(foldUmlauts(glued));
    names.add(markless(glued));
  }
  if (names.size === 0) return;
  for (const match of text.matchAll(URL_RE)) {
    const url = match[0].replace(TRAILING_PUNCT, "");
    const host = hostLetters(url);
    for (const name of names)
      if (host.includes(name)) {
        candidates.push({
          type: EntityType.ENTITY_TYPE_URL,
          start: match.index,
          end: match.index + url.length,
          score: Score.context,
        });
        break;
      }
  }
}

/** The host's letters alone, in lower case: "klavier-miriam-lehmann.de" gives "klaviermiriamlehmannde". */
function hostLetters(url: string): string {
  const host = url.replace(/^(?:https?:\/\/)?(?:www\.)?/i, "").split(/[/?#]/)[0]!;
  return host.toLowerCase().replace(/[^a-z]/g, "");
}
