import { endOfLine } from "../chars.js";
import { Score, type Span } from "../spans.js";
import { birthDate, DAY, datesIn, firstDateIn, NUMERIC_DATE, YEAR } from "./date-patterns.js";
import { barCellsOf, type Cell, slashCellsOf } from "./tables.js";

// Birth dates below a keyword: in its column of a table, or after the names of a numbered list
// whose first item carried the keyword.

/**
 * A birth-date column: the keyword heads a column of a table ("Name   Geburtsdatum", "Name | Born |
 * Passport") and each row below, up to a blank line, has a date in that column: at the line's end
 * when the keyword ends the header, else in the same cell between bars, or starting below the
 * keyword in a table aligned with spaces.
 */
export function datesInColumn(text: string, keywordAt: number, keywordEnd: number, out: Span[]): void {
  const headerStart = text.lastIndexOf("\n", keywordAt - 1) + 1;
  const headerEnd = text.indexOf("\n", keywordEnd);
  if (headerEnd === -1) return;
  const last = /^[ \u00a0\t]*\r?$/.test(text.slice(keywordEnd, headerEnd));
  // A header's cell starts the keyword; "Brauch deine Nummer und Geburtsdatum" ends a sentence.
  const cellStart = CELL_BEFORE.test(text.slice(headerStart, keywordAt));
  if (!cellStart && !(last && SHORT_HEADER_BEFORE.test(text.slice(headerStart, keywordAt)))) return;
  if (!last && !CELL_AFTER.test(text.slice(keywordEnd, headerEnd))) return;
  // Between bars or spaced slashes, the keyword's cell as the table reader counts them; else its column.
  const cell = cellsOf(text, headerStart, headerEnd)?.findIndex(
    (c) => c.start <= keywordAt && keywordAt < c.end,
  );
  const column = keywordAt - headerStart;
  let lineStart = headerEnd + 1;
  for (let row = 0; row < MAX_COLUMN_ROWS && lineStart < text.length; row++) {
    const lineEnd = endOfLine(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === "") return;
    const date = last
      ? lastColumnDate(line, lineStart)
      : cell !== undefined
        ? cellDate(text, lineStart, lineEnd, cell)
        : alignedDate(line, lineStart, column);
    if (date !== undefined) out.push(birthDate(date[0], date[1], Score.context));
    if (lineEnd === text.length) return;
    lineStart = lineEnd + 1;
  }
}
/** A header cell's edges: the line's start, a bar, a spaced slash, a tab or two spaces. */
const CELL_BEFORE = /(?:^|\||[ \u00a0]{2}|\t| \/)[ \u00a0\t]*$/;
/** A header's words before its last cell: "Kinder, Geburtsdaten", "Name und Geburtsdatum". */
const SHORT_HEADER_BEFORE =
  /^[ \u00a0\t>*•-]*(?:[\p{Lu}\d][\p{L}\d.-]*[ \u00a0,/&+]*(?:und|and|&)?[ \u00a0]*){0,2}$/u;
const CELL_AFTER = /^(?:[ \u00a0\t]*(?:\||\t)|[ \u00a0]{2}| \/ )/;
const cellsOf = (text: string, lineStart: number, lineEnd: number): Cell[] | undefined =>
  barCellsOf(text, lineStart, lineEnd) ?? slashCellsOf(text, lineStart, lineEnd);
const DATES = new RegExp(String.raw`(?<![\d./-])(?:${NUMERIC_DATE})(?![\d./-])`, "g");

/** Where a date ends a row, in text offsets. */
function lastColumnDate(line: string, lineStart: number): [number, number] | undefined {
  const date = COLUMN_DATE.exec(line);
  if (date === null) return undefined;
  // The match opens with the one space or bar before the date.
  const start = lineStart + date.index + 1;
  return [start, start + date[1]!.length];
}

/** The row's cell `cell` between bars or spaced slashes, when it holds a date and nothing else. */
function cellDate(
  text: string,
  lineStart: number,
  lineEnd: number,
  cell: number,
): [number, number] | undefined {
  const value = cellsOf(text, lineStart, lineEnd)?.[cell];
  if (value === undefined) return undefined;
  // Any date the pattern reads, "14MAR1986" as manifests write it too, filling the cell.
  const date = firstDateIn(text.slice(value.start, value.end));
  if (date?.index !== 0 || date[0].length !== value.end - value.start) return undefined;
  return [value.start, value.end];
}

