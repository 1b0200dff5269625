import { foldUmlauts } from "@poststelle/language";
import { isDigitCode } from "../chars.js";
import {
  NOT_AFTER_GREETING,
  NOT_AFTER_SALUTATION,
  NOT_NAMES,
  ROLE_MAILBOX_WORDS,
  ROLES_AFTER_SALUTATION,
} from "./lexicon.js";
import { type NameFinder, NameScore } from "./name-finder.js";
import {
  BY_PROXY_AT,
  BY_PROXY_FIRST,
  CARD_HOLDER_AT,
  CLOSE_ROLE_WORDS,
  DOTTED_TITLE_WORDS,
  GREETING_AT,
  GREETING_FIRST,
  LABEL_AT,
  LABEL_FIRST,
  LOWER_CASE_CLOSE_ROLES,
  LOWER_CASE_ROLES,
  LOWER_CASE_TITLES,
  POSSESSIVES,
  ROLE_PHRASE_AT,
  ROLE_WORDS,
  SALUTATION_ONLY,
  SALUTATION_WORDS,
  TITLE_WORDS,
} from "./triggers.js";
import { flagsOf, Word } from "./word-flags.js";

/** A rule's verdict for the first token after its trigger: the name's token range, or nothing. */
type Accept = (i: number) => [number, number] | undefined;

/** Confirms a phrase with a sticky regex at token `i`; returns the first token after it, or -1. */
function after(f: NameFinder, i: number, phrase: RegExp): number {
  phrase.lastIndex = f.tokens.starts[i]!;
  const match = phrase.exec(f.text);
  return match === null ? -1 : f.tokens.firstAtOrAfter(match.index + match[0].length);
}

function take(f: NameFinder, i: number, accept: Accept, score: number = NameScore.context): void {
  if (i < 0 || i >= f.tokens.length || f.covered[i]) return;
  const range = accept(i);
  // After a salutation even "Müller Team" holds a name ("Mr. Kowalski's team").
  if (range !== undefined) f.emit(range[0], range[1], score, score === NameScore.salutation);
}

