import { Score, type Span } from "../spans.js";

// One address is often found in parts: the street, then the town. These join the parts, with what
// stands between them (floors, flats, post boxes), and take a town that no town rule knows.

/** Nothing but a comma, bar or line break between two parts of an address. */
export const JOINER = /^[ \u00a0]*(?:[,|·•][ \u00a0]*)?(?:\r?\n[ \u00a0>]*)?$/;

/** One placeholder per postal address: street line and town line become one span. */
export function mergeAdjacent(text: string, found: Span[], out: Span[]): void {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let current: Span | undefined;
  for (const span of found) {
    if (current === undefined) {
      current = { ...span };
      continue;
    }
    if (span.start < current.end) {
      current.end = Math.max(current.end, span.end);
      current.score = Math.max(current.score, span.score);
    } else if (
      JOINER.test(text.slice(current.end, span.start)) ||
      IN_TOWN.test(text.slice(current.end, span.start)) ||
      addressParts(text.slice(current.end, span.start))
    ) {
      current.end = span.end;
      current.score = Math.max(current.score, span.score, Score.context);
    } else {
      out.push(withTail(text, current));
      current = { ...span };
    }
  }
  if (current !== undefined) out.push(withTail(text, current));
}

/** "Lindenstraße 4 in 06108 Halle": the town after "in". */
const IN_TOWN = /^[ \u00a0]+in[ \u00a0]+$/;
const PART_SEPARATOR = /[,/|·•\n]/;
/** One part of an address between street and town: "Hinterhaus", "3. OG", "Top 11", "Postfach". */
const ADDRESS_PART = /^\.?[ \u00a0]*[\p{Lu}\d][\p{L}\d. ]{0,24}$/u;

/**
 * True for what may stand between two parts of one address: a house number range ("–14"), then
 * up to three short parts, each after a comma, slash or line break ("Hinterhaus, 3. OG,").
 */
function addressParts(gap: string): boolean {
  if (gap.length > 60 || !PART_SEPARATOR.test(gap)) return false;
  const parts = gap.replace(/^[-–]\d+[a-z]?/, "").split(PART_SEPARATOR);
  if (parts.length > 5 || gap.split("\n").length > 3) return false;
  let named = 0;
  for (const raw of parts) {
    const part = raw.trim().replace(/^>+[ \u00a0]*/, "");
    if (part === "") continue;
    if (!ADDRESS_PART.test(part) || ++named > 3) return false;
  }
  return true;
}

/** Town, region and postcode after a street that no town rule found: ", Pretoria, 0081", "\nCarmichael\nCA 95608", ", Postfach, 8152 Glattbrugg". */
const ADDRESS_TAIL =
  /^(?:[ \u00a0]*[,\n][ \u00a0]*\p{Lu}[\p{L} '-]{1,24}){1,2}(?:[ \u00a0]*[,\n]?[ \u00a0]*(?:[A-Z]{2}[ \u00a0])?\d{4,6}(?:[ \u00a0]\p{Lu}[\p{L}-]{1,24})?)(?![\d\p{L}]|[ \u00a0]*[/-]?[ \u00a0]*\d)/u;

/** Postcodes no town rule knows: ", 1057 HD Amsterdam", ", 31-147 Kraków", ", 1100-053 Lisboa". */
const FOREIGN_POSTCODE_TAIL =
  /^[ \u00a0]*[,\n][ \u00a0]*(?:\d{4}[ \u00a0]?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3})[ \u00a0]+\p{Lu}[\p{L}-]{1,24}/u;
/** A Canadian town, province and postal code: ", Montréal QC H3A 1G1". */
const CANADIAN_TAIL =
  /^[ \u00a0]*[,\n][ \u00a0]*\p{Lu}[\p{L}'-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}'-]{1,24})?,?[ \u00a0]+(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \u00a0]+[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d(?![\p{L}\d])/u;
/** The town after a Dutch postcode that a town rule took for a town ("1016 JK" + " Amsterdam"). */
const DUTCH_TOWN = /^[ \u00a0]+\p{Lu}[\p{L}-]{1,24}/u;
/** A town alone after a house number: "Lindenweg 3a, Syke.", "Hafenstr. 3, Bremerhaven by my cousin". */
const TOWN_TAIL = /^,[ \u00a0]*(\p{Lu}[\p{L}-]{2,24})(?=[ \u00a0]*(?:[.;:)!?\n]|$)|[ \u00a0]+[a-zäöüß])/u;
const NOT_LONE_TOWN = new Set([
  "Sie",
  "Ihr",
  "Ihre",
  "Ich",
  "Wir",
  "Danke",
  "Bitte",
  "Thanks",
  "Please",
  "The",
  "We",
  "You",
]);
const HOUSE_NUMBER_END = /\d[a-zA-Z]?$/;

function withTail(text: string, span: Span): Span {
  const after = text.slice(span.end, span.end + 80);
  const dutchPostcodeEnd = /\d{4}[ \u00a0]?[A-Z]{2}$/.test(text.slice(span.start, span.end));
  const tail =
    ADDRESS_TAIL.exec(after) ??
    FOREIGN_POSTCODE_TAIL.exec(after) ??
    CANADIAN_TAIL.exec(after) ??
    (dutchPostcodeEnd ? DUTCH_TOWN.exec(after) : null);
  if (tail !== null) return { ...span, end: span.end + tail[0].length };
  const town = TOWN_TAIL.exec(after);
  if (
    town === null ||
    NOT_LONE_TOWN.has(town[1]!) ||
    !HOUSE_NUMBER_END.test(text.slice(span.start, span.end))
  )
    return span;
  return { ...span, end: span.end + town[0].length };
}
