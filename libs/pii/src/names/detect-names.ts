import type { Span } from "../spans.js";
import type { Tokens } from "../tokens.js";
import { NameFinder } from "./name-finder.js";
import { byNamesWithAges, byPersonLines } from "./rules-ages.js";
import { byBirthAfterName } from "./rules-birth-rows.js";
import { byCardHolders } from "./rules-cards.js";
import { byGreeting, byLabel, byRole, bySalutation, byTitle } from "./rules-context.js";
import { byCorrections } from "./rules-corrections.js";
import { byFileNames } from "./rules-file-names.js";
import { byForms } from "./rules-forms.js";
import {
  byCoordinatedName,
  byFamilyLines,
  byFamilyOf,
  byLists,
  byNamePlates,
  byParents,
  byPluralFamily,
  byRepetition,
} from "./rules-lists.js";
import { byChatSpeakers, byQuoteHeaders, bySignoff } from "./rules-mail.js";
import { byRecordFields } from "./rules-records.js";
import { byFamilyWithGivenInBrackets, byLeaderRows, byRosterRows } from "./rules-rosters.js";
import { byClosingLine, byInitials, byIntroduction } from "./rules-shapes.js";
import { bySigns } from "./rules-signs.js";
import { byScriptTwins } from "./rules-twins.js";
import { byUsernames } from "./rules-usernames.js";
import { bySpellingVariants } from "./rules-variants.js";
import { Word } from "./word-flags.js";

/**
 * Finds person names. `hints` are lowercase name parts known for this mail or thread (header
 * display names, address local parts, names already in the thread's table); `otherScriptNames`
 * the names other-scripts.ts found, whose Latin twins stand beside them. Rules run from the
 * strongest context to the weakest; a token taken by one rule is not taken again.
 */
export function detectNames(
  text: string,
  tokens: Tokens,
  hints: ReadonlySet<string>,
  out: Span[],
  otherScriptNames: readonly Span[] = [],
): void {
  const finder = new NameFinder(text, hints, tokens);
  const t = finder.tokens;
  if (t.length === 0) return;
  const triggers: number[] = [];
  for (let i = 0; i < t.length; i++) if (finder.has(i, Word.trigger)) triggers.push(i);
  for (const i of triggers) bySalutation(finder, i);
  for (const i of triggers) {
    byTitle(finder, i);
    byLabel(finder, i);
  }
  byScriptTwins(finder, otherScriptNames);
  byQuoteHeaders(finder);
  byChatSpeakers(finder);
  for (const i of triggers) byGreeting(finder, i);
  bySignoff(finder);
  for (const i of triggers) byRole(finder, i);
  byInitials(finder);
  byIntroduction(finder);
  byClosingLine(finder);
  byLists(finder);
  byFamilyLines(finder);
  // Before the plates: "the Madsen/Holm engagement" finds Holm, and the pair rule then Madsen.
  byFamilyOf(finder);
  byParents(finder);
  byRosterRows(finder);
  byLeaderRows(finder);
  byFamilyWithGivenInBrackets(finder);
  byNamePlates(finder);
  byCoordinatedName(finder);
  byPluralFamily(finder);
  byNamesWithAges(finder);
  byPersonLines(finder);
  byBirthAfterName(finder);
  byRepetition(finder);
  bySpellingVariants(finder);
  byCorrections(finder);
  for (const span of finder.found) out.push(span);
  byForms(text, out);
  byCardHolders(text, out);
  byUsernames(text, hints, out);
  byFileNames(text, hints, out);
  byRecordFields(text, out);
  bySigns(text, out);
}
