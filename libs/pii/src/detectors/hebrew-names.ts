import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// A Jewish community's forms give each person a Hebrew name beside the civil one: "Hebräischer
// Name: Jehuda ben Mosche", "(Hebrew: Rivka bat Moshe v'Esther)", "Vater: Naum Zeitlin (hebr.
// Nachum)". The label says a name follows; "ben"/"bat" and the parents' names after it belong to
// it. Case matters: a name's words are capitalized, "ben" and "bat" are not.

const HEBREW_NAME =
  /(?<![\p{L}])(?:[Hh]ebrew(?:[ \u00a0][Nn]ame)?|[Hh]ebräisch(?:er[ \u00a0][Nn]ame)?|[Hh]ebr\.(?:[ \u00a0][Nn]ame)?)[ \u00a0]*:?[ \u00a0]*(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,2}(?:[ \u00a0](?:ben|bat|bar)[ \u00a0]\p{Lu}[\p{L}'’-]+(?:[ \u00a0](?:v'|ve-?)?\p{Lu}[\p{L}'’-]+){0,3})?)/gu;

export function detectHebrewNames(text: string, out: Span[]): void {
  if (!/hebr/i.test(text)) return;
  for (const match of text.matchAll(HEBREW_NAME)) {
    const start = match.index + match[0].length - match[1]!.length;
    out.push({
      type: EntityType.ENTITY_TYPE_PERSON,
      start,
      end: start + match[1]!.length,
      score: Score.context,
    });
  }
}
