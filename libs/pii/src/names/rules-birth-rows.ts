import { type NameFinder, NameScore } from "./name-finder.js";
import { Word } from "./word-flags.js";

// A list of travellers or members gives each a line: the name, then the birth date after its
// keyword ("Blessing Eze-Nwankwo – DOB 27.04.2006 – NGN passport …", "Kraus, Jonas, geb.
// 03.02.2011"). Whatever opens such a line, a word or a name the lexicon does not know, is the
// person the date belongs to.

/** A birth keyword: the lines that hold one are the only ones read. */
const BIRTH_WORD = /\bDOB\b|\bD\.O\.B|\bdob\b|\bgeb\.|\bborn\b|Geburtsdatum|date of birth/gi;
/** After the name: a dash, comma or bracket, then the keyword (after a colon it is a label's). */
const BIRTH_AFTER =
  /[ \t]*(?:[–—-]|,|\()[ \t]*(?:DOB|D\.O\.B\.?|dob|geb\.|born|Geburtsdatum|[Dd]ate of birth)(?![\p{L}])/uy;
const MAX_WORDS = 4;

export function byBirthAfterName(f: NameFinder): void {
  const text = f.text;
  const t = f.tokens;
  let lastLine = -1;
  for (const word of text.matchAll(BIRTH_WORD)) {
    const lineStart = text.lastIndexOf("\n", word.index) + 1;
    if (lineStart === lastLine) continue;
    lastLine = lineStart;
    const i = t.firstAtOrAfter(lineStart);
    if (i >= t.length || t.starts[i]! >= word.index) continue;
    if (f.covered[i] || !t.opensLine(i) || !f.nameLike(i) || f.has(i, Word.title | Word.trigger)) continue;
    let end = i + 1;
    while (end < t.length && end - i < MAX_WORDS && t.joined(end) && f.nameLike(end) && !f.covered[end])
      end++;
    // "Nachlasssache Anneliese Vogt, geb. …": a word before a name found already is no part of it.
    if (end < t.length && f.covered[end]) continue;
    // "Kraus, Jonas, geb. …": the given name after a comma.
    if (end - i === 1 && end < t.length && /^,[ \t]$/.test(t.gapBefore(end)) && f.firstName(end)) end++;
    BIRTH_AFTER.lastIndex = t.ends[end - 1]!;
    if (BIRTH_AFTER.test(text)) f.emit(i, end, NameScore.list);
  }
}
