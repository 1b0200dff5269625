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

// Children listed one a line with their ages, a remark after it: "Freja 11 yrs, swims well" over
// "Malthe 9 yrs, only 200m", "- Sem, 13, zwemdiploma A+B", "Minh Anh 10 jahre seepferdchen",
// "* Tara, 6 – probably too young?". Two such lines in a row at least, one of their names a given
// name the lexicon knows, and the mail speaking of children or a family just before.

/**
 * After the name on its line: its age, maybe "Jahre", then a comma, a dash, a bracket, a word in
 * small letters or the line's end.
 */
const AGE_ON_LINE_AT =
  /,?[ \u00a0]+(\d{1,2})(?:[ \u00a0]?(?:Jahre|jahre|J\.|years?|yrs?\.?|år|jaar))?(?=[ \u00a0]*(?:[,;(–-]|\r?\n|$)|[ \u00a0]+\p{Ll})/uy;
const CHILDREN_BEFORE =
  /kids?|child(?:ren)?|kinder?|sons?|daughters?|söhne|sohn|töchter|tochter|enkel|family|familie|participants|teilnehmer/i;

/** The name's end and its line's, when token i opens a line with a child's name and age. */
function childLine(f: NameFinder, i: number): { end: number; lineEnd: number } | undefined {
  const t = f.tokens;
  if (!t.opensLine(i) || !childName(f, i)) return undefined;
  // "Minh Anh 10 jahre": a second given name may follow the first.
  const end =
    i + 1 < t.length && t.joined(i + 1) && childName(f, i + 1) && !DIGIT_NEXT.test(t.after(i, 4))
      ? i + 2
      : i + 1;
  if (!DIGIT_NEXT.test(t.after(end - 1, 4))) return undefined;
  AGE_ON_LINE_AT.lastIndex = t.ends[end - 1]!;
  const age = AGE_ON_LINE_AT.exec(f.text);
  if (age === null || Number(age[1]) > MAX_CHILD_AGE) return undefined;
  const lineEnd = f.text.indexOf("\n", t.ends[end - 1]!);
  return { end, lineEnd: lineEnd === -1 ? f.text.length : lineEnd };
}

/** Read from the line breaks, so a mail costs a test per line. */
export function byChildLines(f: NameFinder): void {
  const t = f.tokens;
  const text = f.text;
  let run: { start: number; end: number }[] = [];
  let runLineEnd = -1;
  const flush = () => {
    const first = run[0];
    if (
      first !== undefined &&
      run.length >= 2 &&
      run.some(({ start, end }) => f.firstName(start) || f.firstName(end - 1)) &&
      CHILDREN_BEFORE.test(text.slice(Math.max(0, t.starts[first.start]! - 300), t.starts[first.start]!))
    )
      for (const { start, end } of run) if (!f.covered[start]) f.emit(start, end, NameScore.list);
    run = [];
  };
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    const i = t.firstAtOrAfter(at + 1);
    if (i >= t.length || text.lastIndexOf("\n", t.starts[i]! - 1) !== at) continue;
    const line = childLine(f, i);
    if (line === undefined) {
      flush();
      continue;
    }
    if (at !== runLineEnd) flush();
    run.push({ start: i, end: line.end });
    runLineEnd = line.lineEnd;
  }
  flush();
}
