import { EntityType } from "../entity-types.js";
import type { Span } from "../spans.js";

// The date patterns every birth-date reader shares: month names, the parts of a numeric date, the
// one pattern that finds a date in any of its spellings, and the day a date names.

/**
 * Month names by month ("|" between months, spaces between a month's names): the full names and
 * the short ones apart, so that a pattern tries the full names first.
 */
const MONTH_NAMES = {
  de: "januar jänner|februar feber|märz maerz|april|mai|juni|juli|august|september|oktober|november|dezember",
  deShort: "jan|feb|mär mrz|apr||jun|jul|aug|sep sept|okt|nov|dez",
  en: "january|february|march|april|may|june|july|august|september|october|november|december",
  enShort: "jan|feb|mar|apr||jun|jul|aug|sep sept|oct|nov|dec",
  // Birth dates in the writer's own language: Italian, Spanish, Portuguese, French, Dutch, Polish,
  // Turkish.
  it: "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
  es: "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre setiembre|octubre|noviembre|diciembre",
  pt: "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
  fr: "janvier|février fevrier|mars|avril|mai|juin|juillet|août aout|septembre|octobre|novembre|décembre",
  nl: "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
  // Polish writes a date's month in the genitive: "5 listopada 1987 r.".
  pl: "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
  tr: "ocak|şubat subat|mart|nisan|mayıs mayis|haziran|temmuz|ağustos agustos|eylül eylul|ekim|kasım kasim|aralık aralik",
};
const namesOf = (list: string) => list.split(/[| ]/).filter((name) => name !== "");
/** "july|jul" → "[Jj]uly|[Jj]ul": month names as written, without a case-insensitive search. */
const capitalized = (names: string) =>
  names
    .split("|")
    .map((name) => `[${name[0]!.toUpperCase()}${name[0]}]${name.slice(1)}`)
    .join("|");
export const MONTHS_DE = [...namesOf(MONTH_NAMES.de), ...namesOf(MONTH_NAMES.deShort)].join("|");
export const MONTHS_EN = [...namesOf(MONTH_NAMES.en), ...namesOf(MONTH_NAMES.enShort)].join("|");
/** German and English month names in lower case, for patterns that ignore case. */
export const MONTHS_DE_EN = `${MONTHS_DE}|${MONTHS_EN}`;
/** Thai months, for birth dates in the Buddhist calendar ("7 กรกฎาคม 2531"). */
export const MONTHS_TH =
  "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม";
const MONTHS_OTHER = [
  ...new Set(
    [
      MONTH_NAMES.it,
      MONTH_NAMES.es,
      MONTH_NAMES.pt,
      MONTH_NAMES.fr,
      MONTH_NAMES.nl,
      MONTH_NAMES.pl,
      MONTH_NAMES.tr,
    ].flatMap(namesOf),
  ),
].join("|");
/** A day's number, a month's and a year's, as the numeric date patterns here and elsewhere read them. */
export const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
export const MONTH_NUMBER = "(?:0?[1-9]|1[0-2])";
/** A day as a word: "elfte", "dritten", "dreiundzwanzigsten", "first", "twenty third". */
const ORDINAL_WORD = `(?:[a-zäöüß]{3,}(?:te|ten|ste|sten)|(?:twenty|thirty)?[ -]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|[a-z]+teenth|tenth|eleventh|twelfth|twentieth|thirtieth))`;
/** A year as words: "neunzehnhundertachtzig", "zweitausendzwölf", "nineteen seventy-nine". */
const YEAR_WORDS = `(?:neunzehnhundert[a-zäöüß]*|zweitausend[a-zäöüß]*|nineteen[ -][a-z]+(?:-[a-z]+)?|two thousand(?: and)?(?:[ -][a-z]+(?:-[a-z]+)?)?)`;
export const YEAR = String.raw`(?:18|19|20)\d{2}`;
/** The year of a date the patterns below matched. */
export const YEAR_IN_DATE = new RegExp(YEAR);

