import { endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { GIVEN, NOT_NAMES, SURNAMES } from "../names/lexicon.js";
import { namesByEnd, Score, type Span } from "../spans.js";
import {
  birthDate,
  DAY,
  datesIn,
  MONTH_NUMBER,
  TIME_AFTER_DATE,
  YEAR,
  YEAR_IN_DATE,
} from "./date-patterns.js";

// A list of people a line each, the name first and a birth date among the fields after it: "Ella
// Krüger – Klavier – 09.01.2017", "Obinna Okonkwo / Drumset / 20512 / 19.05.2015", "Raghunathan,
// Kavya (20355), EMP, 06.06.2020, 30 %". A school's, a club's or a course's list: taken when two
// rows at least give one full date each, years before this one. Not in a table's cells between
// bars or tabs: the table's header says what its dates are (tables.ts).

/** A name of two to four words (or "Family, Given") opening the line, then a field's mark. */
const PERSON_ROW =
  /[ \t>*•-]*(?:\d{1,2}[.)][ \t]+)?(\p{Lu}[\p{L}'’-]+(?:,?[ \t]\p{Lu}[\p{L}'’-]+|[ \t](?:de|van|von|der|den|da|di|el|al|le|la|bin|ben)){1,3})[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?[–—/;,-][^\n|\t]*$/uy;
const FULL_YEAR = /(?:18|19|20)\d{2}/;
/** A year of four digits: the rows are looked for on the few lines that hold one. */
const YEAR_AT = /(?<!\d)(?:18|19|20)\d{2}(?!\d)/g;
const MIN_ROWS = 2;
/** A list that gives years of birth, and such a year alone in a row (after a name's mark). */
const YEAR_OF_BIRTH = /years? of birth|birth ?years?|jahrgang|geburtsjahr|\bjg\.|\byob\b/i;
const YEAR_ALONE = /(?<=[–—/;,-][ \t]*)(?:19|20)\d{2}(?![\d./-])/g;
/** The youngest a person on such a list is, in years: a list of this year's events is none. */
const YOUNGEST_YEARS = 4;
/** A range's dash before the date: a period's end ("AU 05.02.–23.02.2024"). */
const RANGE_BEFORE = /\d\.?[ \u00a0]*[–-][ \u00a0]*$/;

export function detectBirthDatesInRows(text: string, out: Span[]): void {
  datesUnderNames(text, out);
  childrenByGivenName(text, out);
  teamSheetDates(text, out);
  yearsAfterBirthMarks(text, out);
  const latestYear = new Date().getFullYear() - YOUNGEST_YEARS;
  const found: Span[] = [];
  const rowStarts: number[] = [];
  let yearsOfBirth: boolean | undefined;
  let lineEnd = -1;
  for (const year of text.matchAll(YEAR_AT)) {
    if (year.index < lineEnd) continue;
    const lineStart = text.lastIndexOf("\n", year.index) + 1;
    lineEnd = endOfLine(text, year.index);
    PERSON_ROW.lastIndex = 0;
    const row = PERSON_ROW.exec(text.slice(lineStart, lineEnd));
    if (row === null) continue;
    if (!knownNameIn(row[1]!)) continue;
    const dates = [...datesIn(row[0])].filter((date) => FULL_YEAR.test(date[0]));
    // "Kai Thompson - 2009" under "name / year of birth": a year alone where the list says so.
    if (dates.length === 0) {
      yearsOfBirth ??= YEAR_OF_BIRTH.test(text);
      if (yearsOfBirth) dates.push(...row[0].matchAll(YEAR_ALONE));
    }
    if (dates.length !== 1) continue;
    const date = dates[0]!;
    if (Number(YEAR_IN_DATE.exec(date[0])![0]) > latestYear) continue;
    const end = date.index + date[0].length;
    if (TIME_AFTER_DATE.test(row[0].slice(end, end + 8)) || RANGE_BEFORE.test(row[0].slice(0, date.index)))
      continue;
    const start = lineStart + date.index;
    found.push(birthDate(start, start + date[0].length, Score.context));
    rowStarts.push(lineStart);
  }
  if (found.length < MIN_ROWS) return;
  out.push(...found);
  shortYearRows(text, rowStarts, out);
}

function knownNameIn(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[ \t,]+/)
    .some((word) => GIVEN.has(word) || SURNAMES.has(word));
}

