import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// Internal notes about a customer's case are signed with the writer's initials ("LG JK", "– RB",
// "MK" alone on its line). Colleagues are people too, and their initials go to the model with the
// case otherwise. (A pasted chat's speakers are names/rules-mail.ts's.)

/**
 * Initials that sign a note: after a closing ("LG JK", "Gruß, AK", "ty – RB"), after a dash at a
 * line's end ("Danke! – AY"), or alone on a line between blank lines ("\n\nMK\n\n").
 */
const SIGNED =
  /(?:^|[ \t])(?:(?:LG|VG|Gruß|Grüße|Danke|Thanks|Cheers|Best|ty|thx)[,!]?[ \t]+|[–—][ \t]*)([A-Z]{2,3})[ \t.]*$/gm;
const ALONE = /(?<=(?:^|\n)[ \t]*\n)[ \t]*([A-Z]{2,3})[ \t]*(?=\n[ \t]*(?:\n|>|-{2,}|Von:|From:)|$)/g;
/** Capitals that sign nothing: closings, time words, floors, sizes, units, departments, file types. */
const NOT_INITIALS = new Set(
  `LG VG BG MFG GR OK FYI EOD ASAP TBD TBC KW EG OG DG UG UK EU USA PS PPS NB CC BCC AG IT HR PR QA ID PDF CSV
  ETA ETD CEO CFO CTO COO VP PM AM DE AT CH NL FR GB US EUR USD GBP CHF MWST AGB DSGVO GDPR SMS PIN TAN FAQ
  SEPA IBAN BIC VAT UST GMBH KG OHG LTD PLC INC LLC NO NR TEL FAX WE DU ER SIE ES IN AN AUF ZU XS XL XXL XXS
  SIM PUK OTP`.split(/\s+/),
);

export function detectSigningInitials(text: string, out: Span[]): void {
  for (const pattern of [SIGNED, ALONE])
    for (const match of text.matchAll(pattern)) {
      const initials = match[1]!;
      if (NOT_INITIALS.has(initials)) continue;
      const start = match.index + match[0].lastIndexOf(initials);
      out.push({
        type: EntityType.ENTITY_TYPE_PERSON,
        start,
        end: start + initials.length,
        score: Score.context,
      });
    }
}
