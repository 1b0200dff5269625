import { endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { NOT_NAMES } from "../names/lexicon.js";
import { Score, type Span } from "../spans.js";

// An order for printed shirts lists what goes on each back, a line for each: "KOSTAS 7 L",
// "10 - NWOSU - XL", " 2  Ó SÚILLEABHÁIN   L". The name stands in capitals, as it will be printed,
// between a shirt's number and a size; three such lines in a row make a list of people.

/** A word in capitals: "NWOSU", "N'DIAYE", "OSEI-BONSU", the Irish "Ó". */
const WORD = String.raw`\p{Lu}[\p{Lu}'’-]*`;
/** XS to 5XL, or a child's size in centimetres ("152"). */
const SIZE = String.raw`(?:\d?X{0,3}[SL]|M|1[0-7]\d)`;
const KIT_LINE = new RegExp(
  String.raw`^[ \t]*(?:\d{1,3}[ \t]*[-–.:)]?[ \t]+)?["„“]?(${WORD}(?: ${WORD}){0,2})["“”]?[ \t]+(?:[-–][ \t]+)?(?:\d{1,3}[ \t]+(?:[-–][ \t]+)?)?${SIZE}(?![\p{L}\d])`,
  "u",
);
const MIN_LINES = 3;
/** What a back or a sleeve may say instead of a name. */
const NOT_PRINTED_NAMES = new Set(
  "coach captain capt trainer trainerin torwart goalie keeper kapitän betreuer staff polo hoodie shirt jacke jacket cap".split(
    " ",
  ),
);

export function detectKitLists(text: string, out: Span[]): void {
  if (!/\b(?:X{0,3}L|M|X{0,2}S)\b/.test(text)) return;
  let run: Span[] = [];
  let lines = 0;
  const close = () => {
    if (lines >= MIN_LINES) out.push(...run);
    run = [];
    lines = 0;
  };
  for (let start = 0; start <= text.length; ) {
    const end = endOfLine(text, start);
    const match = KIT_LINE.exec(text.slice(start, end));
    if (match === null) close();
    else {
      lines++;
      const name = match[1]!;
      const words = name.toLowerCase().split(/[ -]/);
      if (
        name.replace(/[^\p{L}]/gu, "").length >= 2 &&
        !words.some((w) => NOT_NAMES.has(w) || NOT_PRINTED_NAMES.has(w))
      ) {
        const at = start + match.index + match[0].indexOf(name);
        run.push({
          type: EntityType.ENTITY_TYPE_PERSON,
          start: at,
          end: at + name.length,
          score: Score.context,
        });
      }
    }
    start = end + 1;
  }
  close();
}
