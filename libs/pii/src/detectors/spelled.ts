import { isWordCode } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";
import type { Tokens } from "../tokens.js";

// Callers spell their names, and whoever takes the call writes the spelling down:
// "G-A-L-L-A-G-H-E-R", "M wie Martha, E wie Emil, …", "T as in Tango, A as in Alpha",
// "Sierra-Uniform-Tango-Hotel". The letters are the name, whatever words carry them.

/** Fewer letters are an abbreviation ("U-S-A", "C-D-U"). */
const MIN_LETTERS = 4;

/**
 * Letters joined by hyphens, in groups joined by a comma, a space or a hyphen's name ("A-L dash
 * T-A-M-I-M-I"). Tried only where a hyphen stands between two capitals: most mails have none.
 */
const HYPHENED =
  /\p{Lu}(?:-\p{Lu})+(?:(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:dash|hyphen|Bindestrich|Strich)[ \u00a0]+|[ \u00a0]+)\p{Lu}(?:-\p{Lu})+)*(?![\p{L}\d-])/uy;

/** "M wie Martha", "Sch wie Schule", "T as in Tango": one letter and the word that carries it. */
const SPELLING_ITEM = String.raw`(?:Sch|\p{Lu})[ \u00a0]+(?:wie|as[ \u00a0]in)[ \u00a0]+\p{Lu}[\p{L}'’]*`;
/** Two such letters or more, and bare letters among them: "N as in Nancy, K as in Kevin, O, S, I". */
const SPELLING_RUN = new RegExp(
  String.raw`(?<![\p{L}])${SPELLING_ITEM}(?:[ \u00a0]*[,;/–-]?[ \u00a0]*(?:${SPELLING_ITEM}|\p{Lu}(?![\p{L}\d])))*`,
  "gu",
);
const SPELLING_WORD = /[ \u00a0](?:wie|as[ \u00a0]in)[ \u00a0]/gu;

/** The NATO alphabet's words ("x-ray" is read as "xray"). */
const NATO = new Set(
  "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray yankee zulu".split(
    " ",
  ),
);
/** Four NATO words in a row make a spelling: "Sierra-Uniform-Tango-Hotel", "Mike, Uniform, Sierra, Alpha". */
const MIN_NATO_WORDS = 4;
const NATO_GAP = /^(?:-|,?[ \u00a0]+)$/;

export function detectSpelledNames(text: string, tokens: Tokens, out: Span[]): void {
  hyphenedLetters(text, out);
  if (text.includes(" wie ") || text.includes(" as in "))
    for (const match of text.matchAll(SPELLING_RUN))
      if ((match[0].match(SPELLING_WORD)?.length ?? 0) >= 2) out.push(spelled(match.index, match[0].length));
  natoRuns(text, tokens, out);
}

function hyphenedLetters(text: string, out: Span[]): void {
  for (let at = text.indexOf("-", 1); at !== -1; at = text.indexOf("-", at + 1)) {
    const start = at - 1;
    if (!isCapital(text, start) || !isCapital(text, at + 1)) continue;
    const before = text.charCodeAt(start - 1);
    if (start > 0 && (isWordCode(before) || before === 45)) continue;
    HYPHENED.lastIndex = start;
    const match = HYPHENED.exec(text);
    if (match === null) continue;
    if (lettersIn(match[0]) >= MIN_LETTERS) out.push(spelled(start, match[0].length));
    at = start + match[0].length;
  }
}

function isCapital(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

function lettersIn(value: string): number {
  return value.replace(/dash|hyphen|Bindestrich|Strich|[^\p{Lu}]/gu, "").length;
}

/** Runs of NATO words, read off the words: a search for 26 words at every position costs more. */
function natoRuns(text: string, tokens: Tokens, out: Span[]): void {
  let first = -1;
  let count = 0;
  const flush = (last: number) => {
    if (count >= MIN_NATO_WORDS)
      out.push(spelled(tokens.starts[first]!, tokens.ends[last]! - tokens.starts[first]!));
    first = -1;
    count = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens.lowers[i]!;
    const words = NATO.has(lower) ? 1 : lower.includes("-") ? natoWordsIn(lower) : 0;
    if (words === 0) {
      flush(i - 1);
      continue;
    }
    if (first !== -1 && !NATO_GAP.test(text.slice(tokens.ends[i - 1]!, tokens.starts[i]!))) flush(i - 1);
    if (first === -1) first = i;
    count += words;
  }
  flush(tokens.length - 1);
}

/** "sierra-uniform-tango": how many NATO words the hyphens join, or 0 when one is none. */
function natoWordsIn(word: string): number {
  const parts = word.replace(/x-ray/g, "xray").split("-");
  return parts.every((part) => NATO.has(part)) ? parts.length : 0;
}

function spelled(start: number, length: number): Span {
  return { type: EntityType.ENTITY_TYPE_PERSON, start, end: start + length, score: Score.context };
}
