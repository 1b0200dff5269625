import { partitionPoint } from "../sorted.js";
import { type NameFinder, NameScore } from "./name-finder.js";
import { Word } from "./word-flags.js";

// Children listed with their ages, two or more in a row: "Paul 9 + Greta 6", "die Mädchen Hannah
// 5 and Marie 3", "Erion 3 Jahre und Elira 6 Jahre", "(Wout, 6 and Lander, 4)". A capitalized word
// with a number after it is as often a room or a platform ("Gleis 5 und Gleis 7"), so one of the
// two must be a given name the lexicon knows.

const NAME_AGE_PAIR =
  /(?<![\p{L}\d])(\p{Lu}[\p{Ll}\p{M}]+),?[ \u00a0]\(?(\d{1,2})(?!\d|[:.]\d)\)?(?:[ \u00a0](?:Jahre|J\.|years?|yrs?))?,?[ \u00a0]*(?:\+|&|and|und|,)[ \u00a0]*(\p{Lu}[\p{Ll}\p{M}]+),?[ \u00a0]\(?(\d{1,2})(?!\d|[:.,/]\d|[ \u00a0]*(?:[A-Z][a-z]{2}|Uhr|h)\b)\)?/gu;
/**
 * "Wed 14 and Thu 15", "June 3 and June 5": days and months; "Phường 3, Quận 5": a Vietnamese
 * address's ward and district. None of them children.
 */
const NOT_A_CHILD_WORD =
  /^(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Apr(?:il)?|May|Mai|June?|Juni|July?|Juli|Aug(?:ust)?|Sep(?:t|tember)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|Dez(?:ember)?|Dec(?:ember)?|Phường|Quận|Huyện|Xã|Tổ|Ấp|Khu)$/;
const MAX_CHILD_AGE = 19;
const NOT_A_CHILD = Word.notName | Word.company | Word.title | Word.trigger;

export function byNamesWithAges(f: NameFinder): void {
  const t = f.tokens;
  for (const pair of f.text.matchAll(NAME_AGE_PAIR)) {
    const [, first, firstAge, second, secondAge] = pair as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (Number(firstAge) > MAX_CHILD_AGE || Number(secondAge) > MAX_CHILD_AGE) continue;
    if (NOT_A_CHILD_WORD.test(first) || NOT_A_CHILD_WORD.test(second)) continue;
    const at = (offset: number) => {
      const i = partitionPoint(t.length, (k) => t.starts[k]! < offset);
      return t.starts[i] === offset ? i : -1;
    };
    const i = at(pair.index);
    const k = at(pair.index + pair[0].lastIndexOf(second));
    if (i === -1 || k === -1 || f.has(i, NOT_A_CHILD) || f.has(k, NOT_A_CHILD)) continue;
    if (!f.firstName(i) && !f.firstName(k)) continue;
    if (!f.covered[i]) f.emit(i, i + 1, NameScore.list);
    if (!f.covered[k]) f.emit(k, k + 1, NameScore.list);
  }
}
