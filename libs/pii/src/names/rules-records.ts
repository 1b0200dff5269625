import { L, LL, LU } from "../chars.js";
import type { Span } from "../spans.js";
import { nameSpan } from "./name-finder.js";
import { namesNoOne } from "./word-flags.js";

// A record's field of who did something, as logs and handover notes keep them: "Verpackt von:
// Brückner", "Ausgegeben durch: Kuhnert, 07.10.", "Abgegeben v.: Zugbegleiter Mertens", "Checked
// by: Okafor". Any participle makes such a label, so it is read by its shape, not from a list.

/** Words of a rank or a job between the label and the name. */
const ROLE = String.raw`(?:Zugbegleiter(?:in)?|Mitarbeiter(?:in)?|Kollege|Kollegin|Fahrer(?:in)?|Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?)`;
/** A name's word: a capital, then letters with at least one in lower case ("DHL" is a firm). */
export const NAME_WORD = `[${LU}][${LL}][${L}'’-]*`;
const DONE_BY = new RegExp(
  String.raw`^[ \t>*-]*(?:[${L}]+[ \t]+)?(?:[${L}]+(?:t|en|ed))[ \t]+(?:von|durch|v\.|by)[ \t]*:[ \t]*(?:${ROLE}[ \t]+)?(${NAME_WORD}(?:[ \t]${NAME_WORD})?)(?=[ \t]*(?:$|[,(/]|\d|[ \t]{2}))`,
  "gmu",
);

/** A shift log's handover: "Übergabe an Ramadani", "handover from Kaur.", "relieved by Obi". */
const HANDOVER = new RegExp(
  String.raw`(?<![${L}])(?:[Üü]bergabe|[Aa]blösung|[Hh]andover|[Hh]anded over|[Rr]elieved)[ \t]+(?:von|an|durch|from|to|by)[ \t]+(?:${ROLE}[ \t]+)?(${NAME_WORD}(?:[ \t]${NAME_WORD})?)(?=[ \t]*(?:$|[,.;(/]|\d))`,
  "gmu",
);

export function byRecordFields(text: string, out: Span[]): void {
  if (/[Üü]bergabe|[Aa]blösung|[Hh]and(?:ed )?over|[Rr]elieved/.test(text)) pushNames(text, HANDOVER, out);
  if (/(?:von|durch|v\.|by)[ \t]*:/.test(text)) pushNames(text, DONE_BY, out);
}

function pushNames(text: string, pattern: RegExp, out: Span[]): void {
  for (const match of text.matchAll(pattern)) {
    const name = match[1]!;
    const words = name.toLowerCase().split(/[ \t]/);
    if (words.some(namesNoOne)) continue;
    const start = match.index + match[0].length - name.length;
    out.push(nameSpan(start, start + name.length));
  }
}
