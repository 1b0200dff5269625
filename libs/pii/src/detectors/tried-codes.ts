import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// A code someone tried, typed or had before: "I've tried 4711 and 8524, both wrong", "hab 3 mal
// probiert mit 1907 und 0719", "hab 0415 eingegeben", "der alte 2580 geht nicht mehr", "Code fürs
// Tor ist jetzt 0815, nicht mehr 4711", "is it 0519 or 0591?"; or the one given instead ("gave me
// new one 5517"), or both on lines of their own ("alt 2468" over "neu 5813"). No keyword stands
// right before it, but the mail is about a code, and an old code is often still in use elsewhere,
// or the next.

/** A mail about a code, a PIN or a lock. */
const ABOUT_A_CODE =
  /code|\bpin\b|passcode|passwort|password|key ?safe|key ?box|schlüssel(?:kasten|safe|tresor)|schloss|padlock|keypad/i;
/** Four to eight digits, maybe with a hash sign: read at each, the words before them only then. */
const DIGITS = /(?<![\p{L}\d.,])\d{4,8}#?(?![\p{L}\d]|[.,-]\d)/gu;
/** The verb, the words for an old code or for the code it no longer is, right before the digits. */
const TRIED_BEFORE =
  /(?<![\p{L}])(?:tried|try|i put|i entered|i typed|entered|typed in|probiert(?:[ \u00a0]+mit)?|versucht(?:[ \u00a0]+mit)?|eingegeben|eingetippt|the old one(?: was)?|old one|old code|old|(?:gave me )?(?:the )?new one|der alte|die alte(?: nummer| pin)?|alt:|nicht mehr|no longer|alter|alten|neu ist|new one is|(?<=(?:^|\n)[ \t>]*)(?:alt|neu|bisher|jetzt|new))[ \u00a0:(]*$/iu;
/** German puts the verb last: "hab 0415 eingegeben", "hab 2580 mehrmals probiert", "auf 5106 geändert". */
const TRIED_AFTER =
  /^[ \u00a0]+(?:[a-zäöüß]+[ \u00a0]+)?(?:eingegeben|eingetippt|getippt|probiert|versucht|geändert|umgestellt)(?![\p{L}])/u;
const WORDS_AFTER = 30;
/** Between a code taken and the next of its list: "and", "oder", "then", "und dann", a comma. */
const LISTED_AFTER = /^[ \u00a0]*(?:,|and|und|or|oder|then|dann)(?:[ \u00a0]+(?:then|dann))?[ \u00a0]+$/i;
const WORDS_BEFORE = 32;
/** A code asked about, as one of two: "is it 0519 or 0591?", "war das 4711# oder 1947#?". */
const ASKED =
  /(?<![\p{L}])(?:is it|was it|is that|was that|ist es|war es|ist das|war das)[ \u00a0]+(\d{4,8}#?)[ \u00a0]+(?:or|oder)[ \u00a0]+(\d{4,8}#?)(?![\p{L}\d])/dgiu;

export function detectTriedCodes(text: string, out: Span[]): void {
  if (!ABOUT_A_CODE.test(text)) return;
  let listEnd = -1;
  for (const digits of text.matchAll(DIGITS)) {
    const start = digits.index;
    const listed = listEnd !== -1 && LISTED_AFTER.test(text.slice(listEnd, start));
    const end = start + digits[0].length;
    if (
      !listed &&
      !TRIED_BEFORE.test(text.slice(Math.max(0, start - WORDS_BEFORE), start)) &&
      !TRIED_AFTER.test(text.slice(end, end + WORDS_AFTER))
    ) {
      listEnd = -1;
      continue;
    }
    listEnd = end;
    out.push({ type: EntityType.ENTITY_TYPE_SECRET, start, end: listEnd, score: Score.context });
  }
  for (const asked of text.matchAll(ASKED))
    for (const [start, end] of asked.indices!.slice(1) as [number, number][])
      out.push({ type: EntityType.ENTITY_TYPE_SECRET, start, end, score: Score.context });
}
