import { EntityType } from "../entity-types.js";
import {
  type ListedValues,
  matchSpan,
  pushListedAfter,
  Score,
  type Span,
  shapeOf,
  valueSpan,
} from "../spans.js";

// A passenger's bag is traced by two numbers: the tag printed at check-in (the airline's two
// letters and six digits, "RH 612 450") and the lost-baggage file the airport opens (WorldTracer:
// the station's three letters, the airline's two, five digits, "FDHRH10128"). Both lead to the
// passenger, and both are quoted bare in complaints, courier notes and handlers' lists.

/** Words for baggage; "tag" only in lower case, as German's "Tag" (day) is everywhere. */
const BAGGAGE_MENTION = /[Gg]epäck|[Kk]offer|[Bb]aggage|[Ll]uggage|[Ss]uitcase|\b[Bb]ags?\b|\btags?\b/;

const TAG_WORDS = String.raw`(?:bag(?:gage)?[ \u00a0-]?)?tags?(?:[ \u00a0-]?(?:no\.?|numbers?(?:\(s\))?|nr\.?))?|rush[ \u00a0-]?tag|gepäck(?:anhänger|schein|abschnitt|marke)(?:-?nr\.?|-?nummer)?`;
const TAG_VALUE = String.raw`[A-Z0-9]{2}[ \u00a0]?\d{3}[ \u00a0]?\d{3}`;
/** "bag tag RH 612450", "Gepäckanhänger RH 612093", "Tag: RH 340 087", "rush tag (RH 040211)". */
const BAG_TAG = new RegExp(
  String.raw`(?<![\p{L}])(?:${TAG_WORDS})(?:[ \u00a0]+(?:was|is|war|ist))?[ \u00a0]*[:#(]?[ \u00a0]*(${TAG_VALUE})(?![\p{L}\d])`,
  "giu",
);
/** "RH 305982 / RH 305983": more tags after the first. */
function listedTags(first: string): ListedValues {
  return {
    item: new RegExp(String.raw`^[ \u00a0]*(?:[,/&+]|and|und)[ \u00a0]*(${TAG_VALUE})(?![\p{L}\d])`, "u"),
    window: 24,
    max: 6,
    alike: (value: string) => shapeOf(value) === shapeOf(first),
  };
}

/**
 * A WorldTracer file, glued to "akte" or "file" too: "akteFDHRH10128", "PADRH10233". An airline's
 * code has a letter: "ASY2931077" is a bicycle's frame.
 */
const TRACER_FILE = /[A-Z]{3}(?:[A-Z][A-Z0-9]|\d[A-Z])\d{5}(?![A-Za-z0-9])/g;
const GLUED_TO = /(?:akte|Akte|file|File)$/;

export function detectBaggageNumbers(text: string, out: Span[]): void {
  if (!BAGGAGE_MENTION.test(text)) return;
  for (const match of text.matchAll(BAG_TAG)) {
    const span = valueSpan(EntityType.ENTITY_TYPE_TICKET_NUMBER, match, Score.keyword);
    out.push(span);
    pushListedAfter(text, span.end, listedTags(match[1]!), EntityType.ENTITY_TYPE_TICKET_NUMBER, out);
  }
  for (const match of text.matchAll(TRACER_FILE)) {
    const before = text[match.index - 1] ?? "";
    if (/[A-Za-z0-9]/.test(before) && !GLUED_TO.test(text.slice(Math.max(0, match.index - 4), match.index)))
      continue;
    out.push(matchSpan(EntityType.ENTITY_TYPE_CLAIM_NUMBER, match, Score.format));
  }
}
