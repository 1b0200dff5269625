import { endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// Fleet managers list their drivers one per line, a plate in each, typed as it comes: "LB24 ZKC",
// "LB24ZKE", "LB 24 ZKF"; "M KH 5390 (VW Passat)", "MKH7702". Where one line's plate is found, the
// same field of the lines around it holds a plate of the same kind, however spaced.

/** Fields of a list's line: apart by a spaced dash or bar, a comma or colon, a tab or a column's gap. */
const FIELD_SEPARATOR = /[ \u00a0][|–—-][ \u00a0]|[,:][ \u00a0]|\t|[ \u00a0]{2,}|\|/g;
/** A list's marker before the first field: "- ", "3) ", "2. ". */
const LIST_MARKER = /^[ \t>]*(?:[-*•–]|\d{1,3}[.)])[ \t]+/;
const GERMAN =
  /^[A-ZÄÖÜ]{1,3}[ \u00a0]?[-–]?[ \u00a0]?[A-Z]{1,2}[ \u00a0]?[-–]?[ \u00a0]?[1-9]\d{0,3}[EH]?$/i;
const BRITISH = /^[A-Z]{2}[ \u00a0]?\d{2}[ \u00a0]?[A-Z]{3}$/i;
/** A German plate with a dash after its district: "OF-MA 2290", "HU-Z 77". */
const DISTRICT_DASH = /^[A-ZÄÖÜ]{1,3}[-–][A-Z]{1,2}[ \u00a0]?[1-9]/;
/** How many lines above and below a found plate are read. */
const NEIGHBOUR_LINES = 6;

interface Field {
  start: number;
  end: number;
}

function fieldsOf(text: string, lineStart: number, lineStop: number): Field[] {
  const line = text.slice(lineStart, lineStop);
  const marker = LIST_MARKER.exec(line)?.[0].length ?? 0;
  const fields: Field[] = [];
  let from = marker;
  for (const separator of line.slice(marker).matchAll(FIELD_SEPARATOR)) {
    fields.push({ start: lineStart + from, end: lineStart + marker + separator.index });
    from = marker + separator.index + separator[0].length;
  }
  fields.push({ start: lineStart + from, end: lineStop });
  return fields.map(({ start, end }) => {
    const value = text.slice(start, end);
    const lead = value.length - value.trimStart().length;
    return { start: start + lead, end: start + lead + value.trim().length };
  });
}

/** A field without the note in brackets after its value. */
const headOf = (text: string, field: Field) =>
  text.slice(field.start, field.end).replace(/[ \u00a0]*\(.*$/, "");
const kindOf = (value: string) => (GERMAN.test(value) ? GERMAN : BRITISH.test(value) ? BRITISH : undefined);
const lettersIn = (value: string) => value.replace(/[^\p{L}]/gu, "").length;

/** Plates in the same field of the lines around each plate in `found` that opens a field. */
export function detectListedPlates(text: string, found: readonly Span[], out: Span[]): void {
  const taken = new Set(found.map((span) => span.start));
  for (const plate of found) {
    const lineStart = text.lastIndexOf("\n", plate.start - 1) + 1;
    // The plate opens its field; a note in brackets may follow it ("M KH 5390 (VW Passat)").
    const index = fieldsOf(text, lineStart, endOfLine(text, plate.start)).findIndex(
      (field) => field.start === plate.start && headOf(text, field).length === plate.end - plate.start,
    );
    const value = text.slice(plate.start, plate.end);
    const kind = kindOf(value);
    if (index === -1 || kind === undefined) continue;
    for (const [start, end] of neighbours(text, lineStart)) {
      const field = fieldsOf(text, start, end)[index];
      if (field === undefined || taken.has(field.start)) continue;
      // Of the same kind and as many letters: "SF 3" beside "HH-AB 1234" is an insurance class.
      // German plates with a district's dash may differ: "OF-MA 2290" beside "HU-Z 77".
      const other = headOf(text, field);
      if (!kind.test(other)) continue;
      if (lettersIn(other) !== lettersIn(value) && !(DISTRICT_DASH.test(other) && DISTRICT_DASH.test(value)))
        continue;
      taken.add(field.start);
      out.push({
        type: EntityType.ENTITY_TYPE_LICENSE_PLATE,
        start: field.start,
        end: field.start + other.length,
        score: Score.context,
      });
    }
  }
}

/** The lines around the one at `lineStart`, up to a blank line. */
function neighbours(text: string, lineStart: number): [number, number][] {
  const lines: [number, number][] = [];
  for (let start = lineStart, n = 0; start > 0 && n < NEIGHBOUR_LINES; n++) {
    const previous = text.lastIndexOf("\n", start - 2) + 1;
    if (text.slice(previous, start - 1).trim() === "") break;
    lines.push([previous, start - 1]);
    start = previous;
  }
  for (let end = text.indexOf("\n", lineStart), n = 0; end !== -1 && n < NEIGHBOUR_LINES; n++) {
    const next = text.indexOf("\n", end + 1);
    const stop = next === -1 ? text.length : next;
    if (text.slice(end + 1, stop).trim() === "") break;
    lines.push([end + 1, stop]);
    end = next;
  }
  return lines;
}
