import { looksLikeSurname } from "./lexicon.js";
import { type NameFinder, NameScore } from "./name-finder.js";
import { Word } from "./word-flags.js";

/** Names from the given-name list and from hints (headers, thread), wherever they stand. */
export function byLists(f: NameFinder): void {
  const t = f.tokens;
  for (let i = 0; i < t.length; i++) {
    if (f.covered[i]) continue;
    if (!t.isCapitalized(i)) {
      if (lowerCaseListEntry(f, i)) f.emit(i, i + 2, NameScore.list);
      continue;
    }
    const hinted = f.hints.size > 0 && f.hints.has(t.lowers[i]!) && !f.has(i, Word.notName);
    if (f.has(i, Word.given) || hinted) {
      if (f.digitAfter(i)) continue;
      f.emit(f.extendLeft(i), f.extendRight(i, i + 1), NameScore.list, hinted);
    } else if (f.has(i, Word.ambiguousGiven) && pairedWithName(f, i)) {
      // "Jana und Till", "Tom & Grace": an ambiguous given name joined to a name found just before.
      f.emit(i, f.extendRight(i, i + 1), NameScore.list);
    } else if (
      f.has(i, Word.ambiguousGiven) &&
      i + 1 < t.length &&
      t.joined(i + 1) &&
      t.isCapitalized(i + 1)
    ) {
      // "Frank Weber" yes, "Mai Lieferung" no: an ambiguous given name needs a family name after it.
      const next = t.lowers[i + 1]!;
      if (!f.has(i + 1, Word.notName) && (looksLikeSurname(next) || f.hints.has(next))) {
        f.emit(i, f.extendRight(i, i + 1), NameScore.list);
      }
    }
  }
}

/** Token i follows "und", "and" or "&" right after a given name already found. */
function pairedWithName(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  // "&" is no token: "Tom & Grace" joins the two names by the gap itself.
  if (f.ampersandBefore(i)) return f.covered[i - 1] === 1 && f.firstName(i - 1);
  const joiner = t.lowers[i - 1];
  if (i < 2 || !t.joined(i) || (joiner !== "und" && joiner !== "and")) return false;
  return t.joined(i - 1) && f.covered[i - 2] === 1 && f.firstName(i - 2);
}

/** "- jana petersen": a line of a list that holds a known given name and one more word, in lower case. */
function lowerCaseListEntry(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  if (!f.has(i, Word.given) || f.has(i, Word.ambiguousGiven | Word.notName) || !t.opensLine(i)) return false;
  const next = i + 1;
  if (next >= t.length || !t.joined(next) || t.isCapitalized(next) || f.has(next, Word.notName)) return false;
  const lineEnd = t.ends[next]!;
  return /^[ \t]*(?:\r?\n|$)/.test(f.text.slice(lineEnd, lineEnd + 2));
}

const NOT_PLATE_NAME = Word.notName | Word.company | Word.given | Word.title;
/** Family names that are colours too: "Farbe (Weiß)", "cover (Black)" name a variant, not a person. */
const COLOUR = /^(?:weiß|weiss|schwarz|braun|grau|grün|gruen|roth|white|black|brown|grey|gray|green)$/;

/**
 * Family names that stand alone where a house puts them: in brackets after a flat ("Whg 3.2
 * (Kowalski)", "the previous tenant (Sørensen)") and paired on a doorbell ("Adeyemi / Brandt").
 * Only known family names (or the thread's own), never a word, a firm or a given name alone.
 */
export function byNamePlates(f: NameFinder): void {
  const t = f.tokens;
  const text = f.text;
  const familyName = (i: number) =>
    t.isCapitalized(i) &&
    !f.has(i, NOT_PLATE_NAME) &&
    !COLOUR.test(t.lowers[i]!) &&
    (f.has(i, Word.surname) || f.hints.has(t.lowers[i]!));
  for (let i = 0; i < t.length; i++) {
    // Cheap shape first: "(" right before and ")" right after, or a slash right after.
    const end = t.ends[i]!;
    const bracketed = text.charCodeAt(t.starts[i]! - 1) === 40 && text.charCodeAt(end) === 41;
    const slashed =
      i + 1 < t.length &&
      (text.charCodeAt(end) === 47 ||
        (/[ \u00a0]/.test(text[end] ?? "") && text.charCodeAt(end + 1) === 47)) &&
      /^[ \u00a0]?\/[ \u00a0]?$/.test(t.gapBefore(i + 1));
    if ((!bracketed && !slashed) || f.covered[i] || !familyName(i)) continue;
    if (bracketed) f.emit(i, i + 1, NameScore.list);
    else if (familyName(i + 1)) {
      f.emit(i, i + 1, NameScore.list);
      if (!f.covered[i + 1]) f.emit(i + 1, i + 2, NameScore.list);
    }
  }
}

/** Once a name is found anywhere in the mail, its parts are names everywhere in it. */
export function byRepetition(f: NameFinder): void {
  const t = f.tokens;
  const parts = new Set<string>();
  for (const span of f.found) {
    for (let i = t.firstAtOrAfter(span.start); i < t.length && t.starts[i]! < span.end; i++) {
      const lower = t.lowers[i]!;
      if (lower.length >= 2 && !f.has(i, Word.particle | Word.notName | Word.ambiguousGiven))
        parts.add(lower);
    }
  }
  if (parts.size === 0) return;
  for (let i = 0; i < t.length; i++) {
    // A given name found once is a name again in lower case ("mehmet ist vegetarier").
    if (f.covered[i] || !f.nameCased(i) || !parts.has(t.lowers[i]!)) continue;
    f.emit(f.extendLeft(i), f.extendRight(i, i + 1), NameScore.repeated, true);
  }
}
