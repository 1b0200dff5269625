import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// A code someone tried, typed or had before: "I've tried 4711 and 8524, both wrong", "hab 3 mal
// probiert mit 1907 und 0719", "der alte 2580 geht nicht mehr". No keyword stands right before
// it, but the mail is about a code, and an old code is often still in use elsewhere, or the next.

/** A mail about a code, a PIN or a lock. */
const ABOUT_A_CODE =
  /code|\bpin\b|passcode|passwort|password|key ?safe|key ?box|schlüssel(?:kasten|safe|tresor)|schloss|padlock|keypad/i;
/**
 * The verb, the words for an old code or for the code it no longer is ("nicht mehr 4711"), then the
 * first value and any more after "and", "oder", "then".
 */
const TRIED_CODES =
  /(?<![\p{L}])(?:tried|try|i put|i entered|i typed|entered|typed in|probiert(?:[ \u00a0]+mit)?|versucht(?:[ \u00a0]+mit)?|eingegeben|eingetippt|the old one(?: was)?|old one|old code|old|der alte|die alte(?: nummer| pin)?|alt:|nicht mehr|no longer)[ \u00a0:(]*(\d{4,8}#?)((?:[ \u00a0]*(?:,|and|und|or|oder|then|dann)(?:[ \u00a0]+(?:then|dann))?[ \u00a0]+\d{4,8}#?(?![\p{L}\d]))*)(?![\p{L}\d.,]\d)/giu;
const LISTED = /\d{4,8}#?/g;

export function detectTriedCodes(text: string, out: Span[]): void {
  if (!ABOUT_A_CODE.test(text)) return;
  const push = (start: number, length: number) =>
    out.push({ type: EntityType.ENTITY_TYPE_SECRET, start, end: start + length, score: Score.context });
  for (const match of text.matchAll(TRIED_CODES)) {
    const [, first, more] = match as unknown as [string, string, string];
    const start = match.index + match[0].length - first.length - more.length;
    push(start, first.length);
    for (const listed of more.matchAll(LISTED)) push(start + first.length + listed.index, listed[0].length);
  }
}
