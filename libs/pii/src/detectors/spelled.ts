import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// Callers spell their names, and whoever takes the call writes the spelling down:
// "G-A-L-L-A-G-H-E-R", "M wie Martha, E wie Emil, …", "T as in Tango, A as in Alpha",
// "Sierra-Uniform-Tango-Hotel". The letters are the name, whatever words carry them.

/** Fewer letters are an abbreviation ("U-S-A", "C-D-U"). */
const MIN_LETTERS = 4;

/** Letters joined by hyphens, in groups joined by a comma, a space or a hyphen's name ("A-L dash T-A-M-I-M-I"). */
const HYPHENED =
  /(?<![\p{L}\d-])\p{Lu}(?:-\p{Lu})+(?:(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:dash|hyphen|Bindestrich|Strich)[ \u00a0]+|[ \u00a0]+)\p{Lu}(?:-\p{Lu})+)*(?![\p{L}\d-])/gu;

/** "M wie Martha", "Sch wie Schule", "T as in Tango": one letter and the word that carries it. */
const SPELLING_ITEM = String.raw`(?:Sch|\p{Lu})[ \u00a0]+(?:wie|as[ \u00a0]in)[ \u00a0]+\p{Lu}[\p{L}'’]*`;
/** Two such letters or more, and bare letters among them: "N as in Nancy, K as in Kevin, O, S, I". */
const SPELLING_RUN = new RegExp(
  String.raw`(?<![\p{L}])${SPELLING_ITEM}(?:[ \u00a0]*[,;/–-]?[ \u00a0]*(?:${SPELLING_ITEM}|\p{Lu}(?![\p{L}\d])))*`,
  "gu",
);
const SPELLING_WORD = /[ \u00a0](?:wie|as[ \u00a0]in)[ \u00a0]/gu;

/** The NATO alphabet's words. */
const NATO =
  "alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu";
/** Four of them in a row: "Sierra-Uniform-Tango-Hotel", "Mike, Uniform, Sierra, Alpha". */
const NATO_RUN = new RegExp(
  String.raw`(?<![\p{L}-])(?:${NATO})(?:(?:-|,?[ \u00a0]+)(?:${NATO})){3,}(?![\p{L}-])`,
  "giu",
);

export function detectSpelledNames(text: string, out: Span[]): void {
  for (const match of text.matchAll(HYPHENED))
    if (lettersIn(match[0]) >= MIN_LETTERS) out.push(spelled(match));
  if (text.includes(" wie ") || text.includes(" as in "))
    for (const match of text.matchAll(SPELLING_RUN))
      if ((match[0].match(SPELLING_WORD)?.length ?? 0) >= 2) out.push(spelled(match));
  for (const match of text.matchAll(NATO_RUN)) out.push(spelled(match));
}

function lettersIn(value: string): number {
  return value.replace(/dash|hyphen|Bindestrich|Strich|[^\p{Lu}]/gu, "").length;
}

function spelled(match: RegExpMatchArray): Span {
  const start = match.index!;
  return { type: EntityType.ENTITY_TYPE_PERSON, start, end: start + match[0].length, score: Score.context };
}
