import { type NameFinder, NameScore } from "./name-finder.js";
import { Word } from "./word-flags.js";

// Children listed with their ages, two or more in a row: "Paul 9 + Greta 6", "die Mädchen Hannah
// 5 and Marie 3", "Erion 3 Jahre und Elira 6 Jahre", "(Wout, 6 and Lander, 4)". A capitalized word
// with a number after it is as often a room or a platform ("Gleis 5 und Gleis 7"), so one of the
// two must be a given name the lexicon knows.

/** After the first name: its age, maybe "Jahre", then "+", "&", "and", "und" or a comma. */
const AGE_AND_JOINER_AT =
  /,?[ \u00a0]\(?(\d{1,2})(?!\d|[:.]\d)\)?(?:[ \u00a0](?:Jahre|J\.|years?|yrs?))?,?[ \u00a0]*(?:\+|&|and|und|,)[ \u00a0]*(?=\p{Lu})/uy;
/** After the second name: its age, and no time, date or month's name after it ("Thu 15 May"). */
const AGE_AT = /,?[ \u00a0]\(?(\d{1,2})(?!\d|[:.,/]\d|[ \u00a0]*(?:[A-Z][a-z]{2}|Uhr|h)\b)/y;
/** A digit right after the word, maybe after a comma or a bracket: the cheap test before the others. */
const DIGIT_NEXT = /^,?[ \u00a0]\(?\d/;
const MAX_CHILD_AGE = 19;
const NOT_A_CHILD = Word.notName | Word.company | Word.title | Word.trigger;
/**
 * "Wed 14 and Thu 15", "June 3 and June 5": days and months; "Phường 3, Quận 5": a Vietnamese
 * address's ward and district. None of them children.
 */
const NOT_A_CHILD_WORD =
  /^(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Apr(?:il)?|May|Mai|June?|Juni|July?|Juli|Aug(?:ust)?|Sep(?:t|tember)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|Dez(?:ember)?|Dec(?:ember)?|Phường|Quận|Huyện|Xã|Tổ|Ấp|Khu)$/;

/** True when token i may be a child's name: a capitalized word, no role, title or firm's word. */
function childName(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  return t.isCapitalized(i) && !f.has(i, NOT_A_CHILD) && !NOT_A_CHILD_WORD.test(t.words[i]!);
}

/** Read at each capitalized word with a digit right after it, so a mail costs a few sticky tests. */
export function byNamesWithAges(f: NameFinder): void {
  const t = f.tokens;
  const text = f.text;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!DIGIT_NEXT.test(t.after(i, 4))) continue;
    if (!childName(f, i)) continue;
    AGE_AND_JOINER_AT.lastIndex = t.ends[i]!;
    const first = AGE_AND_JOINER_AT.exec(text);
    if (first === null || Number(first[1]) > MAX_CHILD_AGE) continue;
    let k = i + 1;
    while (k < t.length && t.starts[k]! < AGE_AND_JOINER_AT.lastIndex) k++;
    if (k >= t.length || t.starts[k] !== AGE_AND_JOINER_AT.lastIndex || !childName(f, k)) continue;
    AGE_AT.lastIndex = t.ends[k]!;
    const second = AGE_AT.exec(text);
    if (second === null || Number(second[1]) > MAX_CHILD_AGE) continue;
    if (!f.firstName(i) && !f.firstName(k)) continue;
    if (!f.covered[i]) f.emit(i, i + 1, NameScore.list);
    if (!f.covered[k]) f.emit(k, k + 1, NameScore.list);
  }
}