/** "Herr Müller", "Frau Dr. Weber", "Mr. van Tromp": whatever capitalized word follows is a name. */
export function bySalutation(f: NameFinder, i: number): void {
  const t = f.tokens;
  const word = t.words[i]!;
  // Sloppy mails write "herr Albayrak": the lower-case salutation counts before a capital.
  // "frau kessler", "Hallo Herr wenzel" in a mail written in lower case: before a known name only.
  const lowerCaseName =
    LOWER_CASE_SALUTATIONS.has(t.lowers[i]!) &&
    i + 1 < t.length &&
    !t.isCapitalized(i + 1) &&
    f.has(i + 1, Word.given | Word.surname) &&
    !f.has(i + 1, Word.notName) &&
    // "Mr de Wit" is read below, from its particle.
    !(word !== t.lowers[i] && f.has(i + 1, Word.leadingParticle));
  const salutation =
    SALUTATION_WORDS.has(word) ||
    (LOWER_CASE_SALUTATIONS.has(word) && i + 1 < t.length && t.isCapitalized(i + 1)) ||
    lowerCaseName;
  // "Hr.Dimitriou", "Fr.Kowalski": a note's abbreviation glued to the name by its dot.
  const glued =
    GLUED_SALUTATIONS.has(word) && t.dots[i] && t.starts[i + 1] === t.ends[i]! + 1 && t.isCapitalized(i + 1);
  if (!salutation || !(t.joined(i + 1, true) || glued)) return;
  take(
    f,
    i + 1,
    (start) => {
      if (lowerCaseName) return [start, f.extendLowerCase(start + 1)];
      let first = f.skipTitles(start);
      // "Frau Kollegin Adeyemi-Kraus", "Herr Notar Dr. Stadlmayr": a role, then the name.
      if (
        first + 1 < t.length &&
        ROLES_AFTER_SALUTATION.has(t.lowers[first]!) &&
        t.joined(first + 1) &&
        t.isCapitalized(first + 1)
      )
        first = f.skipTitles(first + 1);
      if (first >= t.length) return undefined;
      const particleEnd = f.particleStart(first);
      if (particleEnd !== -1) return [first, f.extendRight(first, particleEnd + 1)];
      // "Mr. Ó Súilleabháin", "Ms Ní Bhriain": an Irish particle is written with a capital.
      if (
        f.has(first, Word.leadingParticle) &&
        first + 1 < t.length &&
        t.joined(first + 1) &&
        f.nameLike(first + 1)
      )
        return [first, f.extendRight(first, first + 2)];
      const lower = t.lowers[first]!;
      // "Herr MÜLLERSCHÖN", "Ms OKONKWO-BELL": a system's letter writes the name in capitals,
      // after a salutation with its capital ("34ms TTL" is none).
      const inCapitals = word !== t.lowers[i] && t.isUpperCase(first) && f.capitalsName(first);
      if (
        !(t.isCapitalized(first) || inCapitals) ||
        NOT_AFTER_SALUTATION.has(lower) ||
        SALUTATION_ONLY.test(t.words[first]!)
      )
        return undefined;
      // "Mr T Papadakis", "Mrs H J Macdonald": British letters write initials without their dots.
      const named = bareInitialsEnd(f, first);
      if (named !== -1) return [first, f.extendRight(first, named)];
      if (lower.length < 2 && !t.isInitial(first)) return undefined;
      const end = f.extendRight(first, first + 1);
      // "Herr Frank Mai": after a salutation and a given name, a known family name that is also a
      // word ("Mai", "Will", "König") is the family name.
      const surname =
        end === first + 1 &&
        end < t.length &&
        t.joined(end) &&
        t.isCapitalized(end) &&
        f.firstName(first) &&
        f.has(end, Word.surname) &&
        !f.digitAfter(end);
      return [first, surname ? end + 1 : end];
    },
    NameScore.salutation,
  );
}

/** After one to three capitals standing alone ("T", "H J"), the end of the family name they open; else -1. */
function bareInitialsEnd(f: NameFinder, first: number): number {
  const t = f.tokens;
  let at = first;
  while (at < t.length && at - first < 3 && /^[A-Z]$/.test(t.words[at]!) && !t.dots[at] && t.joined(at + 1))
    at++;
  if (at === first || at >= t.length || !t.isCapitalized(at) || t.words[at]!.length < 2 || !f.nameLike(at))
    return -1;
  return at + 1;
}

/** Salutations shortened with a dot, which notes may glue to the name. */
const GLUED_SALUTATIONS = new Set(["Hr", "Hrn", "Fr", "Mr", "Mrs", "Ms"]);
const LOWER_CASE_SALUTATIONS = new Set(["herr", "herrn", "frau", "hr", "fr", "fam", "mr", "mrs", "ms"]);

/** Written "II"; a line in capitals reaches the names recased ("Dr Ii"). */
const ROMAN_DIVISION = /^(?:I{1,3}|IV|V)$/i;

