import { L, LU } from "../chars.js";
import { Score, type Span } from "../spans.js";
import { AMBIGUOUS_GIVEN, GIVEN, NOT_NAMES, SURNAMES } from "./lexicon.js";
import { nameSpan } from "./name-finder.js";
import { SIGNOFF_WHOLE_LINE } from "./triggers.js";

// Names written the way forms, bookings and lists write them, where no salutation or greeting
// stands near: found by their layout, and only with a given name or an honorific to confirm.

const CAPS = `[${LU}][${LU}'’-]+`;
/** Airline and booking style: "WHITFIELD/GEMMA MRS", "SOMMER-MUELLER/JANA MS"; read from its start. */
const BOOKING_NAME_AT = new RegExp(
  `${CAPS}/${CAPS}(?:[ \u00a0]${CAPS})?(?=[ \u00a0]+(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF|MME|MLLE|SR|SRA|SIG|SIGRA)(?![${L}]))`,
  "uy",
);
/**
 * Without an honorific: "REZAEI/BABAK", "GARCIA/MARIA JOSE", kept only when a given name follows
 * the slash.
 */
const BOOKING_NAME_BARE_AT = new RegExp(`${CAPS}/(${CAPS})(?:[ \u00a0]${CAPS}(?![${L}/]))?(?![${L}/])`, "uy");
/** A family name's first word before the one at the slash: "GARCIA LOPEZ/MARIA JOSE". */
const FAMILY_WORD_BEFORE = new RegExp(`(?:^|[\\s:("„“])(${CAPS})[ \u00a0]$`, "u");
/** A surname's particle before the capitals: "DE SMET/PIETER MR", "VAN DER BERG/ANKE MS". */
const PARTICLE_BEFORE =
  /(?:^|[\s,;:|(])((?:VAN DER|VAN DEN|VAN|VON|DE LA|DE|DEL|DA|DI|DU|DOS|EL|AL|LE|LA)[ \u00a0])$/;
const WORD = `[${LU}][${L}'’-]+`;
const CAPITAL = new RegExp(`[${LU}'’-]`, "u");
const LETTER_OR_MARK = new RegExp(`[${L}/.]`, "u");

/**
 * Booking-style names, found from each "/" with capitals on both sides (most slashes are in links,
 * dates and "und/oder"): the name starts where the capitals before the slash start.
 */
function bookingNames(text: string, out: Span[]): void {
  for (let slash = text.indexOf("/"); slash !== -1; slash = text.indexOf("/", slash + 1)) {
    if (text[slash - 1] === " " && text[slash + 1] === " ") {
      manifestName(text, slash, out);
      continue;
    }
    if (!CAPITAL.test(text[slash - 1] ?? "") || !CAPITAL.test(text[slash + 1] ?? "")) continue;
    const start = capitalsStart(text, slash);
    // "1.OKONKWO/CHINEDU MR": a passenger's number before the name.
    if (start > 0 && LETTER_OR_MARK.test(text[start - 1]!) && !/\d\.$/.test(text.slice(start - 2, start)))
      continue;
    const particle = PARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
    const family = particle
      ? undefined
      : FAMILY_WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
    const from =
      start - (particle?.length ?? (family && SURNAMES.has(family.toLowerCase()) ? family.length + 1 : 0));
    BOOKING_NAME_AT.lastIndex = start;
    const titled = BOOKING_NAME_AT.exec(text);
    if (titled !== null) {
      out.push(nameSpan(from, start + titled[0].length));
      continue;
    }
    BOOKING_NAME_BARE_AT.lastIndex = start;
    const bare = BOOKING_NAME_BARE_AT.exec(text);
    if (bare !== null && isGiven(bare[1])) out.push(nameSpan(from, start + bare[0].length));
  }
}

/**
 * A manifest's line: "NGUYEN / THI MAI ANH / 14MAR1986 / VNM": the family name and the given
 * names at the line's start (in capitals, or as recase.ts gave them back), spaced slashes between,
 * a birth date in the next field.
 */
const MANIFEST_LINE = new RegExp(
  `[ \\t]*(${WORD}(?:[ \\u00a0]${WORD})?) \\/ (${WORD}(?:[ \\u00a0]${WORD}){0,3})(?= \\/ (?:\\d{1,2}[A-Z]{3}\\d{2,4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}))`,
  "uy",
);

/** The manifest line whose first spaced slash is at `slash`; a line read once, at that slash. */
function manifestName(text: string, slash: number, out: Span[]): void {
  const lineStart = text.lastIndexOf("\n", slash) + 1;
  MANIFEST_LINE.lastIndex = lineStart;
  const match = MANIFEST_LINE.exec(text);
  if (match === null || lineStart + match[0].indexOf(" / ") !== slash - 1) {
    spacedBookingName(text, slash, out);
    return;
  }
  const end = lineStart + match[0].length;
  // The layout settles it: the span wins over a reading of its given names alone.
  out.push({ ...nameSpan(end - match[1]!.length - 3 - match[2]!.length, end), score: Score.context });
}

/** "Pos. 11 ÇAKIR / MEHMET EMIN": a booking's name in capitals with spaced slashes, a given name after. */
const SPACED_BOOKING_AT = new RegExp(
  `${CAPS}(?:[ \u00a0]${CAPS})? \\/ (${CAPS})(?:[ \u00a0]${CAPS}){0,2}(?![${L}/])`,
  "uy",
);

/** Where the run of capitals (and hyphens, apostrophes) that ends at `end` starts. */
function capitalsStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && CAPITAL.test(text[start - 1]!)) start--;
  return start;
}

