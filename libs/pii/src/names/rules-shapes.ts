import { keywordHeads } from "../tokens.js";
import { looksLikeSurname } from "./lexicon.js";
import { INITIALS_OF_NO_ONE, type NameFinder, NameScore } from "./name-finder.js";
import { Word } from "./word-flags.js";

// Names that carry their own evidence rather than a trigger word: initials before a family name,
// a name introduced as one ("his name was Murugan", "geb. Ramsey"), and a given name alone on a
// mail's last line.

/** "z. B.", "u. a.", "d. h.": abbreviations whose last letter looks like an initial. */
const ABBREVIATION_BEFORE = /^[a-zäöü]$/;

/** "M. Sommer", "H. L. Pemberton", "an J. Brandauer", "K. Subramanian Iyer", "S. de Boer". */
export function byInitials(f: NameFinder): void {
  const t = f.tokens;
  let outline: Set<number> | undefined;
  const letters = () => (outline ??= outlineLetters(f.text));
  for (let i = 0; i < t.length; i++) {
    if (f.covered[i] || !t.isInitial(i)) continue;
    const previous = i - 1;
    if (previous >= 0 && t.dots[previous] && ABBREVIATION_BEFORE.test(t.words[previous]!)) continue;
    // "P.S. Kennwort: …": a postscript, not initials.
    if (
      (t.words[i] === "P" && t.words[i + 1] === "S" && t.isInitial(i + 1)) ||
      (t.words[i] === "S" && previous >= 0 && t.words[previous] === "P" && t.isInitial(previous))
    )
      continue;
    if (INITIALS_OF_NO_ONE.has(f.gluedInitials(i))) continue;
    // "Vitamin C. Danach", "Anlage B. Bitte": a capital letter that ends a noun phrase.
    if (
      previous >= 0 &&
      t.joined(i) &&
      t.isCapitalized(previous) &&
      !t.isInitial(previous) &&
      !f.has(previous, Word.title | Word.trigger)
    )
      continue;
    let j = i + 1;
    // "H. L. Pemberton", German double initials joined by a hyphen ("H.-J. Stöcklein") or none
    // at all ("J.P. van der Linden").
    while (j < t.length && (t.joined(j) || ["-", ""].includes(t.gapBefore(j))) && t.isInitial(j)) j++;
    // "S. de Boer", "A. van der Linde": lower-case particles before the family name.
    while (j + 1 < t.length && t.joined(j) && f.has(j, Word.particle) && !t.isCapitalized(j)) j++;
    if (j >= t.length || f.covered[j] || !t.joined(j) || !t.isCapitalized(j) || t.lowers[j]!.length < 2)
      continue;
    if (f.has(j, Word.company) || f.digitAfter(j)) continue;
    if (!f.nameLike(j)) continue;
    if (!f.known(j) && !looksLikeSurname(t.lowers[j]!) && outlineLetter(f, i, letters)) continue;
    f.emit(i, f.extendRight(i, j + 1), NameScore.context);
  }
}

const OUTLINE_LINE = /(?:^|\n)[ \t]*([A-Z])\.[ \t]/g;

/** Letters that open a line as "B. ": read once per mail, so many initials stay linear. */
function outlineLetters(text: string): Set<number> {
  const letters = new Set<number>();
  for (const match of text.matchAll(OUTLINE_LINE)) letters.add(match[1]!.charCodeAt(0));
  return letters;
}

/** "A. Allgemeines" above "B. Leistungen": a letter that numbers the lines of an outline. */
function outlineLetter(f: NameFinder, i: number, letters: () => Set<number>): boolean {
  const t = f.tokens;
  if (!t.opensLine(i)) return false;
  const code = t.words[i]!.toUpperCase().charCodeAt(0);
  return letters().has(code - 1) || letters().has(code + 1);
}

const COPULA = new Set(["is", "was", "ist", "war", "lautet", "lautete"]);
const NAME_WORDS = new Set(["name", "namen"]);
const ARTICLE_BEFORE_NAME = new Set(["der", "den", "dem", "the", "seinen", "ihren", "meinen", "deinen"]);

/**
 * "the pickup agent's name was Murugan", "Hope Köhler (geb. Ramsey, …)", "ein Herr namens Yıldız",
 * and a name with a birth aside after it ("Deniz (geb. 19.12.2018)").
 */
