import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// The machine-readable zone of a passport (two lines of 44 characters) or an identity card (three
// of 30), pasted into a mail to have its spelling checked: "P<TURAKSOY<<SELIN<<<…" over
// "U419376288TUR8709239F2903057<<<…". ICAO 9303 gives each field a fixed place and the document's
// number and the birth date a check digit, so a line is read only where those digits hold.

/** A line of the zone: capitals, digits and fillers only. */
const ZONE_LINE = /^[ \t>]*([A-Z0-9<]{30,44})[ \t]*\r?$/gm;
const NAMES = /[A-Z][A-Z<]*[A-Z]/;
const CHECK_WEIGHTS = [7, 3, 1];

type Line = { value: string; start: number };

export function detectMachineReadableZones(text: string, out: Span[]): void {
  if (!text.includes("<<")) return;
  const lines = [...text.matchAll(ZONE_LINE)].map((match) => ({
    value: match[1]!,
    start: match.index + match[0].indexOf(match[1]!),
  }));
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1];
    if (line.value.length === 44 && next?.value.length === 44 && /^P/.test(line.value))
      passport(line, next, out);
    const third = lines[index + 2];
    if (line.value.length === 30 && next?.value.length === 30 && third?.value.length === 30)
      identityCard(line, next, third, out);
  }
}

/** TD3: the names after type and issuer on the first line; number, birth date on the second. */
function passport(first: Line, second: Line, out: Span[]): void {
  const numberValid = checked(second.value.slice(0, 9), second.value[9]!);
  const birthValid = checked(second.value.slice(13, 19), second.value[19]!);
  if (!numberValid && !birthValid) return;
  if (numberValid) pushField(second.value, second.start, 0, 9, EntityType.ENTITY_TYPE_ID_DOCUMENT, out);
  if (birthValid) pushField(second.value, second.start, 13, 19, EntityType.ENTITY_TYPE_DATE_OF_BIRTH, out);
  pushNames(first.value.slice(5), first.start + 5, out);
}

/** TD1: number on the first line, birth date on the second, names on the third. */
function identityCard(first: Line, second: Line, third: Line, out: Span[]): void {
  const numberValid = checked(first.value.slice(5, 14), first.value[14]!);
  const birthValid = checked(second.value.slice(0, 6), second.value[6]!);
  if (!numberValid || !birthValid) return;
  pushField(first.value, first.start, 5, 14, EntityType.ENTITY_TYPE_ID_DOCUMENT, out);
  pushField(second.value, second.start, 0, 6, EntityType.ENTITY_TYPE_DATE_OF_BIRTH, out);
  pushNames(third.value, third.start, out);
}

/** A field without its trailing fillers. */
function pushField(
  line: string,
  lineAt: number,
  from: number,
  to: number,
  type: EntityType,
  out: Span[],
): void {
  const value = line.slice(from, to).replace(/<+$/, "");
  if (value.length > 0)
    out.push({ type, start: lineAt + from, end: lineAt + from + value.length, score: Score.validated });
}

/** "AKSOY<<SELIN<<<<…": surname, the double filler, given names; the trailing fillers stay outside. */
function pushNames(field: string, fieldAt: number, out: Span[]): void {
  const names = NAMES.exec(field);
  if (names === null) return;
  const start = fieldAt + names.index;
  out.push({
    type: EntityType.ENTITY_TYPE_PERSON,
    start,
    end: start + names[0].length,
    score: Score.validated,
  });
}

/** ICAO 9303's check digit: weights 7, 3, 1 over digits, letters (A = 10) and fillers (0). */
function checked(field: string, digit: string): boolean {
  if (!/^\d$/.test(digit)) return false;
  let sum = 0;
  for (const [index, char] of [...field].entries()) {
    const code = char.charCodeAt(0);
    const value = char === "<" ? 0 : code >= 65 ? code - 55 : code - 48;
    sum += value * CHECK_WEIGHTS[index % 3]!;
  }
  return sum % 10 === Number(digit);
}