function spacedBookingName(text: string, slash: number, out: Span[]): void {
  const start = capitalsStart(text, slash - 1);
  if (start === slash - 1 || LETTER_OR_MARK.test(text[start - 1] ?? "")) return;
  SPACED_BOOKING_AT.lastIndex = start;
  const match = SPACED_BOOKING_AT.exec(text);
  // An unambiguous given name: "SURNAME / GIVEN NAMES" heads a manifest's columns.
  if (match !== null && GIVEN.has(match[1]!.toLowerCase()))
    out.push(nameSpan(start, start + match[0].length));
}

/**
 * Surname first in a list: "Kowalczyk, Anna", "Nguyen, Thi Hoa / Nguyen, Minh", "Wagner, Dieter u.
 * Helga", "Öztürk, Cem + Elif", "Schmidbauer, Franz-Xaver ("Xaverl")", a column's cell before the next.
 */
const SURNAME_COMMA_GIVEN = new RegExp(
  `(${WORD}(?:[ \\u00a0]${WORD})?),[ \\u00a0](${WORD})(?:[ \\u00a0](${WORD}))?(?=[ \\u00a0]{2}|\\t|[ \\u00a0]*(?:$|\\n|[/;|()"”–+&*-]|,[ \\u00a0]*geb|[ \\u00a0]geb|[ \\u00a0](?:u\\.|und|and)[ \\u00a0]))`,
  "gu",
);
/**
 * What stands before a list entry: a line start (with a bullet, an item's number, "01" or a seat's
 * "3C"), a list separator, a tab or a column's gap of two spaces, a label's colon, or a word
 * naming a person.
 */