export function byIntroduction(f: NameFinder): void {
  const t = f.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!f.has(i, Word.introducer | Word.weakIntroducer | Word.nameNoun)) continue;
    let next = -1;
    if (f.has(i, Word.introducer)) next = i + 1;
    else if (f.has(i, Word.weakIntroducer) && f.known(i + 1)) next = i + 1;
    else if (f.has(i, Word.nameNoun) && i + 2 < t.length && COPULA.has(t.lowers[i + 1]!) && t.joined(i + 1))
      next = i + 2;
    // "Der Name Hänggi muss aufs Etikett", "auf den Namen Lindqvist"; in English only a name the
    // lexicon knows ("the name Okafor", not "the name Field" of a form).
    else if (
      NAME_WORDS.has(t.lowers[i]!) &&
      i > 0 &&
      ARTICLE_BEFORE_NAME.has(t.lowers[i - 1]!) &&
      t.joined(i) &&
      t.joined(i + 1) &&
      (t.lowers[i - 1] !== "the" || (f.known(i + 1) && !f.has(i + 1, Word.notName)))
    )
      next = i + 1;
    if (next === -1 || f.covered[next] || !t.joined(next, true) || !t.isCapitalized(next)) continue;
    if (!f.nameLike(next) && !f.known(next)) continue;
    f.emit(f.extendLeft(next), f.extendRight(next, next + 1), NameScore.context);
  }
  byBirthAside(f);
  byBookingName(f);
  byLowerCaseIntroduction(f);
  bySelfIntroduction(f);
  byCaseParties(f);
}

/** Between the parties of a lawsuit: "Oyelaran ./. Wohnbau Mainufer GmbH", "Lindqvist v Raman". */
const VERSUS_WORDS = new Set(["v", "vs", "versus"]);
const VERSUS_HEADS = keywordHeads("v|vs|versus");
const SPACE = /^[ \u00a0]+$/;
const SPACE_DOT = /^\.?[ \u00a0]+$/;

/**
 * A known family or given name on either side of "./." or " v " is a party, and so a person; a
 * firm there ("Wohnbau Mainufer GmbH") is left to the company check every name passes.
 */
function byCaseParties(f: NameFinder): void {
  const t = f.tokens;
  const party = (i: number, left: boolean): void => {
    if (i < 0 || i >= t.length || f.covered[i] || !t.isCapitalized(i) || !f.known(i)) return;
    if (f.has(i, Word.notName | Word.company | Word.title)) return;
    if (left) f.emit(f.extendLeft(i), i + 1, NameScore.context);
    else f.emit(i, f.extendRight(i, i + 1), NameScore.context);
  };
  if (f.text.includes("./."))
    for (let at = f.text.indexOf(" ./. "); at !== -1; at = f.text.indexOf(" ./. ", at + 1)) {
      const left = t.lastEndingBefore(at + 1);
      const right = t.firstAtOrAfter(at + 5);
      if (left < 0 || right >= t.length || t.ends[left] !== at || t.starts[right] !== at + 5) continue;
      party(left, true);
      party(right, false);
    }
  for (const i of t.withHead(VERSUS_HEADS)) {
    if (i < 1 || i + 1 >= t.length || !VERSUS_WORDS.has(t.words[i]!)) continue;
    // Words right at a single gap on both sides: "Lindqvist v Raman", not "Lindqvist, v Raman".
    if (!SPACE.test(t.gapBefore(i)) || !SPACE_DOT.test(t.gapBefore(i + 1))) continue;
    party(i - 1, true);
    party(i + 1, false);
  }
}

/** A greeting ("hi mate") or the line's start before "this is": the writer's own name comes next. */
const SELF_INTRODUCTION =
  /(?:^|\n|(?:hi|hey|hello|hallo|moin|servus|guten (?:tag|morgen|abend)|good (?:morning|afternoon|evening))(?:[ \t,!]+(?:mate|all|there|guys|folks|team))?[ \t,!]*)[ \t]*$/i;
const INTRODUCING = new Map([
  ["is", "this"],
  ["ist", "hier"],
  ["spricht", "hier"],
]);

/**
 * "hi this is Sione Taufa i rented …": two capitalized words after it, even when neither is known;
 * "hi mate its Dean from thursday", "hey it's Will from the garage": one word, and where from.
 */