/** A date with a two-digit year: "17.4.77". */
const SHORT_YEAR_DATE = /(?<![\d.])\d{1,2}\.\d{1,2}\.(\d{2})(?![\d.])/g;

/**
 * "Hoxha Arben – 17.4.77 – MA 30788" among rows with full years: a row beside the list's rows
 * that gives a two-digit year of the last century. Not alone: "17.4.77" could be any day's date.
 */
function shortYearRows(text: string, rowStarts: readonly number[], out: Span[]): void {
  const rows = new Set(rowStarts);
  const thisYear = new Date().getFullYear() % 100;
  for (const rowStart of rowStarts) {
    const before = rowStart > 0 ? text.lastIndexOf("\n", rowStart - 2) + 1 : -1;
    const after = endOfLine(text, rowStart) + 1;
    for (const lineStart of [before, after]) {
      if (lineStart < 0 || lineStart >= text.length || rows.has(lineStart)) continue;
      rows.add(lineStart);
      const line = text.slice(lineStart, endOfLine(text, lineStart));
      PERSON_ROW.lastIndex = 0;
      const row = PERSON_ROW.exec(line);
      if (row === null || !knownNameIn(row[1]!)) continue;
      const dates = [...row[0].matchAll(SHORT_YEAR_DATE)];
      // Two digits above this year's are last century's: "77" is 1977, "05" may be 2005.
      if (dates.length !== 1 || Number(dates[0]![1]) <= thisYear) continue;
      const start = lineStart + dates[0]!.index;
      out.push(birthDate(start, start + dates[0]![0].length, Score.context));
    }
  }
}

/**
 * "Elif Aydın 14.7.2012", "Patientin: Nora Baumgartner, 08.03.2015", "Jan (11.12.2017, …)",
 * "Omar Haddad 2014-11-05": a date right after a person's name is their birth date when its year
 * lies some years back; a date of this year or the two before is more likely an appointment's or a
 * letter's.
 */