const LIST_ENTRY_BEFORE =
  /(?:(?:^|\n)[ \t>]*(?:[*•–-][ \t]*|\d{1,3}[.)][ \t]*|\d{1,3}[A-Z]?[ \t]+)?|[/;|:\t][ \u00a0]*|[\s:(]["„“]|\S[ \u00a0]{2,}|(?:Leistungsfall|Versicherte[r]?|Fahrer(?:in)?|Patient(?:in)?)[ \u00a0]+)$/;

/** A given name, or a double one whose parts all are ("Heinz-Werner"). */
function isGiven(word: string | undefined): boolean {
  if (word === undefined) return false;
  return word
    .toLowerCase()
    .split("-")
    .every((part) => GIVEN.has(part) || AMBIGUOUS_GIVEN.has(part));
}

/** A label that announces a name: "Name as per passport:", "Name:", "My name in passport:". */
const NAME_LABEL =
  /(?:^|\n)[ \t>]*(?:(?:my|mein) )?(?:full )?name(?: as per [a-z ]{3,20}| laut [A-Za-zä ]{3,20}| (?:in|on|im|auf) (?:the |my |dem |der )?[A-Za-zäöü]{3,20})?[ \t]*:[ \t]*$/i;

/** Two words in capitals side by side: where a candidate line may be. */
const CAPS_PAIR = new RegExp(`${CAPS}[ \\u00a0]${CAPS}`, "gu");
/**
 * Candidate lines: two to four words in capitals and nothing else, or before a birth date as a
 * passport list gives them ("LINDA MARIE HARKNESS, born …"); tried at a line start.
 */
const CAPS_LINE_AT = new RegExp(
  `[ \\t>]*(?:[^\\n:]*:[ \\t]*)?(${CAPS}(?:,?[ \\u00a0]${CAPS}){1,4})(?:[ \\t]*(?=[\\r\\n]|$)|(,[ \\t]*(?:born|geb\\.|geboren|DOB|date of birth)(?![\\p{L}])))`,
  "yud",
);

/** Names in capitals after a sign-off line or a name label, where the capitals hide the usual cues. */
function capitalNames(text: string, out: Span[]): void {
  let triedLine = -1;
  for (const pair of text.matchAll(CAPS_PAIR)) {
    const lineStart = text.lastIndexOf("\n", pair.index) + 1;
    if (lineStart === triedLine) continue;
    triedLine = lineStart;
    CAPS_LINE_AT.lastIndex = lineStart;
    const match = CAPS_LINE_AT.exec(text);
    if (match === null) continue;
    const name = match[1]!;
    const start = match.indices![1]![0];
    const labelled = match[0].includes(":");
    // "DELA CRUZ, MARIA CRISTINA SANTOS": family names first, only where a label says it is a name.
    if ((name.includes(",") || name.split(/\s/).length > 4) && !labelled) continue;
    if (match[2] !== undefined) {
      // A birth date after the capitals makes them a person's name.
      if (NOT_NAMES.has(name.split(/\s/)[0]!.toLowerCase())) continue;
    } else if (labelled) {
      if (!NAME_LABEL.test(`\n${match[0].slice(0, match[0].lastIndexOf(":") + 1)}`)) continue;
    } else {
      if (NOT_NAMES.has(name.split(/\s/)[0]!.toLowerCase())) continue;
      if (!SIGNOFF_WHOLE_LINE.test(previousLine(text, lineStart))) continue;
    }
    out.push(nameSpan(start, start + name.length));
  }
}

/** The last line before `lineStart` that holds text. */
function previousLine(text: string, lineStart: number): string {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim().length > 0) return line.replace(/\r$/, "");
    end = start - 1;
  }
  return "";
}

/**
 * "Sunita "Sunny" Dhillon", "Bridget (Bridie) Cullinane": a nickname between given and family name.
 * Found from the nickname's marks, then the given name read back before them.
 */
const NICKNAME_THEN_FAMILY = new RegExp(
  `[ \\u00a0](?:["„“(]|\\(["“])[${LU}][${L}'’-]{1,14}(?:[ \\u00a0][${LU}][${L}'’-]{1,14}){0,2}(?:["“”)]|["”]\\))[ \\u00a0](${WORD})(?![${L}])`,
  "gu",
);
const GIVEN_BEFORE = new RegExp(`(?<![${L}])${WORD}$`, "u");

/**
 * "Horst-Dieter Wallenfels" alone on a line and "geb. 21.08.1956" on the next: the line above a
 * birth date names its person.
 */
const NAME_ABOVE_BIRTH = new RegExp(
  `(?:^|\\n)[ \\t>]*(${WORD}(?:[ \\u00a0]${WORD}){1,3})[ \\t]*\\r?\\n[ \\t>]*(?:geb\\.|geboren|born|DOB|\\*[ \\u00a0]?\\d)`,
  "gu",
);
const BIRTH_LINE_HINT = /\n[ \t>]*(?:geb\.|geboren|born|DOB|\*[ \u00a0]?\d)/;

/**
 * "LIU Mengqi", "LEE Dong-wook": a family name in capitals before the given name, as East Asian
 * names are written for Latin readers. The capitals must be a known family name; the given name,
 * rarely in any list, must be no common word, and no third name follows ("CHU Fattouma Bourguiba"
 * is a hospital).
 */
const FAMILY_IN_CAPITALS = new RegExp(
  `(?<![${L}'’-])([${LU}]{2,})[ \u00a0]([${LU}][a-z]+(?:-[a-z]+)?)(?![${L}'’-]|[ \u00a0][${LU}])`,
  "gu",
);

/**
 * A bank statement's payee before the payment's reference: "ONLINE TRANSFER TO D KEELING REF HELP",
 * "FPS M OKONKWO REF LOAN BACK", "the standing order to J Whitfield ref GYM PT".
 */
