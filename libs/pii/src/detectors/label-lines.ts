import { endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";
import { ADDRESS_COLUMN, columnType, WORD_VALUES } from "./table-headers.js";
import { pushValue } from "./tables.js";

// Fields whose label stands alone on its line and whose value is the line below: a web form
// pasted as "Field:" lines, an app's screen copied as text ("Depot\n6102 9947 33"). The label
// names the value's type as a table's header names a column's (see tables.ts).

export function detectLabelLines(text: string, out: Span[]): void {
  if (text.includes(":\n") || text.includes(":\r\n")) readLabelLines(text, out);
  readScreenLines(text, out);
}

/** "Student ID:" alone on its line: a web form's field whose value went to the next line. */
const LABEL_LINE = /^[ \t>]*([\p{L}][\p{L} ./-]{1,29}):[ \t]*\r?$/gmu;
const VALUE_LINE = /[ \t>]*(?:[-*•–][ \t]+)?([^\s:][^\n:]{0,39}?)[ \t]*\r?(?:\n|$)/y;
/** An identifier alone on its line: letters and digits in a few groups, nothing of a sentence. */
const IDENTIFIER_LINE = /^[\p{L}\d][\p{L}\d./-]*(?: [\p{L}\d./-]+){0,3}$/u;

/** A label alone on its line without a colon; the line below holds its value. */
const BARE_LABEL = /^[ \t>]*([\p{L}][\p{L} ./-]{1,29})[ \t]*\r?$/u;
const BARE_VALUE = /^[ \t>]*([^\s:][^\n:]{0,39}?)[ \t]*\r?$/;
const DIGIT = /\d/;
/** A screen's value: an identifier of up to eight groups, an IBAN's among them. */
const SCREEN_VALUE = /^[\p{L}\d+][\p{L}\d./+-]*(?: [\p{L}\d./-]+){0,7}$/u;
/** An app's labels of one-time codes: "Bestätigungscode", "SMS-TAN", "PIN". */
const SECRET_LABEL =
  /^(?:(?:bestätigungs|sicherheits|freigabe|einmal|verifizierungs|verification|security|one-time|sms|login|confirmation)[ -]?)?(?:code|pin|tan)$|^(?:passwort|password|kennwort)$/i;

/**
 * An app's screen copied as text: labels and values on alternating lines, no colons ("Depot\n6102
 * 9947 33\nVerrechnungskonto\nDE73 …"). Two such pairs at least make a screen; one alone may be a
 * heading over a number.
 */
function readScreenLines(text: string, out: Span[]): void {
  const found: Span[] = [];
  // Line by line, and only short lines: most lines of a mail are too long to be such a label.
  for (
    let start = 0, end = endOfLine(text, 0);
    end < text.length;
    start = end + 1, end = endOfLine(text, start)
  ) {
    if (end - start > 34 || end - start < 2) continue;
    // The value's line first: a short line with a digit under a short line is rare.
    const valueEnd = endOfLine(text, end + 1);
    if (valueEnd - end > 42 || !DIGIT.test(text.slice(end + 1, valueEnd))) continue;
    const label = BARE_LABEL.exec(text.slice(start, end))?.[1]?.trim();
    if (label === undefined || ADDRESS_COLUMN.test(label)) continue;
    const value = BARE_VALUE.exec(text.slice(end + 1, valueEnd))?.[1];
    if (value === undefined || !SCREEN_VALUE.test(value)) continue;
    const type = SECRET_LABEL.test(label) ? EntityType.ENTITY_TYPE_SECRET : columnType(label);
    if (type === undefined || WORD_VALUES.has(type)) continue;
    const valueStart = end + 1 + text.slice(end + 1, valueEnd).indexOf(value);
    found.push({ type, start: valueStart, end: valueStart + value.length, score: Score.context });
  }
  if (found.length >= 2) out.push(...found);
}

/**
 * A form pasted as "Field:" lines with values on the line below: the value is the next line
 * when it is no label of its own (an empty field's label is followed by the next field's).
 * Addresses are left to the address rules, which read all of their lines.
 */
function readLabelLines(text: string, out: Span[]): void {
  for (const match of text.matchAll(LABEL_LINE)) {
    const label = match[1]!;
    // "Rechnungsanschrift:" is an address's label before it is an invoice's.
    const type = ADDRESS_COLUMN.test(label) ? undefined : columnType(label);
    if (type === undefined) continue;
    VALUE_LINE.lastIndex = match.index + match[0].length + 1;
    const value = VALUE_LINE.exec(text);
    if (value === null || (!WORD_VALUES.has(type) && !IDENTIFIER_LINE.test(value[1]!))) continue;
    const start = value.index + value[0].indexOf(value[1]!);
    pushValue(text, { start, end: start + value[1]!.length }, type, out);
  }
}
