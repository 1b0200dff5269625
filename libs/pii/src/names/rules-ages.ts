import { type NameFinder, NameScore } from "./name-finder.js";
import { CHILDREN } from "./rules-lists.js";
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

// People listed one a line, each with a number after the name. Children with their ages and a
// remark: "Freja 11 yrs, swims well" over "Malthe 9 yrs, only 200m", "- Sem, 13, zwemdiploma A+B",
// "Minh Anh 10 jahre seepferdchen", "* Tara, 6 – probably too young?": two such lines in a row at
// least, one of their names a given name the lexicon knows, and the mail speaking of children or a
// family just before. Or a family's sizes for a rental, "Chiara 45 J. 164/56 Schuh 38" over
// "Giulia 13 J. 155/42", "Ralf 44,5" over "Jonas 41", or a group's birth dates, "Ferrari Sara
// 02/02/1991" over "Esposito Luca 30/11/1989": two lines at least, every name a known one.

/**
 * After the name on its line: its age, maybe "Jahre", then a comma, a dash, a bracket, a word in
 * small letters or the line's end.
 */
const AGE_ON_LINE_AT =
  /,?[ \u00a0]+(\d{1,2})(?:[ \u00a0]?(?:Jahre|jahre|J\.|years?|yrs?\.?|år|jaar))?(?=[ \u00a0]*(?:[,;(–-]|\r?\n|$)|[ \u00a0]+\p{Ll})/uy;
/**
 * After the name on its line: a number that is no time or decimal ("44,5" is a shoe's size), or a
 * whole date ("Ferrari Sara 02/02/1991").
 */
const NUMBER_ON_LINE_AT =
  /,?[ \u00a0]+(?:\d{1,3}(?:,5)?(?![\d:/.]|,\d)|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}(?![\d./]))/y;
/** Children spoken of, or the family or group they come with. */
const CHILDREN_BEFORE = new RegExp(`${CHILDREN.source}|family|familie|participants|teilnehmer`, "i");

interface PersonLine {
  start: number;
  /** The name's end: a second given name may follow the first ("Minh Anh"). */
  end: number;
  lineEnd: number;
  /** A child's age follows the name, not only a number. */
  child: boolean;
}

/** Token i opens a line with a name and a number after it. */
function personLine(f: NameFinder, i: number): PersonLine | undefined {
  const t = f.tokens;
  if (!t.opensLine(i) || !childName(f, i)) return undefined;
  const end =
    i + 1 < t.length && t.joined(i + 1) && childName(f, i + 1) && !DIGIT_NEXT.test(t.after(i, 4))
      ? i + 2
      : i + 1;
  if (!DIGIT_NEXT.test(t.after(end - 1, 4))) return undefined;
  AGE_ON_LINE_AT.lastIndex = t.ends[end - 1]!;
  const age = AGE_ON_LINE_AT.exec(f.text);
  const child = age !== null && Number(age[1]) <= MAX_CHILD_AGE;
  NUMBER_ON_LINE_AT.lastIndex = t.ends[end - 1]!;
  if (!child && !NUMBER_ON_LINE_AT.test(f.text)) return undefined;
  const lineEnd = f.text.indexOf("\n", t.ends[end - 1]!);
  return { start: i, end, lineEnd: lineEnd === -1 ? f.text.length : lineEnd, child };
}

/** Read from the line breaks, so a mail costs a test per line. */
export function byPersonLines(f: NameFinder): void {
  const t = f.tokens;
  const text = f.text;
  let run: PersonLine[] = [];
  const known = ({ start, end }: PersonLine) => f.firstName(start) || f.firstName(end - 1);
  const flush = () => {
    const first = run[0];
    const children =
      first !== undefined &&
      run.every((line) => line.child) &&
      run.some(known) &&
      CHILDREN_BEFORE.test(text.slice(Math.max(0, t.starts[first.start]! - 300), t.starts[first.start]!));
    // A family's members differ: "Floor 12" over "Floor 14" lists an office's floors.
    const distinct = new Set(run.map(({ start }) => t.lowers[start])).size === run.length;
    if (run.length >= 2 && distinct && (children || run.every(known)))
      for (const { start, end } of run) if (!f.covered[start]) f.emit(start, end, NameScore.list);
    run = [];
  };
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    const i = t.firstAtOrAfter(at + 1);
    if (i >= t.length || text.lastIndexOf("\n", t.starts[i]! - 1) !== at) continue;
    const line = personLine(f, i);
    if (line === undefined) {
      flush();
      continue;
    }
    if (at !== run.at(-1)?.lineEnd) flush();
    run.push(line);
  }
  flush();
}