const STATEMENT_PAYEE =
  /(?<![\p{L}])(?:TO|FPS|SO|BGC|TFR|BP|[Oo]rder to|[Tt]ransfer to|[Pp]ayment to|[Pp]aid to)[ \u00a0]+([A-Z](?:[ \u00a0][A-Z])?[ \u00a0](?:[A-Z][A-Z'’-]+|[A-Z][a-z'’-]+))(?=[ \u00a0]+(?:REF|[Rr]ef)(?![\p{L}]))/gu;

/**
 * A building's list of its flats: "Whg. 1 – Petrović", "KW 15  Whg. 2 – Sommerfeld / Acar",
 * "Top 4 – Kowalczyk, Ewa". Each name after the flat's number; "frei" or "leer" is nobody's.
 */
const FLAT_TENANTS = new RegExp(
  `(?:Whg\\.?|Wohnung|Top|Flat|Apt\\.?)[ \u00a0]?\\d{1,3}[a-z]?[ \t]+[–—-][ \t]+(${WORD}(?:,[ \u00a0]${WORD})?(?:[ \u00a0]*\\/[ \u00a0]*${WORD})?)(?=[ \t]*(?:$|\\n|\\())`,
  "gmu",
);

export function byForms(text: string, out: Span[]): void {
  capitalNames(text, out);
  for (const match of text.matchAll(FLAT_TENANTS)) {
    let at = match.index + match[0].length - match[1]!.length;
    for (const part of match[1]!.split(/([ \u00a0]*\/[ \u00a0]*)/)) {
      if (!/^[ \u00a0]*\//.test(part) && !NOT_NAMES.has(part.split(",")[0]!.toLowerCase()))
        out.push(nameSpan(at, at + part.length));
      at += part.length;
    }
  }
  if (/ REF| [Rr]ef /.test(text))
    for (const match of text.matchAll(STATEMENT_PAYEE)) {
      const start = match.index + match[0].length - match[1]!.length;
      out.push(nameSpan(start, start + match[1]!.length));
    }
  for (const match of text.matchAll(FAMILY_IN_CAPITALS)) {
    const family = match[1]!.toLowerCase();
    if (!SURNAMES.has(family) || NOT_NAMES.has(family) || NOT_NAMES.has(match[2]!.toLowerCase())) continue;
    out.push(nameSpan(match.index, match.index + match[0].length));
  }
  bookingNames(text, out);
  if (BIRTH_LINE_HINT.test(text))
    for (const match of text.matchAll(NAME_ABOVE_BIRTH)) {
      const words = match[1]!.split(/[ \u00a0-]+/);
      if (words.some((word) => NOT_NAMES.has(word.toLowerCase()))) continue;
      out.push(
        nameSpan(
          match.index + match[0].indexOf(match[1]!),
          match.index + match[0].indexOf(match[1]!) + match[1]!.length,
        ),
      );
    }
  for (const match of text.matchAll(NICKNAME_THEN_FAMILY)) {
    const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index));
    if (given === null || !isGiven(given[0]) || NOT_NAMES.has(match[1]!.toLowerCase())) continue;
    const start = match.index - given[0].length;
    out.push({ ...nameSpan(start, match.index + match[0].length), score: Score.context });
  }
  if (!text.includes(",")) return;
  for (const match of text.matchAll(SURNAME_COMMA_GIVEN)) {
    const [, surname, given] = match;
    // "Vargas Mendoza, Luis Fernando": Spanish and Portuguese names carry two family names. Not
    // "Luca Ferri, Mia-Sophie Kranz", a list of full names, nor "APICS CSCP, Lean Management".
    const parts = surname!.split(/[ \u00a0]/);
    if (parts.some((part) => NOT_NAMES.has(part.toLowerCase()))) continue;
    if (parts.length === 2 && parts.some((part) => isGiven(part) || part === part.toUpperCase())) continue;
    // A known given name, or a known family name before a word that is no common one ("Farahani, Ladan").
    if (!isGiven(given) && !(SURNAMES.has(surname!.toLowerCase()) && !NOT_NAMES.has(given!.toLowerCase())))
      continue;
    if (!LIST_ENTRY_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    out.push(nameSpan(match.index, match.index + match[0].length));
  }
}