/** "Dr. Weber", "Prof. Dr. Anna Schmidt". */
export function byTitle(f: NameFinder, i: number): void {
  const t = f.tokens;
  const word = t.words[i]!;
  const lowerCase = LOWER_CASE_TITLES.has(word) && t.dots[i]!;
  // Austria's "Mag. Wallner", "Ing. Huber": degrees that are words too without their dot.
  // "Dipl.-Ing. Architektin" names a degree and a trade.
  const degree = DOTTED_TITLE_WORDS.has(word) && t.dots[i]! && f.text[t.starts[i]! - 1] !== "-";
  if (!(TITLE_WORDS.has(word) || lowerCase || degree) || !t.joined(i + 1, true)) return;
  // "B11 1RA": a postcode's letters after a digit are no lawyer's "RA".
  if (isDigitCode(f.text.charCodeAt(t.starts[i]! - 1))) return;
  // "DR II 1422/25": a bailiff's register, its division and a number, not a doctor.
  if (ROMAN_DIVISION.test(t.words[i + 1] ?? "") && !t.dots[i + 1] && f.digitAfter(i + 1)) return;
  take(f, i, (start) => {
    // Academic titles chain ("Prof. Dr."); a rank stands alone before the name.
    const first = f.has(start, Word.title) ? f.skipTitles(start) : start + 1;
    if (first >= t.length || first === start) return undefined;
    const particleEnd = f.particleStart(first);
    if (particleEnd !== -1) return [first, f.extendRight(first, particleEnd + 1)];
    // "Dr L Hallworth": initials without dots before the family name.
    const named = afterInitials(f, first);
    if (named > first && named < t.length && (f.nameLike(named) || f.known(named)))
      return [first, f.extendRight(named, named + 1)];
    // "dr. seidel" in a lower-case mail: a known family name; otherwise a capitalized name.
    const lowerName = lowerCase && !t.isCapitalized(first) && f.has(first, Word.surname);
    if (!(f.nameLike(first) || f.known(first) || lowerName)) return undefined;
    // A rank before a word that is no name ("Officer on duty", "PC Windows") takes nothing.
    if (!t.isCapitalized(first) && !lowerName) return undefined;
    const end = f.extendRight(first, first + 1);
    // "Pat. Rasmussen, Birte (09.09.1974)": the family name first, the given name after a comma.
    return [first, end === first + 1 && givenAfterComma(f, end) ? end + 1 : end];
  });
}

const CARD_HOLDER_FIRST = new Set([
  "name",
  "account",
  "acc",
  "acct",
  "cardholder",
  "card",
  "karteninhaber",
  "karteninhaberin",
]);

/** A pair of labels whose second asks for the given name: "Name, Vorname", "Surname / First name". */
const GIVEN_SECOND = /[,/][ \t]*(?:vorn|first|given|rufname|prénom)/i;

/** Form labels and header fields ("Name:", "Von:") at line start, and "i.A.", "z. Hd.": also "Müller, Thomas" and "Müller,Thomas". */
export function byLabel(f: NameFinder, i: number): void {
  const t = f.tokens;
  const lower = t.lowers[i]!;
  let next = -1;
  if (LABEL_FIRST.has(lower) && t.opensLine(i)) next = after(f, i, LABEL_AT);
  if (next === -1 && CARD_HOLDER_FIRST.has(lower)) next = after(f, i, CARD_HOLDER_AT);
  if (next === -1 && BY_PROXY_FIRST.has(lower) && !f.wordBefore(i)) next = after(f, i, BY_PROXY_AT);
  // "Name, Vorname: Quastenbrink, Jorinde": the word after the comma is a given name, known or not.
  const givenSecond =
    next !== -1 && GIVEN_SECOND.test(f.text.slice(t.starts[i]!, t.starts[next] ?? f.text.length));
  take(f, next, (start) => {
    let first = f.skipTitles(start);
    // "Cardholder: MRS JOANNA PRICE", "Name: Mrs H J Macdonald": a salutation before the name.
    if (
      first + 1 < t.length &&
      ((t.isUpperCase(first) && SALUTATION_ONLY.test(titleCase(t.words[first]!))) ||
        SALUTATION_WORDS.has(t.words[first]!))
    )
      first++;
    const named = afterInitials(f, first);
    if (named > first && named < t.length) {
      // "A NWOSU-CLARKE", "S M GALLAGHER OKAFOR": initials before a name in capitals.
      const upperEnd = t.isUpperCase(named) ? upperCaseNameEnd(f, named) : named;
      if (upperEnd > named) return [first, upperEnd];
      if (f.nameLike(named) || f.known(named)) return [first, f.extendRight(named, named + 1)];
    }
    if (first < t.length && t.isUpperCase(first)) {
      const end = upperCaseNameEnd(f, first);
      if (end > first + 1 && !f.holdsRoleWord(first, end)) return [first, end];
      // "Name: PAPADOPOULOU Eleni": the family name in capitals, then the given names.
      const given = first + 1;
      if (
        end === first &&
        given < t.length &&
        t.joined(given) &&
        t.isCapitalized(given) &&
        f.firstName(given) &&
        /^\p{L}+(?:-\p{L}+)*$/u.test(t.words[first]!) &&
        !f.has(first, Word.notName | Word.company) &&
        !f.holdsRoleWord(first, given)
      )
        return [first, f.extendRight(given, given + 1)];
    }
    if (first >= t.length || !(f.nameLike(first) || f.known(first)) || SALUTATION_ONLY.test(t.words[first]!))
      return undefined;
    let end = f.extendRight(first, first + 1);
    if (
      end < t.length &&
      end === first + 1 &&
      (givenSecond
        ? /^[ \t]?,[ \t]+$/.test(t.gapBefore(end)) && t.isCapitalized(end)
        : /^,[ \t]*$/.test(t.gapBefore(end)) && f.firstName(end))
    ) {
      end = f.extendRight(end, end + 1);
    }
    // "Von: Alpenbank <info@…>", "From: Dart Charge <noreply@…>" name a mailbox, not a person.
    if (end - first === 1 && !f.firstName(first) && roleMailboxAfter(f.text, t.ends[end - 1]!))
      return undefined;
    if (end - first > 1 && teamMailboxAfter(f, first, end)) return undefined;
    if (f.holdsRoleWord(first, end) || f.namesADomain(first, end)) return undefined;
    return [first, end];
  });
}

