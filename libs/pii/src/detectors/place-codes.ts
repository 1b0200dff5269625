import { endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// Codes listed by place under a heading that names them: "Codes (aktuell bis 30.09.):" and below
// it "- Sanitär Herren/Damen: 0402", or "The new codes are valid until 30 September:" and below it
// "  Pier C + D      8153#". A caretaker's handover or a harbour's notice: the heading says what
// the numbers are; the labels are only the places they open.

/** Words that name codes, PINs or key boxes. */
const CODES_WORD = String.raw`(?<![\p{L}-])(?:codes|pins|(?:zugangs|tür|tor|schloss)codes|schlüsselk[aä]st(?:en|chen)|key ?(?:safes|boxes)|nøglebokse)(?![\p{L}])`;
/** A line ending in a colon that names codes, PINs or key boxes; a promotion's or an error's are no secrets. */
const HEADING = new RegExp(String.raw`^[^\n]*${CODES_WORD}[^\n]*:[ \t]*$`, "gimu");
/**
 * "we're changing the codes, …" and, a line or two below, "From Monday 1 July:": a short heading
 * whose paragraph above names the codes.
 */
const SHORT_HEADING = /^[^\n:]{3,40}:[ \t]*$/gmu;
const CODES_ABOVE = new RegExp(CODES_WORD, "iu");
const ABOVE_CHARS = 200;
const NOT_SECRETS =
  /(?:promo|rabatt|discount|gutschein|voucher|error|fehler|status|post(?:al)?|zip|area|country|tariff|hs|qr|bar)[ -]?codes/i;
/** A place and its code: after a colon, or after a column's gap; a note may follow ("+ Scharf-Taste"). */
const ITEM =
  /^[ \t>]*(?:[-*•][ \t]*)?[^\n:]{2,40}?(?::[ \t]*|[ \t]{2,})([A-Z]?\d{3,8}[#*]?|\d{2}(?:-\d{2}){1,3})(?=[ \t]*(?:$|[+(,;]|[ \t]{2}))/u;
const MAX_LINES = 12;

export function detectPlaceCodes(text: string, out: Span[]): void {
  if (!/codes|pins|kästen|kasten|safes|boxes|bokse/i.test(text)) return;
  const read = new Set<number>();
  for (const heading of text.matchAll(HEADING)) {
    if (NOT_SECRETS.test(heading[0])) continue;
    read.add(heading.index);
    codesBelow(text, heading.index + heading[0].length + 1, out);
  }
  for (const heading of text.matchAll(SHORT_HEADING)) {
    if (read.has(heading.index)) continue;
    const above = text.slice(Math.max(0, heading.index - ABOVE_CHARS), heading.index);
    if (CODES_ABOVE.test(above) && !NOT_SECRETS.test(above))
      codesBelow(text, heading.index + heading[0].length + 1, out);
  }
}

/** The codes of the list that starts at `at`, below its heading. */
function codesBelow(text: string, at: number, out: Span[]): void {
  let items = 0;
  for (let line = 0; line < MAX_LINES && at < text.length; line++) {
    const end = endOfLine(text, at);
    const row = text.slice(at, end).replace(/\r$/, "");
    // One blank line may stand under the heading; the next ends the list.
    if (row.trim() === "") {
      if (items > 0 || line > 0) break;
    } else {
      const item = ITEM.exec(row);
      if (item !== null) {
        const start = at + item[0].length - item[1]!.length;
        out.push({
          type: EntityType.ENTITY_TYPE_SECRET,
          start,
          end: start + item[1]!.length,
          score: Score.context,
        });
        items++;
      }
    }
    at = end + 1;
  }
}