function bySelfIntroduction(f: NameFinder): void {
  const t = f.tokens;
  for (let i = 2; i + 1 < t.length; i++) {
    const verb = i - 1;
    if (nameThenFrom(f, i)) {
      f.emit(i, i + 1, NameScore.context);
      continue;
    }
    if (INTRODUCING.get(t.lowers[verb]!) !== t.lowers[verb - 1] || !t.joined(verb)) continue;
    if (f.covered[i] || !t.isCapitalized(i) || !t.isCapitalized(i + 1) || !t.joined(i + 1)) continue;
    if (!f.nameLike(i) || !f.nameLike(i + 1)) continue;
    if (!SELF_INTRODUCTION.test(f.text.slice(Math.max(0, t.starts[verb - 1]! - 30), t.starts[verb - 1]!)))
      continue;
    f.emit(i, f.extendRight(i + 1, i + 2), NameScore.context);
  }
}

/** "its" or "it's" (read as "it", "s"), a greeting or the line's start before it, a name, then "from". */
function nameThenFrom(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  if (f.covered[i] || !t.isCapitalized(i) || t.lowers[i + 1] !== "from" || !t.joined(i + 1)) return false;
  const its =
    t.lowers[i - 1] === "its" ? i - 1 : t.lowers[i - 1] === "s" && t.lowers[i - 2] === "it" ? i - 2 : -1;
  if (its < 0 || !t.joined(i) || !(f.nameLike(i) || f.has(i, Word.ambiguousGiven))) return false;
  return SELF_INTRODUCTION.test(f.text.slice(Math.max(0, t.starts[its]! - 30), t.starts[its]!));
}

/** The words before it, and maybe a voicemail's "äh" or "um": "hier ist äh günter wilms". */
const LOWER_CASE_INTRODUCTION =
  /(?:hier ist|hier spricht|ich bin|mein name ist|it'?s|this is|my name is|i am|i'?m)(?:[ \u00a0,]+(?:äh|ähm|öhm|uh|um|erm))?[ \u00a0,]+$/i;

/** "hallo hier ist mehmet yildirim", "hi its oluwaseun adebayo": a mail written in lower case introduces its writer. */
function byLowerCaseIntroduction(f: NameFinder): void {
  const t = f.tokens;
  for (let i = 1; i < t.length; i++) {
    if (
      f.covered[i] ||
      t.isCapitalized(i) ||
      !f.has(i, Word.given) ||
      f.has(i, Word.ambiguousGiven | Word.notName)
    )
      continue;
    if (!LOWER_CASE_INTRODUCTION.test(f.text.slice(Math.max(0, t.starts[i]! - 24), t.starts[i]!))) continue;
    f.emit(i, f.extendLowerCase(i + 1), NameScore.context);
  }
}

/** "booking is under hart", "Tisch ist unter Kowalczyk reserviert": whose name a booking is kept under. */
const BOOKED_UNDER =
  /(?:book(?:ing|ed)?|reservation|reserved|table|tisch|reservierung|buchung|gebucht|reserviert)(?:[ \u00a0]+(?:is|was|ist|war|läuft))?[ \u00a0]+(?:under|unter)[ \u00a0]+$/i;

/** A name after "booked under" in any case, when the lexicon knows it; capitalized when it looks like one. */
function byBookingName(f: NameFinder): void {
  const t = f.tokens;
  if (!/under|unter/i.test(f.text)) return;
  for (let i = 1; i < t.length; i++) {
    if (f.covered[i] || f.has(i, Word.notName) || !t.joined(i, true)) continue;
    const capitalized = t.isCapitalized(i);
    if (capitalized ? !f.nameLike(i) && !f.known(i) : !f.known(i)) continue;
    if (!BOOKED_UNDER.test(f.text.slice(Math.max(0, t.starts[i]! - 32), t.starts[i]!))) continue;
    f.emit(i, capitalized ? f.extendRight(i, i + 1) : f.extendLowerCase(i + 1), NameScore.context);
  }
}