/**
 * "Account name: S M Gallagher", "Kontoinhaber: K.A. Mensah": up to three initials, with or
 * without dots, before a name; the index of the word after them (`first` when there are none).
 */
function afterInitials(f: NameFinder, first: number): number {
  const t = f.tokens;
  let i = first;
  while (i + 1 < t.length && i - first < 3 && t.words[i]!.length === 1 && t.isCapitalized(i)) {
    if (!/^\.?[ \t]?$/.test(f.text.slice(t.ends[i]!, t.starts[i + 1]!))) break;
    i++;
  }
  return i;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * "Ship To: PRIYA RAMANATHAN": a name a form wrote in capitals fills the rest of its line after the
 * label, or its sentence ("name on card ANJALI S DESHPANDE. I'll"); where it ends, or `first` when
 * anything else follows on the line or no part is a known name.
 */
function upperCaseNameEnd(f: NameFinder, first: number): number {
  const t = f.tokens;
  let end = first;
  while (end < t.length && end - first < MAX_UPPER_CASE_NAME && (end === first || t.joined(end, true))) {
    // A dot after a word, not an initial, ends the sentence and the name.
    if (end > first && t.words[end - 1]!.length > 1 && t.dots[end - 1]) break;
    // "HANNAH J WHITCOMBE", "CHIDINMA A BROWN": a middle initial between the names, a word or not.
    const initial = end > first && /^\p{Lu}$/u.test(t.words[end]!);
    const upper = t.isUpperCase(end) || initial;
    if (
      !upper ||
      !/^\p{L}+(?:-\p{L}+)*$/u.test(t.words[end]!) ||
      (!initial && f.has(end, Word.notName | Word.company))
    )
      return first;
    end++;
  }
  // The line ends, or a comma or a sentence's end follows ("name on card ANJALI S DESHPANDE. I'll").
  const rest = f.text.slice(t.ends[end - 1]!, t.ends[end - 1]! + 3);
  if (!/^(?:\.?(?:[ \t]*(?:\r?\n|$)|,)|\.[ \t]\p{Lu})/u.test(rest)) return first;
  // One part a known name part: "DHL EXPRESS" after "Name:" is a carrier.
  // "A NWOSU-CLARKE": a part of a double name counts.
  for (let i = first; i < end; i++)
    for (const part of t.lowers[i]!.split("-"))
      if (flagsOf(part) & (Word.given | Word.ambiguousGiven | Word.surname) || f.hints.has(part)) return end;
  return first;
}
const MAX_UPPER_CASE_NAME = 4;

const ANGLE_LOCAL_PART = /^[ \t"]*[<[](?:mailto:)?([^@\s<>[\]]+)@/;

/** The lower-case local part of an address in angle brackets right at `offset`, if one stands there. */
function localPartAfter(text: string, offset: number): string | undefined {
  return ANGLE_LOCAL_PART.exec(text.slice(offset, offset + 80))?.[1]?.toLowerCase();
}
const LOCAL_PART_WORD_BREAK = /[._+-]/;

/** True when the name is directly followed by a role mailbox address ("<service@…>"). */
export function roleMailboxAfter(text: string, offset: number): boolean {
  const parts = localPartAfter(text, offset)?.split(LOCAL_PART_WORD_BREAK);
  return parts?.some((part) => ROLE_MAILBOX_WORDS.has(part)) ?? false;
}

/**
 * "Dart Charge <noreply@…>", "Vermietung Hamburg <vermietung.hamburg@…>", "Kobaltnetz Datenschutz
 * <datenschutz@…>": a no-reply sender, a team's mailbox spelled like the name before it (a role
 * word among its words), or a role mailbox named by one of the words and no given name among them.
 */
export function teamMailboxAfter(f: NameFinder, first: number, end: number): boolean {
  const local = localPartAfter(f.text, f.tokens.ends[end - 1]!);
  if (local === undefined) return false;
  if (/^(?:no-?reply|do-?not-?reply)/.test(local)) return true;
  const parts = new Set(local.split(LOCAL_PART_WORD_BREAK));
  let role = false;
  let all = true;
  let named = false;
  let given = false;
  for (let k = first; k < end; k++) {
    const word = foldUmlauts(f.tokens.lowers[k]!);
    all &&= parts.has(word);
    role ||= parts.has(word) && ROLE_MAILBOX_WORDS.has(word);
    named ||= word === local && ROLE_MAILBOX_WORDS.has(word);
    given ||= f.firstName(k);
  }
  return (all && role) || (named && !given);
}

/** "Hallo Helferkoordination", "Liebe Mitgliederverwaltung": a German compound naming an office. */
const OFFICE_COMPOUND =
  /^[a-zäöüß]{3,}(?:koordination|abteilung|verwaltung|leitung|buchhaltung|stelle|büro|kasse|zentrale|redaktion)$/;

/** "Hallo Jens", "Dear Sarah"; not "Hallo zusammen", "Dear Sir", "Liebes Kundenservice-Team". */
export function byGreeting(f: NameFinder, i: number): void {
  const t = f.tokens;
  if (!GREETING_FIRST.has(t.lowers[i]!) || !t.afterBreak(i)) return;
  take(f, after(f, i, GREETING_AT), (first) => {
    const lower = t.lowers[first]!;
    // "Hallo Pfarrer Müller": the title is not the name; the title's own rule takes what follows.
    if (
      SALUTATION_ONLY.test(t.words[first]!) ||
      TITLE_WORDS.has(t.words[first]!) ||
      NOT_AFTER_GREETING.has(lower) ||
      OFFICE_COMPOUND.test(lower) ||
      !f.nameCased(first) ||
      lower.length < 2
    ) {
      return undefined;
    }
    if (
      lower.includes("-") &&
      lower.split("-").some((part) => NOT_AFTER_GREETING.has(part) || NOT_NAMES.has(part))
    ) {
      return undefined;
    }
    if (!f.nameLike(first) && !f.firstName(first)) return undefined;
    const end = f.extendRight(first, first + 1);
    // "Dear Box Office", "Hallo Team Buchhaltung", "Hi Sunbridge partnerships team": a function or
    // a firm, not a person.
    if (f.holdsRoleWord(first, end) || roleWithin(f, end, 3) || f.namesADomain(first, end)) return undefined;
    return [first, end];
  });
}

/** A role word among the next `count` words in lower case: "… partnerships team". */
function roleWithin(f: NameFinder, from: number, count: number): boolean {
  const t = f.tokens;
  for (let i = from; i < Math.min(t.length, from + count) && t.joined(i); i++) {
    if (f.holdsRoleWord(i, i + 1)) return true;
    if (t.isCapitalized(i) && i > from) return false;
  }
  return false;
}

const CAPITAL_FIRST = /^\p{Lu}/u;
const ROLE_COPULA = new Set("was is war ist hieß heißt named called".split(" "));

/**
 * "unser Kunde Thomas Müller", "my colleague Sarah". After a possessive ("mein Mann Jona") one
 * unknown capitalized word is enough; after a bare role noun it takes a known name or two words.
 */
export function byRole(f: NameFinder, i: number): void {
  const t = f.tokens;
  const word = t.words[i]!;
  // In notes typed in lower case: a close role before a known given name ("meiner cousine jasmin"),
  // or any role noun before the writer's one capital ("polier Kowalczyk").
  const lowerCaseRole =
    i + 1 < t.length &&
    t.joined(i + 1) &&
    ((LOWER_CASE_CLOSE_ROLES.has(word) && f.has(i + 1, Word.given)) ||
      (LOWER_CASE_ROLES.has(word) && CAPITAL_FIRST.test(t.words[i + 1]!)));
  const close = CLOSE_ROLE_WORDS.has(word) || lowerCaseRole;
  const single = i > 0 && close && POSSESSIVES.has(t.lowers[i - 1]!) && t.joined(i);
  let next = -1;
  // "mein Mann, Reto Baumgartner", "our admin, Nguyen Thi Lan, has": a comma may stand before the name.
  const comma = i + 1 < t.length && /^,[ \u00a0]$/.test(t.gapBefore(i + 1));
  if ((ROLE_WORDS.has(word) || lowerCaseRole) && (t.joined(i + 1) || comma)) next = i + 1;
  // "the agent was Joanne", "der Fahrer hieß Dragan": a copula between role and a known name.
  const copula = next === i + 1 && ROLE_COPULA.has(t.lowers[i + 1]!) && !comma;
  if (copula) next = i + 2 < t.length && t.joined(i + 2) && f.firstName(i + 2) ? i + 2 : -1;
  else if (word === "account" || word === "contact" || word === "team") next = after(f, i, ROLE_PHRASE_AT);
  if (next === -1) return;
  take(f, next, (first) => {
    const particleEnd = f.particleStart(first);
    if (particleEnd !== -1) return [first, f.extendRight(first, particleEnd + 1)];
    if (!f.nameCased(first) || SALUTATION_ONLY.test(t.words[first]!)) return undefined;
    if (!f.nameLike(first) && !f.known(first)) return undefined;
    let end = f.extendRight(first, first + 1);
    if (lowerCaseRole && !t.isCapitalized(first)) end = f.extendLowerCase(end);
    // After a comma the name must close as an aside (", Tran Van Duc, told") or be a known name.
    // German nouns are capitalized too ("meiner Großmutter, Wert ca. 2.000 €"): an unknown word needs the aside's close.
    const aside = /^[ \u00a0]*(?:[,;:.()–—]|[ \u00a0]-|\r?\n|$)/.test(
      f.text.slice(t.ends[end - 1]!, t.ends[end - 1]! + 2),
    );
    if (comma && !aside && !(single && f.known(first))) return undefined;
    // "Kunde Weißenborn, Ralf": the family name first, the given name after a comma.
    if (end === first + 1 && givenAfterComma(f, end)) end++;
    if (f.known(first) || end - first >= 2 || (single && !f.digitAfter(first))) return [first, end];
    return undefined;
  });
}

/** A known given name at token i after a bare comma, closing an aside: ", Birte (", ", Birte,". */
function givenAfterComma(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  if (i >= t.length || !/^,[ \t]*$/.test(t.gapBefore(i)) || !t.isCapitalized(i) || !f.firstName(i))
    return false;
  return /^[ \u00a0]*(?:[,;:.()]|\r?\n|$)/.test(f.text.slice(t.ends[i]!, t.ends[i]! + 2));
}