const DATE_AFTER_NAME =
  /^[ \t]*[,(]?[ \t]*(\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d)(?![\d./-])/;
/** "Mrs Georgiou (1/8/53)": a short year only alone in brackets, and only a past century's. */
const SHORT_YEAR_AFTER_NAME = /^[ \t]?\((\d{1,2}[./]\d{1,2}[./](\d{2}))\)/;
const MIN_YEARS_BACK = 3;

/**
 * "Finn Hoppe (Jg. 2009)", "Giulia Rinaldi (1971), 2: Marco Benedetti (1966)": a year of birth in
 * brackets after a name, marked as one ("Jg.", "geb.", "born", "b.") or, bare, in a list of two
 * names at least that give one each, as crews' and teams' lists do.
 */
const YEAR_AFTER_NAME = /^[ \t]?\((jg\.|jahrgang|geb\.|born|b\.)?[ \t]?((?:19|20)\d{2})\)/i;
/**
 * "Paul Schneider, Jg. 2015, -27 kg", a crew's "Volker Dreesen     Jg. 1971": a team's cohort after
 * a comma or in the next column ("geb. 2015" there is as often a horse's or a dog's).
 */
const MARKED_YEAR_AFTER_NAME = /^(?:,[ \t]*|[ \t]+)(?:jg\.|jahrgang)[ \t]?((?:19|20)\d{2})(?![\d./])/i;
/** "Amara Okonkwo 2010; Jack Fenwick 2010": bare years after names, where the mail says they are of birth. */
const BARE_YEAR_AFTER_NAME = /^[ \t]+((?:19|20)\d{2})(?=[ \t]*(?:[;,]|\r?\n|$))/;
const MIN_LISTED_YEARS = 2;

/** Birth dates right after the names found; run once the names are among the candidates. */
export function birthDatesAfterNames(text: string, candidates: Span[]): void {
  const thisYear = new Date().getFullYear();
  const latestYear = thisYear - MIN_YEARS_BACK;
  const found: Span[] = [];
  const years: Span[] = [];
  let yearsOfBirth: boolean | undefined;
  for (const span of namesByEnd(candidates)) {
    const after = text.slice(span.end, span.end + 16);
    const bare = BARE_YEAR_AFTER_NAME.exec(after);
    if (bare !== null && Number(bare[1]) <= latestYear) {
      yearsOfBirth ??= YEAR_OF_BIRTH.test(text);
      if (yearsOfBirth) {
        const start = span.end + bare[0].length - 4;
        years.push(birthDate(start, start + 4, Score.context));
        continue;
      }
    }
    const year = YEAR_AFTER_NAME.exec(after);
    if (year !== null && Number(year[2]) <= latestYear) {
      const start = span.end + year[0].length - 1 - year[2]!.length;
      (year[1] === undefined ? years : found).push(birthDate(start, start + 4, Score.context));
      continue;
    }
    const marked = MARKED_YEAR_AFTER_NAME.exec(after);
    if (marked !== null && Number(marked[1]) <= latestYear) {
      const start = span.end + marked[0].length - 4;
      found.push(birthDate(start, start + 4, Score.context));
      continue;
    }
    const short = SHORT_YEAR_AFTER_NAME.exec(after);
    // Two digits above this year's are last century's: "53" is 1953, "25" may be this year.
    if (short !== null && Number(short[2]) > thisYear % 100) {
      const start = span.end + short[0].length - 1 - short[1]!.length;
      found.push(birthDate(start, start + short[1]!.length, Score.context));
      continue;
    }
    const date = DATE_AFTER_NAME.exec(after);
    if (date === null || TIME_AFTER_DATE.test(text.slice(span.end + date[0].length))) continue;
    if (Number(YEAR_IN_DATE.exec(date[1]!)![0]) > latestYear) continue;
    const start = span.end + date[0].length - date[1]!.length;
    found.push(birthDate(start, start + date[1]!.length, Score.context));
  }
  candidates.push(...found, ...(years.length >= MIN_LISTED_YEARS ? years : []));
}

/**
 * "Schumacher, Marlene\n11.03.2008\n0157 …": a members' list a line per field, a full date alone
 * on the line under a person's name. At least ten years back: a letter's date under its signature
 * is recent.
 */
const DATE_UNDER_NAME = new RegExp(
  String.raw`^[ \t>*•-]*(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?,[ \u00a0]\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){1,3})[ \t]*\r?\n[ \t>]*(${DAY}\.${MONTH_NUMBER}\.${YEAR})[ \t]*\r?$`,
  "gmu",
);
const MIN_YEARS_UNDER_NAME = 10;

function datesUnderNames(text: string, out: Span[]): void {
  if (!/\n[ \t>]*\d{1,2}\.\d{1,2}\.(?:18|19|20)\d{2}[ \t]*\r?(?:\n|$)/.test(text)) return;
  const latest = new Date().getFullYear() - MIN_YEARS_UNDER_NAME;
  for (const match of text.matchAll(DATE_UNDER_NAME)) {
    const date = match[2]!;
    if (Number(YEAR_IN_DATE.exec(date)![0]) > latest) continue;
    const end = match.index + match[0].trimEnd().length;
    out.push(birthDate(end - date.length, end, Score.context));
  }
}

/**
 * "Familie: … / Dilvin - 14.03.2009 / Sozdar - 02.11.2012", "children: / Ifrah 03.01.2018 /
 * Saynab 29.08.2021": children listed by given name alone, a line each with the birth date. Taken
 * as a block of lines in a row, when one of its names at least is a given name the lexicon knows
 * and every date lies before this year (a plan of weekdays and days to come is no such list).
 */
const GIVEN_NAME_ROW =
  /^[ \t>*•-]*(\p{Lu}[\p{Ll}'’-]+)[ \t]*[–-]?[ \t]*(\d{1,2}\.\d{1,2}\.((?:19|20)\d{2}))[ \t]*\r?$/gmu;
const MIN_CHILD_ROWS = 2;

function childrenByGivenName(text: string, out: Span[]): void {
  if (!/\.(?:19|20)\d{2}[ \t]*\r?(?:\n|$)/.test(text)) return;
  const thisYear = new Date().getFullYear();
  for (const block of blocksOfLines(text, text.matchAll(GIVEN_NAME_ROW))) {
    const known = block.some((row) => GIVEN.has(row[1]!.toLowerCase()));
    const plausible = block.every(
      (row) => !NOT_NAMES.has(row[1]!.toLowerCase()) && Number(row[3]) < thisYear,
    );
    if (block.length < MIN_CHILD_ROWS || !known || !plausible) continue;
    for (const row of block) {
      const nameStart = row.index + row[0].indexOf(row[1]!);
      out.push({
        type: EntityType.ENTITY_TYPE_PERSON,
        start: nameStart,
        end: nameStart + row[1]!.length,
        score: Score.context,
      });
      pushRowDate(row, out);
    }
  }
}

/**
 * "Ananya Raghavan   9.11.14 / Lena Wiśniewska   22.5.15 / Torwart: Paula Schmid 19.2.14": a
 * team sheet, a name and a date a line, often with a two-digit year. Taken as a block of three
 * lines at least, two of whose names the lexicon knows, when no year is this one or the last (a
 * list of appointments has those).
 */
const TEAM_SHEET_ROW =
  /^[ \t>*•-]*(?:\p{L}+:[ \t]+)?(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){1,2})[ \t]+(\d{1,2}\.\d{1,2}\.(\d{2}|(?:19|20)\d{2}))[ \t]*\r?$/gmu;
const MIN_SHEET_ROWS = 3;
const MIN_SHEET_KNOWN = 2;

function teamSheetDates(text: string, out: Span[]): void {
  if (!/\d\.\d{1,2}\.\d{2}[ \t]*\r?\n/.test(text)) return;
  const thisYear = new Date().getFullYear();
  const recent = (year: string) => {
    const full = year.length === 2 ? 2000 + Number(year) : Number(year);
    return full >= thisYear - 1 && full <= thisYear + 1;
  };
  for (const block of blocksOfLines(text, text.matchAll(TEAM_SHEET_ROW))) {
    const known = block.filter((row) => knownNameIn(row[1]!)).length;
    if (block.length < MIN_SHEET_ROWS || known < MIN_SHEET_KNOWN || block.some((row) => recent(row[3]!)))
      continue;
    for (const row of block) pushRowDate(row, out);
  }
}

/** The date of a row (group 2), the last thing on its line. */
function pushRowDate(row: RegExpExecArray, out: Span[]): void {
  const start = row.index + row[0].lastIndexOf(row[2]!);
  out.push(birthDate(start, start + row[2]!.length, Score.context));
}

/** Matches of a line's pattern, grouped into blocks of lines that follow one another. */
function blocksOfLines(text: string, rows: Iterable<RegExpExecArray>): RegExpExecArray[][] {
  const blocks: RegExpExecArray[][] = [];
  for (const row of rows) {
    const block = blocks.at(-1);
    const last = block?.at(-1);
    if (
      block !== undefined &&
      last !== undefined &&
      text.slice(last.index + last[0].length, row.index) === "\n"
    )
      block.push(row);
    else blocks.push([row]);
  }
  return blocks;
}

/**
 * "b. 1874 Posen", "(born 1919 in Lemgo)", "(* 1939 Stettin)", "* ca. 1932": a year alone right
 * after a mark of birth is a year of birth, as family trees and heirs' questionnaires give them.
 * Not after "geb.": horses, dogs and houses are "geb. 2012" in German as often as people.
 */
const YEAR_AFTER_BIRTH_MARK =
  /(?:(?<![\p{L}])(?:b\.|born)|(?<![\p{L}\d*])\*)[ \u00a0]*(?:(?:ca\.|around|um|etwa)[ \u00a0]*)?((?:1[6-9]|20)\d{2})(?![\d./:-]|[ \u00a0]?[–-][ \u00a0]?\d)/gu;
const BIRTH_MARK_HINT = /b\.|born|\*/;

function yearsAfterBirthMarks(text: string, out: Span[]): void {
  if (!BIRTH_MARK_HINT.test(text)) return;
  const latestYear = new Date().getFullYear() - YOUNGEST_YEARS;
  for (const match of text.matchAll(YEAR_AFTER_BIRTH_MARK)) {
    if (Number(match[1]) > latestYear) continue;
    const start = match.index + match[0].length - 4;
    out.push(birthDate(start, start + 4, Score.context));
  }
}
