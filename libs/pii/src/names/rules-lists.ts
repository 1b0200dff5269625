import { looksLikeSurname } from "./lexicon.js";
import { type NameFinder, NameScore, nameSpan, SHOP_WORD } from "./name-finder.js";
import { flagsOf, markless, Word } from "./word-flags.js";

/** Names from the given-name list and from hints (headers, thread), wherever they stand. */
export function byLists(f: NameFinder): void {
  const t = f.tokens;
  for (let i = 0; i < t.length; i++) {
    if (f.covered[i]) continue;
    if (!t.isCapitalized(i)) {
      if (lowerCaseListEntry(f, i)) f.emit(i, i + 2, NameScore.list);
      continue;
    }
    const hinted =
      f.hints.size > 0 && f.hints.has(t.lowers[i]!) && !f.has(i, Word.notName) && !f.wordAgain(i);
    if (f.has(i, Word.given) || hinted) {
      if (
        f.digitAfter(i) &&
        !childWithAge(f, i) &&
        !SCHOOL_CLASS_AFTER.test(t.after(i, 8)) &&
        !FULL_DATE_AFTER.test(t.after(i, 14)) &&
        !SHIFT_AFTER.test(t.after(i, 16))
      )
        continue;
      f.emit(f.extendLeft(i), f.extendRight(i, i + 1), NameScore.list, hinted);
    } else if (
      f.has(i, Word.ambiguousGiven) &&
      (pairedWithName(f, i) || pairedBeforeName(f, i) || betweenListedNames(f, i))
    ) {
      // "Jana und Till", "Tom & Grace": an ambiguous given name joined to a name found just before;
      // "(Deniz und Selin)": or to a known given name after it; "Emre, Kai, Tobias": or listed
      // between two.
      f.emit(i, f.extendRight(i, i + 1), NameScore.list);
    } else if (
      f.has(i, Word.ambiguousGiven) &&
      (childWithAge(f, i, CHILD_AGE_IN_BRACKETS) || (childWithAge(f, i) && inBracketedAges(f, i)))
    ) {
      // "unsere Kinder Elif (9), Deniz (5)", "Kids: Tobi (born …) and Ada (08/03/2018)", "unsere
      // Jungs (Can 6, Deniz 9)".
      f.emit(i, i + 1, NameScore.list);
    } else if (
      f.has(i, Word.ambiguousGiven) &&
      !t.isUpperCase(i) &&
      AND_I_AFTER.test(t.after(i, 10)) &&
      !PREPOSITION_BEFORE.test(f.text.slice(Math.max(0, t.starts[i]! - 8), t.starts[i]!))
    ) {
      // "because Rob and I will be away", "weil Frank und ich …": only a person goes with "I"
      // ("in May and I hope …", "on 9 June and I need …", "in German and I …" join two clauses).
      f.emit(i, i + 1, NameScore.list);
    } else if (!f.has(i, NOT_LISTED_NAME) && !t.isUpperCase(i) && listedWithGivenNames(f, i)) {
      // "die Enkel Sven und Janine", "father of Nilesh, Hetal and Bhavesh": a word the lexicon
      // does not know, in a list of given names.
      f.emit(i, i + 1, NameScore.list);
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

const PREPOSITION_BEFORE =
  /(?:(?<![\p{L}])(?:in|im|on|at|by|from|since|until|till|to|into|of|seit|bis|ab|auf|am|an|um|vor|nach|zu)|\d\.?)[ \u00a0]+$/iu;
const AND_I_AFTER = /^[ \u00a0]+(?:and|und|&)[ \u00a0]+(?:I|ich)(?![\p{L}'’])/u;

/** "Thomas 17.08.1961": a person's birth date after the name. */
const FULL_DATE_AFTER = /^[ \u00a0]\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)/;

/** "Dragan 09-17, Lea 12-21": a shift's hours after the name, in a rota. */
const SHIFT_AFTER =
  /^[ \u00a0](?:[01]?\d|2[0-4])(?::[0-5]\d)?[ \u00a0]?[-–][ \u00a0]?(?:[01]?\d|2[0-4])(?::[0-5]\d)?(?![\d.:]|[ \u00a0]?(?:j\b|jahr|years|yrs|%))/i;

/** "Finn 1c / Clara 3a": a child's class after the name, the end of a list item after it. */
const SCHOOL_CLASS_AFTER = /^[ \u00a0]\d{1,2}[a-h](?=[ \u00a0]*(?:[,;/+)]|und\b|and\b|&|\r?\n|$))/;

/** A list line's family name, then its separator: "- Schwarz: ", "Hartmann – ". */
const FAMILY_SEPARATOR = /^(?::|[ \u00a0]+[–-])[ \u00a0]+$/;
const NOT_FAMILY_LABEL =
  Word.notName | Word.title | Word.trigger | Word.company | Word.given | Word.ambiguousGiven;

/**
 * "- Schwarz: Ida (1a) + Paul (4c)", "Hartmann – Finn 1c / Clara 3a": a family's line in a list,
 * a known family name first, then the children's given names, two or more, found before.
 */
export function byFamilyLines(f: NameFinder): void {
  const t = f.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (f.covered[i] || !t.opensLine(i) || !t.isCapitalized(i) || t.isUpperCase(i)) continue;
    // "Mitfahrer: Emre, Noah", "Passengers: Burak …": a label too, unless a known family name.
    if (!f.has(i, Word.surname) || f.has(i, NOT_FAMILY_LABEL)) continue;
    if (!FAMILY_SEPARATOR.test(t.gapBefore(i + 1))) continue;
    if (f.covered[i + 1] !== 1 || !f.firstName(i + 1)) continue;
    const lineEnd = f.text.indexOf("\n", t.starts[i]!);
    let names = 0;
    for (let k = i + 1; k < t.length && (lineEnd === -1 || t.starts[k]! < lineEnd); k++)
      if (f.covered[k] === 1 && f.firstName(k) && (k === i + 1 || !t.joined(k))) names++;
    if (names >= 2) f.emit(i, i + 1, NameScore.list);
  }
}

/** Token i follows "und", "and" or "&" right after a given name already found, or its age in brackets. */
function pairedWithName(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  // "&" is no token: "Tom & Grace" joins the two names by the gap itself.
  if (f.ampersandBefore(i)) return f.covered[i - 1] === 1 && f.firstName(i - 1);
  const joiner = t.lowers[i - 1];
  if (i < 2 || !t.joined(i) || (joiner !== "und" && joiner !== "and")) return false;
  if (t.joined(i - 1)) return f.covered[i - 2] === 1 && f.firstName(i - 2);
  // "Leonie (9) und Maxim (6)": children listed with their ages.
  const name = /^\d+$/.test(t.lowers[i - 2]!) ? i - 3 : i - 2;
  return (
    name >= 0 &&
    AGE_IN_BRACKETS.test(f.text.slice(t.ends[name]!, t.starts[i - 1]!)) &&
    f.covered[name] === 1 &&
    f.firstName(name)
  );
}

const AGE_IN_BRACKETS = /^[ \u00a0]\(\d{1,2}\)[ \u00a0]$/;

/** Token i, then "und", "and" or "&", then a given name the lexicon knows as nothing else. */
function pairedBeforeName(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  // "Deniz & Selin": the ampersand is no token of its own.
  if (i + 1 < t.length && AMPERSAND_GAP.test(t.gapBefore(i + 1))) return knownGivenAt(f, i + 1);
  const joiner = t.lowers[i + 1];
  if (i + 2 >= t.length || (joiner !== "und" && joiner !== "and") || !t.joined(i + 1) || !t.joined(i + 2))
    return false;
  return knownGivenAt(f, i + 2);
}

const AMPERSAND_GAP = /^[ \u00a0]&[ \u00a0]$/;

/** Token i between commas, a given name found just before it and a known given name after it. */
function betweenListedNames(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  if (i < 1 || i + 1 >= t.length) return false;
  if (!LIST_COMMA.test(t.gapBefore(i)) || !LIST_COMMA.test(t.gapBefore(i + 1))) return false;
  return f.covered[i - 1] === 1 && f.firstName(i - 1) && knownGivenAt(f, i + 1);
}

function knownGivenAt(f: NameFinder, i: number): boolean {
  return f.tokens.isCapitalized(i) && f.has(i, Word.given) && !f.has(i, Word.ambiguousGiven | Word.notName);
}

const NOT_LISTED_NAME =
  Word.notName | Word.company | Word.title | Word.trigger | Word.particle | Word.ambiguousGiven;
const LIST_COMMA = /^,[ \u00a0]$/;

/**
 * Token i stands in a list of given names: after "und" or "and" that follows one found just
 * before, or after a comma that does, with "und", "and" or a comma and a known given name after it.
 */
function listedWithGivenNames(f: NameFinder, i: number): boolean {
  // "Fraser & Dunlop", "Lee & Luv": an ampersand joins the names of a firm.
  if (f.ampersandBefore(i)) return false;
  if (pairedWithName(f, i)) return true;
  const t = f.tokens;
  if (i < 1 || i + 2 >= t.length || !LIST_COMMA.test(t.gapBefore(i))) return false;
  if (f.covered[i - 1] !== 1 || !f.firstName(i - 1)) return false;
  const joiner = t.lowers[i + 1];
  const andThen = (joiner === "und" || joiner === "and") && t.joined(i + 1) && t.joined(i + 2);
  const next = LIST_COMMA.test(t.gapBefore(i + 1)) ? i + 1 : andThen ? i + 2 : -1;
  return next !== -1 && f.has(next, Word.given) && !f.has(next, Word.notName);
}

/** "Kofi 9, Ama 5)", "Paul 8 J., Frieda 5 J.": an age after a name, the end of a list item after it. */
const AGE_AFTER =
  /^[ \u00a0]\d{1,2}(?:[ \u00a0]?(?:J\.|Jahre|yrs?\.?|years?|y\.o\.|months?|Monate))?(?=[ \u00a0]*(?:[,;)]|und\b|and\b|&|\r?\n|$))/;
/** An age or a birth date in brackets: "(5)", "(5 J.)", "(08/03/2018)", "(geb. 3.2.2021)". */
const CHILD_AGE_IN_BRACKETS =
  /^[ \u00a0]?\((?:\d{1,2}(?:[ \u00a0]?(?:J\.|Jahre|yrs?\.?|years?))?|(?:geb\.|born|b\.)?[ \u00a0]?\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2})\)/;