/** A date starting below the keyword in a table aligned with spaces. */
function alignedDate(line: string, lineStart: number, column: number): [number, number] | undefined {
  for (const date of line.matchAll(DATES))
    if (Math.abs(date.index - column) <= 3)
      return [lineStart + date.index, lineStart + date.index + date[0].length];
  return undefined;
}
const MAX_COLUMN_ROWS = 20;
const COLUMN_DATE = new RegExp(
  String.raw`[ \u00a0\t|]((?:${DAY}[./-](?:0?[1-9]|1[0-2])[./-]${YEAR}|${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])))[ \u00a0\t|]*\r?$`,
);

/** "1.", "2)", "- ", or a child's or guest's number as a label: "Kind 3:", "Child 2:", "Gast 4:". */
const LIST_ITEM =
  /^[ \u00a0\t>]*(?:\d{1,2}[.)]|[-*•–]|(?:Kind|Child|Gast|Guest|Person|Teilnehmer(?:in)?|Participant)[ \u00a0]\d{1,2}:)[ \u00a0\t]/;
/** A date right after a name and perhaps a comma: "Leon, 09.07.2019", "Dua 22.01.2015". */
const DATE_AFTER_NAME = new RegExp(String.raw`[\p{Lu}][\p{L}'’-]+,?[ \u00a0]+(${NUMERIC_DATE})(?!\d)`, "u");

/**
 * A list of people where the first item says "geb." and the later ones only put a date after the
 * name ("1. Arben Hoxha, geb. 14.05.1979" … "3. Dua, 22.01.2015"): those dates are birth dates too.
 * Returns where the list ends, so a later keyword in it does not read it again.
 */
export function datesInLaterItems(text: string, keywordAt: number, out: Span[]): number {
  const lineStart = text.lastIndexOf("\n", keywordAt - 1) + 1;
  let lineEnd = text.indexOf("\n", keywordAt);
  if (lineEnd === -1 || !LIST_ITEM.test(text.slice(lineStart, keywordAt))) return keywordAt;
  for (let row = 0; row < MAX_COLUMN_ROWS; row++) {
    const start = lineEnd + 1;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (!LIST_ITEM.test(line)) return start;
    const date = DATE_AFTER_NAME.exec(line);
    if (date !== null) {
      const at = start + date.index + date[0].length - date[1]!.length;
      out.push(birthDate(at, at + date[1]!.length, Score.context));
    }
    if (end === -1) return text.length;
    lineEnd = end;
  }
  return lineEnd;
}

/**
 * A heading of births alone on its line, as a family bible or a register lists them; or a club's
 * birthdays of the month ("Geburtstage im April – bitte gratulieren!").
 */
const BIRTHS_HEADING =
  /^[ \t>]*(?:(?:births|born|geburten|geboren)[ \t]*:?|(?:geburtstage|birthdays)(?![\p{L}])[^\n]{0,60})[ \t]*\r?$/gimu;
/** A day and month, maybe a year, opening a row before a name: "03.04. Karin Weiß". */
const DATE_OPENING_ROW =
  /^[ \t>*•-]*((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)?\d{2})?)[ \t]+\p{Lu}/u;
const MAX_REGISTER_ROWS = 20;

/**
 * "Births" and below it a person a line, each with a date that ends the line ("John Whitfield Jan
 * 9 1858") or opens it ("03.04. Karin Weiß"). The rows stop at a blank line or at a line without
 * such a date.
 */
export function datesUnderBirthsHeading(text: string, out: Span[]): void {
  if (!/births|born|geburt|geboren|birthdays/i.test(text)) return;
  for (const heading of text.matchAll(BIRTHS_HEADING)) {
    let lineStart = endOfLine(text, heading.index) + 1;
    // A blank line may stand between the heading and its first row.
    const firstEnd = endOfLine(text, lineStart);
    if (/^[ \t]*\r?$/.test(text.slice(lineStart, firstEnd))) lineStart = firstEnd + 1;
    for (let row = 0; row < MAX_REGISTER_ROWS && lineStart < text.length; row++) {
      const lineEnd = endOfLine(text, lineStart);
      const line = text.slice(lineStart, lineEnd).trimEnd();
      const opening = DATE_OPENING_ROW.exec(line);
      if (opening !== null) {
        const start = lineStart + opening[0].indexOf(opening[1]!);
        out.push(birthDate(start, start + opening[1]!.length, Score.context));
      } else {
        const date = lastDateOf(line);
        if (date === undefined || !/\p{L}/u.test(line.slice(0, date))) break;
        out.push(birthDate(lineStart + date, lineStart + line.length, Score.context));
      }
      lineStart = lineEnd + 1;
    }
  }
}

/** Where the date that ends `line` starts, if one does. */
function lastDateOf(line: string): number | undefined {
  for (const date of datesIn(line)) if (date.index + date[0].length === line.length) return date.index;
  return undefined;
}
