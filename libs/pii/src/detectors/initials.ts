import { endOfLine, isLetterCode, isUpperAscii } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// Internal notes about a customer's case are signed with the writer's initials ("LG JK", "– RB",
// "MK" alone on its line). Colleagues are people too, and their initials go to the model with the
// case otherwise. (A pasted chat's speakers are names/rules-mail.ts's.)

/**
 * Initials that sign a note: after a closing ("LG JK", "Gruß, AK", "ty – RB"), after a dash at a
 * line's end ("Danke! – AY"), or alone on a line between blank lines ("\n\nMK\n\n"). Read line by
 * line from each line's end: most lines end in no capitals, and a search at every position costs
 * more than the rest of this file.
 */
const SIGNED_BEFORE =
  /(?:^|[ \t])(?:(?:LG|VG|Gruß|Grüße|Danke|Thanks|Cheers|Best|ty|thx)[,!]?[ \t]+|[–—][ \t]*)$/;
/** What may follow a line of initials alone: a blank line, a quote, a separator, a quoted header. */
const AFTER_ALONE = /^(?:[ \t]*(?:\r?\n|$)|[ \t]*>|[ \t]*-{2,}|[ \t]*Von:|[ \t]*From:)/;
/** Capitals that sign nothing: closings, time words, floors, sizes, units, departments, file types. */
const NOT_INITIALS = new Set(
  `LG VG BG MFG GR OK FYI EOD ASAP TBD TBC KW EG OG DG UG UK EU USA PS PPS NB CC BCC AG IT HR PR QA ID PDF CSV
  ETA ETD CEO CFO CTO COO VP PM AM DE AT CH NL FR GB US EUR USD GBP CHF MWST AGB DSGVO GDPR SMS PIN TAN FAQ
  SEPA IBAN BIC VAT UST GMBH KG OHG LTD PLC INC LLC NO NR TEL FAX WE DU ER SIE ES IN AN AUF ZU XS XL XXL XXS
  SIM PUK OTP`.split(/\s+/),
);

export function detectSigningInitials(text: string, out: Span[]): void {
  let previousBlank = true;
  for (let start = 0; start <= text.length; ) {
    const end = endOfLine(text, start);
    let last = end;
    while (
      last > start &&
      (text[last - 1] === " " || text[last - 1] === "\t" || text[last - 1] === "." || text[last - 1] === "\r")
    )
      last--;
    let first = last;
    while (first > start && first > last - 4 && isUpperAscii(text.charCodeAt(first - 1))) first--;
    const letters = last - first;
    if (letters >= 2 && letters <= 3 && !isLetterCode(text.charCodeAt(first - 1))) {
      const initials = text.slice(first, last);
      const before = text.slice(start, first);
      const alone = before.trim() === "" && previousBlank && AFTER_ALONE.test(text.slice(end + 1, end + 8));
      if (!NOT_INITIALS.has(initials) && (alone || SIGNED_BEFORE.test(before)))
        out.push({ type: EntityType.ENTITY_TYPE_PERSON, start: first, end: last, score: Score.context });
    }
    previousBlank = text.slice(start, end).trim() === "";
    start = end + 1;
  }
}