/** Children spoken of, in the line before the list. */
export const CHILDREN =
  /kids?|child(?:ren)?|kinder?|sons?|daughters?|söhne|sohn|töchter|tochter|enkel|grandchildren|jungs|boys|girls/i;

/** Names with ages in brackets, this one first or after others: "(Can 6, Deniz 9)". */
const BRACKETED_AGES_BEFORE = /\((?:[\p{L}'’-]+[ \u00a0]\d{1,2},[ \u00a0]*)*$/u;

function inBracketedAges(f: NameFinder, i: number): boolean {
  const start = f.tokens.starts[i]!;
  return BRACKETED_AGES_BEFORE.test(f.text.slice(Math.max(0, start - 60), start));
}

/** A given name with a child's age after it, in a line that speaks of children. */
function childWithAge(f: NameFinder, i: number, age = AGE_AFTER): boolean {
  const t = f.tokens;
  if (!age.test(t.after(i, 16))) return false;
  const lineStart = f.text.lastIndexOf("\n", t.starts[i]! - 1) + 1;
  return CHILDREN.test(f.text.slice(Math.max(lineStart, t.starts[i]! - 80), t.starts[i]!));
}

/**
 * "- jana petersen": a line of a list that holds a known given name and one more word, in lower
 * case; or a known given name and a known family name anywhere ("its me jocelyn ramos").
 */
function lowerCaseListEntry(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  if (!f.has(i, Word.given) || f.has(i, Word.ambiguousGiven | Word.notName)) return false;
  const next = i + 1;
  if (next >= t.length || !t.joined(next) || t.isCapitalized(next) || f.has(next, Word.notName)) return false;
  // "Its me jocelyn ramos, dob …": anywhere, when the word after is a known family name.
  if (f.has(next, Word.surname) && !f.has(next, Word.given)) return true;
  if (!t.opensLine(i)) return false;
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
    i >= 0 &&
    i < t.length &&
    t.isCapitalized(i) &&
    !f.has(i, NOT_PLATE_NAME) &&
    !COLOUR.test(t.lowers[i]!) &&
    (f.has(i, Word.surname) || f.hints.has(t.lowers[i]!));
  const emitOnce = (i: number) => {
    if (!f.covered[i]) f.emit(i, i + 1, NameScore.list);
  };
  // Read from the brackets and slashes, which are few, not from every token.
  for (let at = text.indexOf("("); at !== -1; at = text.indexOf("(", at + 1)) {
    const i = t.firstAtOrAfter(at + 1);
    if (i >= t.length || t.starts[i] !== at + 1) continue;
    if (text.charCodeAt(t.ends[i]!) === 41 && familyName(i)) emitOnce(i);
    // "Whg. 2.3 (Bianchi, Lorenzo)": a tenant's family name, then a given name the lexicon knows.
    else if (
      i + 1 < t.length &&
      t.gapBefore(i + 1) === ", " &&
      text.charCodeAt(t.ends[i + 1]!) === 41 &&
      t.isCapitalized(i) &&
      t.isCapitalized(i + 1) &&
      !f.has(i, NOT_PLATE_NAME) &&
      f.has(i + 1, Word.given) &&
      !f.has(i + 1, Word.notName) &&
      !f.covered[i]
    )
      f.emit(i, i + 2, NameScore.list);
  }
  // A couple's names, "Yılmaz/Becker", "Sharma–Iyer": two known family names, or, in a mail about
  // a family or its occasion, one found already and a capitalized word that is no word, firm or
  // colour beside it ("Hausmeister / Caretaker" in a signature is neither).
  const couples = aboutFamilies(f);
  const plain = (i: number) =>
    t.isCapitalized(i) && !f.has(i, NOT_PLATE_NAME) && !COLOUR.test(t.lowers[i]!) && !f.digitAfter(i);
  for (const mark of ["/", "–"])
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
      const after = t.firstAtOrAfter(at + 1);
      const before = after - 1;
      if (before < 0 || after >= t.length || !PAIR_GAP.test(t.gapBefore(after))) continue;
      const known = familyName(before) && familyName(after);
      const besideFound =
        couples && ((f.covered[before] === 1 && plain(after)) || (f.covered[after] === 1 && plain(before)));
      if (known || besideFound) {
        // "Osei / Hartmann" when "Osei" was found before: the second name still counts.
        emitOnce(before);
        emitOnce(after);
      }
    }
}

/** "Osei / Hartmann", "Yılmaz/Becker", "Sharma–Iyer"; a dash with spaces is a list's ("Kofi Asante – Deluxe King"). */
const PAIR_GAP = /^(?:[ \u00a0]?\/[ \u00a0]?|–)$/;

const NOT_FAMILY = new Set([
  "royal",
  "holy",
  "first",
  "whole",
  "entire",
  "extended",
  "host",
  "each",
  "every",
  "any",
  "one",
  "this",
  "that",
  "which",
  "another",
]);

/** Words before "X family" that leave X a name: "the Osei family", "our host Brennan family". */
const BEFORE_FAMILY = new Set(["the", "our", "my", "your", "their", "with", "to", "at", "host"]);

/** Whether the mail speaks of a family, its occasion or its bell; read once per mail from its words. */
function aboutFamilies(f: NameFinder): boolean {
  if (f.familyWords === undefined) {
    const t = f.tokens;
    f.familyWords = false;
    for (let i = 0; i < t.length; i++) {
      const lower = t.lowers[i]!;
      if (lower.startsWith("famil") || lower.endsWith("familie") || OCCASIONS.has(lower)) {
        f.familyWords = true;
        break;
      }
    }
  }
  return f.familyWords;
}
/** A household or its occasion after the family name: "the Osei family", "the Sharma wedding". */
const FAMILY_NOUNS = new Set(["family", "families", "wedding", "engagement", "funeral", "christening"]);
const COORDINATORS = new Set(["und", "and", "oder", "or", "sowie"]);
const NOT_COORDINATED = Word.notName | Word.company | Word.title | Word.trigger;

/**
 * "Pat. Schütte und Aksoy", "Herr Brandt und Kowalski": a known family name joined to a name found
 * before it by "und" or "and" is a second person's. Only a family name the lexicon knows: "Frau
 * Weber und Tochter" joins a word; and not after "&", which joins a firm's partners.
 */
export function byCoordinatedName(f: NameFinder): void {
  const t = f.tokens;
  for (let k = 1; k < t.length; k++) {
    if (f.covered[k] || !t.isCapitalized(k) || !f.has(k, Word.surname) || f.has(k, NOT_COORDINATED)) continue;
    if (k < 2 || !COORDINATORS.has(t.words[k - 1]!) || !t.joined(k - 1) || !t.joined(k) || !f.covered[k - 2])
      continue;
    f.emit(k, f.extendRight(k, k + 1), NameScore.list);
  }
}

/** Words after a family in the plural: a verb, a preposition or "and", not what it names. */
const AFTER_A_FAMILY = new Set(
  "are were have had has from and in at on of who next moved live lived said say will would bought sold own owned still also".split(
    " ",
  ),
);

/**
 * "new owners are the Whitakers", "the Pillais from Kottayam": a family in the plural, a known
 * family name with an "s" after "the". The whole word is masked: the family's name is in it.
 */
export function byPluralFamily(f: NameFinder): void {
  const t = f.tokens;
  for (let i = 1; i < t.length; i++) {
    const lower = t.lowers[i]!;
    if (lower.length < 5 || lower.charCodeAt(lower.length - 1) !== 115 || f.covered[i]) continue;
    if (t.lowers[i - 1] !== "the" || !t.joined(i) || !t.isCapitalized(i) || f.has(i, NOT_COORDINATED))
      continue;
    const stem = flagsOf(lower.slice(0, -1));
    if ((stem & Word.surname) === 0 || (stem & NOT_COORDINATED) !== 0) continue;
    // "the Lloyds account", "the Ferris wheel": a word in lower case after it is what it names.
    const next =
      i + 1 < t.length && t.joined(i + 1) && !t.isCapitalized(i + 1) ? t.lowers[i + 1]! : undefined;
    if (next === undefined || AFTER_A_FAMILY.has(next)) f.emit(i, i + 1, NameScore.list);
  }
}

/** German occasions before the family name: "zur Hochzeit Yılmaz", "die Trauerfeier Hansen". */
const OCCASION_BEFORE = new Set(["hochzeit", "trauerfeier", "beerdigung", "taufe", "verlobung"]);
/** Words of a house's name plates: a pair of names at the bell is a household too. */
const PLATE_WORDS = [
  "bell",
  "doorbell",
  "klingel",
  "klingelschild",
  "briefkasten",
  "türschild",
  "namensschild",
];
const OCCASIONS = new Set([...FAMILY_NOUNS, ...OCCASION_BEFORE, ...PLATE_WORDS]);

/** Words after which "family" and a name are a family's: "host family Berger", "au pair in family Roth". */
const FAMILY_OPENERS = new Set(["host", "in", "with", "bei", "at"]);

/**
 * "the Osei family's refurbishment", "host: Brennan family", "→ family Schwarz": a family's name,
 * as German "Familie Osei" is by its trigger.
 */
export function byFamilyOf(f: NameFinder): void {
  const t = f.tokens;
  if (!aboutFamilies(f)) return;
  const nameAt = (i: number) =>
    !f.covered[i] && t.isCapitalized(i) && !f.has(i, Word.notName | Word.company | Word.title);
  for (let i = 0; i + 1 < t.length; i++) {
    const lower = t.lowers[i]!;
    const next = t.lowers[i + 1]!;
    // "family Schwarz" at the start of a list item or after "host" or "in", not "the Family Day".
    const opens = i === 0 || !t.joined(i) || FAMILY_OPENERS.has(t.lowers[i - 1]!);
    if (lower === "family" && !t.isCapitalized(i) && opens && t.joined(i + 1)) {
      if (nameAt(i + 1) && !NOT_FAMILY.has(next)) f.emit(i + 1, i + 2, NameScore.list);
      continue;
    }
    // "Gastfamilie Gruber", "Pflegefamilie Kaya": a compound's family is named as "Familie" is.
    if (lower.length > 7 && lower.endsWith("familie") && t.joined(i + 1) && nameAt(i + 1)) {
      if (!NOT_FAMILY.has(next)) f.emit(i + 1, f.extendRight(i + 1, i + 2), NameScore.list);
      continue;
    }
    if (OCCASION_BEFORE.has(lower) && t.isCapitalized(i) && t.joined(i + 1) && nameAt(i + 1)) {
      f.emit(i + 1, i + 2, NameScore.list);
      continue;
    }
    if (i === 0 || !FAMILY_NOUNS.has(next)) continue;
    // "the Premium Family plan" is a product, "the Royal family" no one's name.
    const opened = BEFORE_FAMILY.has(t.lowers[i - 1]!) || !t.joined(i);
    if (t.isCapitalized(i + 1) || !opened || NOT_FAMILY.has(lower)) continue;
    if (t.joined(i + 1) && nameAt(i)) f.emit(i, i + 1, NameScore.list);
  }
}

/** A child's parents, as daycare notes and school lists name children: "Mama von Bubu", "Ishaan's dad". */
const PARENTS = new Set(
  "mama papa mami papi mutter vater oma opa eltern mum mom dad mother father parents grandma grandpa".split(
    " ",
  ),
);
const PARENT_OF = new Set(["von", "vom", "of"]);
const POSSESSIVE = /^['’]s[ \u00a0]+$/;

/** "Mama von Bubu", "parents of Kaya", "Ishaan's dad", "Emirs Mama": a child named by its parent. */
export function byParents(f: NameFinder): void {
  const t = f.tokens;
  const child = (k: number) => t.isCapitalized(k) && !f.has(k, Word.notName | Word.company | Word.title);
  for (let i = 1; i < t.length; i++) {
    if (!PARENTS.has(t.lowers[i]!)) continue;
    const k = i + 2;
    if (k < t.length && PARENT_OF.has(t.lowers[i + 1]!) && t.joined(i + 1) && t.joined(k) && child(k))
      f.emit(k, k + 1, NameScore.context);
    if (!child(i - 1) || f.covered[i - 1]) continue;
    if (POSSESSIVE.test(t.gapBefore(i))) f.emit(i - 1, i, NameScore.context);
    else if (t.joined(i) && genitiveOfGiven(t.lowers[i - 1]!)) {
      // German writes the genitive's "s" onto the name ("Emirs Mama"): the name is the word without it.
      f.found.push(nameSpan(t.starts[i - 1]!, t.ends[i - 1]! - 1));
      f.covered[i - 1] = 1;
    }
  }
}

/** "emirs", "alis": a known given name with a genitive's "s". */
function genitiveOfGiven(lower: string): boolean {
  return lower.length > 3 && lower.endsWith("s") && (flagsOf(lower.slice(0, -1)) & Word.given) !== 0;
}

/** A word of ASCII letters only has no marks to drop: most words, and no call to markless. */
const ASCII_WORD = /^[ -~]*$/;

/** Once a name is found anywhere in the mail, its parts are names everywhere in it. */
export function byRepetition(f: NameFinder): void {
  const t = f.tokens;
  const parts = new Set<string>();
  // Family names: the last word of a name of two words or more.
  const families = new Set<string>();
  for (const span of f.found) {
    let last = -1;
    let count = 0;
    for (let i = t.firstAtOrAfter(span.start); i < t.length && t.starts[i]! < span.end; i++) {
      const lower = t.lowers[i]!;
      count++;
      last = i;
      if (lower.length >= 2 && !f.has(i, Word.particle | Word.notName | Word.ambiguousGiven)) {
        parts.add(lower);
        // "Wiśniewski" found, "Wisniewski" as a form wrote it.
        if (!ASCII_WORD.test(lower)) parts.add(markless(lower));
      }
    }
    if (count >= 2 && last !== -1) families.add(t.lowers[last]!);
  }
  if (parts.size === 0) return;
  // "Zieliński" found, "Zielińska" said of his daughter: the family name's other gender.
  for (const part of [...parts]) for (const variant of genderVariants(part)) parts.add(variant);
  for (let i = 0; i < t.length; i++) {
    // "Lindner-Okoro": a double name of two names found in the mail.
    const lower = t.lowers[i]!;
    if (
      !f.covered[i] &&
      lower.includes("-") &&
      t.isCapitalized(i) &&
      lower.split("-").every((part) => parts.has(part))
    ) {
      f.emit(i, i + 1, NameScore.repeated, true);
      continue;
    }
    // A given name found once is a name again in lower case ("mehmet ist vegetarier"), a family
    // name in capitals when it stands alone ("Lukas Brandstätter (BRANDSTÄTTER, mit Ä)"; "BRANDT
    // OEHLSCHLÄGER Rechtsanwälte" is the partners' firm), a family name in small letters after a
    // known given name in small letters ("gruß michael ortner").
    const smallPair = smallGivenBefore(f, i);
    const cased =
      f.nameCased(i) || smallPair || (lower.length >= 4 && families.has(lower) && capitalsAlone(t, i));
    if (f.covered[i] || !cased) continue;
    if (genitiveOfFound(f, i, parts)) continue;
    if (!parts.has(lower) && (ASCII_WORD.test(lower) || !parts.has(markless(lower)))) continue;
    if (f.wordAgain(i)) continue;
    let start = f.extendLeft(i);
    // "Emeka Okafor … Tobenna Okafor": an unknown given name before a family found with another.
    if (start === i && families.has(t.lowers[i]!) && unknownGivenBefore(f, i)) start = i - 1;
    if (start === i && smallPair) start = i - 1;
    f.emit(start, f.extendRight(i, i + 1), NameScore.repeated, true);
  }
}

/**
 * "Emres Adresse", "Giulias Steuer-ID": a German genitive of a name found in the mail. The name is
 * masked and its "s" stays, so the placeholder is the name's own.
 */
function genitiveOfFound(f: NameFinder, i: number, parts: ReadonlySet<string>): boolean {
  const t = f.tokens;
  const lower = t.lowers[i]!;
  if (lower.length < 5 || !lower.endsWith("s") || !t.isCapitalized(i) || !parts.has(lower.slice(0, -1)))
    return false;
  if (f.has(i, Word.notName | Word.company) || parts.has(lower)) return false;
  // Only a name the lexicon or the headers know: a noun taken for a name once ("des Vaters") is
  // not taken twice.
  const stem = lower.slice(0, -1);
  if ((flagsOf(stem) & (Word.given | Word.surname)) === 0 && !f.hints.has(stem)) return false;
  f.covered[i] = 1;
  f.found.push({ ...nameSpan(t.starts[i]!, t.ends[i]! - 1), score: NameScore.repeated });
  return true;
}

function capitalsAlone(t: NameFinder["tokens"], i: number): boolean {
  return t.isUpperCase(i) && !(i > 0 && t.isUpperCase(i - 1)) && !(i + 1 < t.length && t.isUpperCase(i + 1));
}

/** Slavic family names change with gender: -ski/-ska, -cki/-cka, -ov/-ova, -ev/-eva, -in/-ina. */
const GENDER_PAIRS: readonly [string, string][] = [
  ["ski", "ska"],
  ["cki", "cka"],
  ["dzki", "dzka"],
  ["ov", "ova"],
  ["ev", "eva"],
  ["in", "ina"],
];

function genderVariants(name: string): string[] {
  if (name.length < 5) return [];
  const variants: string[] = [];
  for (const [male, female] of GENDER_PAIRS) {
    if (name.endsWith(female)) variants.push(name.slice(0, -female.length) + male);
    else if (name.endsWith(male)) variants.push(name.slice(0, -male.length) + female);
  }
  return variants;
}

/** Both in small letters, and the word before `i` is a known given name. */
function smallGivenBefore(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  const before = i - 1;
  return (
    before >= 0 &&
    t.joined(i) &&
    !f.covered[before] &&
    t.words[before] === t.lowers[before] &&
    t.words[i] === t.lowers[i] &&
    f.has(before, Word.given) &&
    !f.has(before, Word.ambiguousGiven | Word.notName)
  );
}

/** A capitalized word no list knows, right before token i, not opening a sentence. */
function unknownGivenBefore(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  const before = i - 1;
  if (before < 0 || f.covered[before] || !t.joined(i) || f.flags[before] !== 0 || !f.nameLike(before))
    return false;
  // "Hörwelt Kaya": a shop named after its owner.
  if (SHOP_WORD.test(t.lowers[before]!)) return false;
  const gap = t.gapBefore(before);
  // After a list's dash, bullet or number ("2. Märta Åkerlund"), or inside a sentence; a
  // sentence's first word may be anything.
  if (/[–•-][ \u00a0]*$|(?:^|\n)[ \u00a0\t]*\d{1,2}[.)][ \u00a0]*$/.test(gap)) return true;
  return before > 0 && !/[.!?:][ \u00a0]*$|\n/.test(gap);
}