const DATE = new RegExp(
  [
    // "15.03.2001 р.": Ukrainian writes the year's word after it.
    // "30 . 08 . 2001", "18 / 06 / 1982", "14. 3. 1941", "3 .4. 1936": spaces beside the marks too.
    String.raw`${DAY}(?:[./-](?:0?[1-9]|1[0-2])[./-](?:${YEAR}(?:[ \u00a0]р\.)?|\d{2})|[ \u00a0]?[./-][ \u00a0]?(?:0?[1-9]|1[0-2])[ \u00a0]?[./-][ \u00a0]?${YEAR})(?!\d)`,
    String.raw`${YEAR}(?:[-/.]|[ \u00a0][-/.][ \u00a0])(?:0[1-9]|1[0-2])(?:[-/.]|[ \u00a0][-/.][ \u00a0])(?:0[1-9]|[12]\d|3[01])(?!\d)`,
    // "2001年3月15日", "1998년 11월 2일": year, month and day with their CJK or Hangul marks; "12
    // มีนาคม 2535" with a Thai month and a Buddhist year.
    `${YEAR}年(?:0?[1-9]|1[0-2])月${DAY}日`,
    String.raw`${YEAR}년[ \u00a0]?(?:0?[1-9]|1[0-2])월[ \u00a0]?${DAY}일`,
    String.raw`${DAY}[ \u00a0]+(?:${MONTHS_TH})[ \u00a0]+(?:25|19|20)\d{2}(?!\d)`,
    // "12.IV.1985", "3.II.1841": the month in Roman numerals, as Polish forms and church books write it.
    String.raw`${DAY}\.[ \u00a0]?(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.[ \u00a0]?${YEAR}(?!\d)`,
    // "8/21/94": month first, the year perhaps in two digits.
    String.raw`(?:0?[1-9]|1[0-2])/${DAY}/(?:${YEAR}|\d{2})(?!\d)`,
    // "07-22-1979": month first with dashes, where the day cannot be a month.
    String.raw`(?:0?[1-9]|1[0-2])-(?:1[3-9]|2\d|3[01])-${YEAR}(?!\d)`,
    String.raw`${DAY}\.?[ \u00a0]*(?:${MONTHS_DE})\.?[ \u00a0]*${YEAR}(?!\d)`,
    // "4th aug 92": an English month's name before a year of two digits too.
    String.raw`${DAY}(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(?:${MONTHS_EN})\.?,?[ \u00a0]*(?:${YEAR}|'?\d{2}(?![:.]?\d))(?!\d)`,
    // "2 aprile 1994", "17 de agosto de 1989", "1er mars 1990", "5 listopada 1987 r.".
    String.raw`(?<![\p{L}\d])${DAY}(?:º|°|er)?[ \u00a0]+(?:de[ \u00a0]+)?(?:${MONTHS_OTHER})[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+)?${YEAR}(?!\d)(?:[ \u00a0]r\.)?`,
    // "14-Feb-1987", "03-März-1990": day, month name and year joined by dashes.
    String.raw`${DAY}-(?:${MONTHS_EN}|${MONTHS_DE})-(?:${YEAR}|\d{2})(?!\d)`,
    // "12MAR1979": airline and passport style.
    String.raw`(?<![\p{L}\d])${DAY}(?:${MONTHS_EN})(?:${YEAR}|\d{2})(?!\d)`,
    String.raw`(?:${MONTHS_EN})\.?[ \u00a0]+${DAY}(?:st|nd|rd|th)?,?[ \u00a0]*${YEAR}(?!\d)`,
    // Read out: "dritten März neunzehnhundertachtzig", "twenty third of July nineteen seventy-nine",
    // "the fourteenth of March, 1939".
    String.raw`(?<![\p{L}])${ORDINAL_WORD}[ \u00a0]+(?:of[ \u00a0]+)?(?:${MONTHS_DE}|${MONTHS_EN}),?[ \u00a0]+(?:${YEAR_WORDS}|${YEAR}(?!\d))`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join("|"),
  "giu",
);

/** A full date written with digits, as forms and lists give birth dates. */
export const NUMERIC_DATE = String.raw`${DAY}[./-](?:0?[1-9]|1[0-2])[./-]${YEAR}|${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`;
/**
 * "22 July 1934", "3. Mai 1941": a full date with its month's name, in brackets only ("On Mon, 14
 * Oct 2024" heads a quote).
 */
export const WRITTEN_DATE = String.raw`${DAY}\.?[ \u00a0](?:${capitalized(MONTHS_EN)}|${capitalized(MONTHS_DE)})\.?[ \u00a0]${YEAR}`;

export function birthDate(start: number, end: number, score: number): Span {
  return { type: EntityType.ENTITY_TYPE_DATE_OF_BIRTH, start, end, score };
}

/** A month's number by any of its names, German or English, full or short. */
const MONTH_NUMBERS = new Map<string, number>();
for (const list of Object.values(MONTH_NAMES))
  for (const [index, month] of list.split("|").entries())
    for (const name of month.split(" ")) if (name !== "") MONTH_NUMBERS.set(name, index + 1);

/** Day, month and year of a date with digits or a month's name ("08/04/1994", "8 April 1994"), as one key. */
export function dateKey(value: string): string | undefined {
  const lower = value.toLowerCase();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(lower);
  if (iso) return `${Number(iso[1])}-${Number(iso[2])}-${Number(iso[3])}`;
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(lower);
  if (numeric) return `${Number(numeric[3])}-${Number(numeric[2])}-${Number(numeric[1])}`;
  const dayFirst =
    /^(\d{1,2})(?:st|nd|rd|th)?\.?[ \u00a0]*(?:of[ \u00a0]+)?([a-zäöü]+)\.?,?[ \u00a0]*(\d{4})$/.exec(lower);
  const monthFirst = /^([a-zäöü]+)\.?[ \u00a0]+(\d{1,2})(?:st|nd|rd|th)?,?[ \u00a0]*(\d{4})$/.exec(lower);
  const [day, month, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const monthNumber = MONTH_NUMBERS.get(month ?? "");
  return monthNumber === undefined ? undefined : `${Number(year)}-${monthNumber}-${Number(day)}`;
}

/** A time right after a date: "14.03.2024 09:15", "21.04.24, 11:40", a log's or a message's. */
export const TIME_AFTER_DATE = /^,?[ \u00a0]*\d{1,2}:\d{2}/;

/** The longest date the pattern reads ("30. September 2024", "September 30th, 2024"). */
export const DATE_LENGTH = 20;

/** The first date in `window`. The pattern is global and shared: its lastIndex is reset first. */
export function firstDateIn(window: string): RegExpExecArray | null {
  DATE.lastIndex = 0;
  return DATE.exec(window);
}

/** Every date in `window`; matchAll would start where the shared pattern's last exec left off. */
export function datesIn(window: string) {
  DATE.lastIndex = 0;
  return window.matchAll(DATE);
}