// A date must follow: "meine Mutter (geb. Wendtland)" names a birth name, not "Mutter".
const BIRTH_ASIDE =
  /[ \u00a0]*(?:\(|,[ \u00a0]*)(?:geb\.|geboren|born|b\.|\*)[ \u00a0]*(?:(?:am|on)[ \u00a0]+)?\d/g;

/** "Leyla (geb. 04.09.2015) und Deniz (geb. 19.12.2018)": a birth aside after a word makes it a name. */
function byBirthAside(f: NameFinder): void {
  const t = f.tokens;
  for (const aside of f.text.matchAll(BIRTH_ASIDE)) {
    const i = t.lastEndingBefore(aside.index + 1);
    if (i < 0 || f.covered[i] || t.ends[i]! + (t.dots[i] ? 1 : 0) !== aside.index) continue;
    if (!t.isCapitalized(i) || !(f.nameLike(i) || f.known(i))) continue;
    // "Jonas Wendt (Bruder, geb. 03.05.2001)": a role alone in the brackets names no one.
    if (!t.joined(i) && f.has(i, Word.trigger)) continue;
    f.emit(f.extendLeft(i), i + 1, NameScore.context);
  }
}

/** A callback number before the closing name, or after it: "rückruf 0176 22849917 Kaya", "Gemma 07825 330 947". */
const PHONE_BEFORE = /(?:\+|(?<!\d)0)\d[\d \t/-]{5,}\d[.,]?[ \t]*(?:\r?\n[ \t]*)?$/;
const PHONE_AFTER = /^[ \t]+(?:\+|0)\d[\d \t/-]{5,}\d[\s.]*$/;
/** Where a sentence ended before a name and its number: "Or can I collect? Gemma 07825 …". */
const SENTENCE_END = /[.?!,][ \t]+$/;

/**
 * "…\n\nthx,\ndave", "…\n\njules" or "– jamal": a given name alone on a mail's last line, in any case;
 * or a name after a callback number that ends the mail.
 */
export function byClosingLine(f: NameFinder): void {
  const t = f.tokens;
  const last = t.length - 1;
  if (last < 0 || f.covered[last]) return;
  const rest = f.text.slice(t.ends[last]!);
  if (PHONE_AFTER.test(rest)) {
    closingNameBeforePhone(f, last);
    return;
  }
  if (!/^[\s.!]*$/.test(rest)) return;
  let first = last;
  while (first > 0 && last - first < 2 && t.joined(first)) first--;
  // "…\n\njules", "thx,\ndave", "– jamal": the line opens with it, or a comma or dash stands before.
  const afterPhone = PHONE_BEFORE.test(t.gapBefore(first));
  // "… please close the gate after, the cat. Ellie": or it follows the last sentence on its line.
  if (
    !afterPhone &&
    !t.opensLine(first) &&
    !/(?:,|\n[ \u00a0]*[–—-])[ \u00a0]*$/.test(t.gapBefore(first)) &&
    !sentenceEndsBefore(f, first)
  )
    return;
  // After a number a known family name signs too: "…nicht gemeldet. 0162 3390512 Bauer".
  const signsAfterPhone = afterPhone && f.nameLike(first) && f.known(first);
  if (!f.has(first, Word.given) && !f.hints.has(t.lowers[first]!) && !signsAfterPhone) return;
  // "Cristina Dela Cruz": a particle may stand between the names.
  for (let i = first + 1; i <= last; i++)
    if (!t.isInitial(i) && !f.nameLike(i) && !f.known(i) && !(i < last && f.has(i, Word.particle))) return;
  f.emit(first, last + 1, NameScore.context);
}

/**
 * Whether a sentence ends right before token i; its full stop stays with its word ("the keys.
 * Gemma …"). An abbreviation's dot ("Dr. Gemma") passes too: the name after it is one all the same.
 */
function sentenceEndsBefore(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  return SENTENCE_END.test(t.gapBefore(i)) || (i > 0 && t.dots[i - 1]!);
}

/** "…collect? Gemma 07825 330 947": a known given name, after a sentence or opening its line. */
function closingNameBeforePhone(f: NameFinder, last: number): void {
  const t = f.tokens;
  const afterSentence = (i: number) => sentenceEndsBefore(f, i);
  let first = last;
  while (first > 0 && last - first < 2 && t.joined(first) && !afterSentence(first)) first--;
  if (!t.opensLine(first) && !afterSentence(first)) return;
  if (!f.has(first, Word.given) && !f.hints.has(t.lowers[first]!)) return;
  for (let i = first + 1; i <= last; i++) if (!f.nameLike(i)) return;
  f.emit(first, last + 1, NameScore.context);
}
