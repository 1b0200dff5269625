import { OTHER_SCRIPT_PHRASE_WORDS } from "../detectors/other-scripts.js";
import {
  AMBIGUOUS_GIVEN,
  COMPANY_WORDS,
  GIVEN,
  INTRODUCERS,
  LEADING_PARTICLES,
  NAME_NOUNS,
  NOT_NAMES,
  OFFICE_SUFFIX,
  PARTICLES,
  SURNAMES,
  TITLES,
  TRADE_WORDS,
  WEAK_INTRODUCERS,
} from "./lexicon.js";
import { SIGNOFF_FIRST, SIGNOFF_LAST, TRIGGER_LOWERS } from "./triggers.js";

/** What the lexicon knows about a lower-case word, as bits: one Map lookup per token answers all questions. */
export const Word = {
  given: 1,
  ambiguousGiven: 2,
  surname: 4,
  notName: 8,
  company: 16,
  particle: 32,
  leadingParticle: 64,
  title: 128,
  trigger: 256,
  signoffFirst: 512,
  signoffLast: 1024,
  /** Introduces a name on its own: "namens", "geb.", "née". */
  introducer: 2048,
  /** Introduces a known name only: "heißt", "vorher". */
  weakIntroducer: 4096,
  /** A noun for a name, before "is"/"ist": "name", "Nachname". */
  nameNoun: 8192,
  /** A trade that opens a firm's name before its owner's: "Hausverwaltung Haberland". */
  trade: 16384,
} as const;

const FLAGS = new Map<string, number>();

function mark(words: Iterable<string>, flag: number): void {
  for (const word of words) FLAGS.set(word, (FLAGS.get(word) ?? 0) | flag);
}

mark(GIVEN, Word.given);
mark(AMBIGUOUS_GIVEN, Word.ambiguousGiven);
mark(SURNAMES, Word.surname);
mark(NOT_NAMES, Word.notName);
mark(COMPANY_WORDS, Word.company);
mark(PARTICLES, Word.particle);
mark(LEADING_PARTICLES, Word.leadingParticle);
mark(TITLES, Word.title);
mark(TRIGGER_LOWERS, Word.trigger);
mark(SIGNOFF_FIRST, Word.signoffFirst);
mark(SIGNOFF_LAST, Word.signoffLast);
mark(INTRODUCERS, Word.introducer);
mark(WEAK_INTRODUCERS, Word.weakIntroducer);
mark(NAME_NOUNS, Word.nameNoun);
mark(TRADE_WORDS, Word.trade | Word.notName | Word.company);
mark(OTHER_SCRIPT_PHRASE_WORDS, Word.notName);
/**
 * "Dang Van Hieu" for "Đặng Văn Hiếu": names listed with their marks, as a text without marks
 * writes them, where that spelling is no word the lexicon knows otherwise. Four letters at least:
 * "tan" is a TAN before it is "Tân".
 */
const BARE_NAMES = new Map<string, number>();
for (const [word, flags] of FLAGS) {
  if (!hasForeignMarks(word)) continue;
  const bare = markless(word);
  const name = flags & (Word.given | Word.ambiguousGiven | Word.surname);
  if (name !== 0 && bare !== word && bare.length >= 4 && !FLAGS.has(bare)) BARE_NAMES.set(bare, name);
}

/** Flags of each token of a text, looked up once. */
export function wordFlags(lowers: readonly string[]): Uint16Array {
  const flags = new Uint16Array(lowers.length);
  for (let i = 0; i < lowers.length; i++) flags[i] = flagsOf(lowers[i]!);
  return flags;
}

/** What the lexicon knows about one lower-case word. */
export function flagsOf(lower: string): number {
  return (
    FLAGS.get(lower) ??
    (lower.includes("-")
      ? hyphenatedName(lower)
      : hasForeignMarks(lower)
        ? withoutMarks(lower)
        : (BARE_NAMES.get(lower) ?? (femininePlural(lower) || streetWord(lower) ? Word.notName : 0)))
  );
}

/** "Gießerstraße", "Bahnhofstrasse": a street, never a person, though a role may stand before it. */
function streetWord(lower: string): boolean {
  return lower.length >= 9 && (lower.endsWith("straße") || lower.endsWith("strasse"));
}

/** German's feminine plurals name groups, never a person: "Mitfahrerinnen", "Imkerinnen". */
function femininePlural(lower: string): boolean {
  return lower.length >= 9 && lower.endsWith("innen");
}

/** What a word is when it is no name: a common word, a firm's, a trigger, a title. */
export const NOT_A_NAME = Word.notName | Word.company | Word.trigger | Word.title;

/**
 * A word that names no one when a record or a sign gives it where a name would stand: a common
 * word, a firm's, a title or a label, an office's compound ("Qualitätssicherung").
 */
export function namesNoOne(lower: string): boolean {
  return (flagsOf(lower) & NOT_A_NAME) !== 0 || OFFICE_SUFFIX.test(lower);
}

/** Letters with marks German does not use: "yūki", "satō", "đỗ", "łukasz" are listed without them. */
function hasForeignMarks(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    // ä ö ü ß are German's own.
    if (code > 0x7f && code !== 0xe4 && code !== 0xf6 && code !== 0xfc && code !== 0xdf) return true;
  }
  return false;
}

/** A word without its marks, as forms and keyboards write names: "wiśniewski" → "wisniewski". */
export function markless(lower: string): string {
  return lower.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/ł/g, "l");
}

/** A name's flags looked up without its marks; only as a name, so "lê" does not become the particle "le". */
function withoutMarks(lower: string): number {
  return (FLAGS.get(markless(lower)) ?? 0) & (Word.given | Word.ambiguousGiven | Word.surname);
}

/** "Lea-Marie", "Jean-Baptiste": a double given name whose parts are both given names. */
function hyphenatedName(lower: string): number {
  const parts = lower.split("-");
  if (parts.length !== 2) return 0;
  if (parts.every((part) => GIVEN.has(part))) return Word.given;
  // "Adeyemi-Walsh", "Schmidt-Rau": a double-barrelled family name of two family names.
  return parts.every((part) => SURNAMES.has(part)) ? Word.surname : 0;
}
