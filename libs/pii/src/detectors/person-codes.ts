import { EntityType } from "../entity-types.js";
import { namesByEnd, Score, type Span, valueSpan } from "../spans.js";

// A person's code in a staff or member list: "Paweł Wójcik (HAC-0503) has left", "Ji-woo Park
// (ID NX-2457)". Short codes of a few capitals and four digits are everywhere in product and norm
// names ("DIN-1234"), so the shape alone is no rule (references.ts wants five digits); right after a
// person's name in brackets, or after "ID", it is the person's.

/** The code in brackets right after a name. */
const CODE_AFTER_NAME = /^[ \t]?\(((?:ID[ \u00a0:]+)?[A-Z]{2,4}-?\d{3,6})\)/;
/**
 * "Tadhg Brennan, ID HAC-0561", "(ID NX-2457)": a short code after the word standing alone; after
 * a noun it is the thing's ("machine ID TA-1187", "vehicle ID MAN-2210").
 */
const CODE_AFTER_ID = /ID[ \u00a0]?:?[ \u00a0]+([A-Z]{1,4}-\d{4})(?![\p{L}\d-]|[.,]\d)/gu;
/** What may stand before "ID" standing alone: a line's start, a bracket, a comma or a dash. */
const ID_ALONE_BEFORE = /(?:^|[\n(,;–—])[ \t]*$/;

/** "07:30  Obi, Emeka      30871  Lärm": a number in its own column after a name. */
const COLUMN_AFTER_NAME = /^(?: {2,}|\t+)(\d{5,6})(?= {2,}|\t|\r?\n|$)/;
/** Rows a column of numbers needs before it is a list's personnel numbers, not a stray figure. */
const MIN_COLUMN_ROWS = 3;

/** Codes after the names found; run once the names are among the candidates. */
export function codesAfterNames(text: string, candidates: Span[]): void {
  const found: Span[] = [];
  const column: Span[] = [];
  for (const span of namesByEnd(candidates)) {
    const cell = COLUMN_AFTER_NAME.exec(text.slice(span.end, span.end + 40));
    if (cell !== null) {
      const end = span.end + cell[0].length;
      column.push(personCode(end - cell[1]!.length, end));
      continue;
    }
    if (text.charCodeAt(span.end) !== 0x20 && text.charCodeAt(span.end) !== 0x28) continue;
    const code = CODE_AFTER_NAME.exec(text.slice(span.end, span.end + 24));
    if (code === null) continue;
    const value = code[1]!.replace(/^ID[ \u00a0:]+/, "");
    const end = span.end + code[0].length - 1;
    found.push(personCode(end - value.length, end));
  }
  if (text.includes("ID"))
    for (const match of text.matchAll(CODE_AFTER_ID))
      if (ID_ALONE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index)))
        found.push(valueSpan(EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, match, Score.context));
  candidates.push(...found, ...(column.length >= MIN_COLUMN_ROWS ? column : []));
}

function personCode(start: number, end: number): Span {
  return { type: EntityType.ENTITY_TYPE_CUSTOMER_NUMBER, start, end, score: Score.context };
}
