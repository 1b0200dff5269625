import { EntityType } from "../entity-types.js";
import { Score, type Span, textBefore } from "../spans.js";
import {
  DIGIT_WORDS as DIGITS,
  englishTens,
  englishUnit,
  REPEATS,
  TWO_DIGIT_WORDS,
} from "../spoken-numbers.js";
import { keywordHeads, type Tokens } from "../tokens.js";

// Numbers read out and written down by a voicemail's speech-to-text or a hotline's note: "null eins
// fünf zwei acht acht …", "oh seven seven double oh nine hundred …", "D E acht vier …", "drei neun
// eins sieben, elf null neun fünfundachtzig". A run of number words long enough for no count or
// amount is someone's phone, account or reference.

/** "nine hundred" is 900 as a phone number is read. */
const HUNDREDS = new Set(["hundred", "hundert"]);
/** Words that join the parts of a spelled code: "K H dash U K …". */
const JOINERS = new Set(["dash", "minus", "bindestrich", "strich", "slash"]);
/** Between the digits' groups: "null eins sieben fünf / fünf drei acht, neun zwei". */
const GAP = /^[ \u00a0]*[,/-]?[ \u00a0]*$/;
const PHONE_BEFORE =
  /(?:telefon|tel|handy|mobil|nummer|number|phone|mobile|erreichbar|anrufen|call|ring|rückruf)[^\n]{0,30}$/i;
/** Tokens that may open a run, found from the tokens' heads: no pass over every word. */
const DIGIT_HEADS = keywordHeads([...DIGITS.keys(), ...REPEATS.keys(), ...TWO_DIGIT_WORDS].join("|"));
/** Fewer digits are a count or an amount read out ("zwei drei Tage"). */
const MIN_DIGITS = 7;

export function detectSpokenNumbers(text: string, tokens: Tokens, out: Span[]): void {
  let after = -1;
  for (const i of tokens.withHead(DIGIT_HEADS)) {
    if (i <= after || (saidDigits(tokens.lowers[i]!) === 0 && !REPEATS.has(tokens.lowers[i]!))) continue;
    // Spelled letters right before the digits belong to the code: "D E acht …", "K H C zero …".
    let start = i;
    while (
      start > 0 &&
      start > i - 6 &&
      (isLetter(tokens.words[start - 1]!) || JOINERS.has(tokens.lowers[start - 1]!)) &&
      GAP.test(tokens.gapBefore(start))
    )
      start--;
    while (start < i && JOINERS.has(tokens.lowers[start]!)) start++;
    let digits = 0;
    let words = 0;
    let end = i;
    for (let j = i; j < tokens.length; j++) {
      if (j > i && !GAP.test(tokens.gapBefore(j))) break;
      const lower = tokens.lowers[j]!;
      const said = saidDigits(lower);
      if (said > 0) {
        const previous = j > i ? tokens.lowers[j - 1]! : "";
        // "twenty two": the unit takes the place of the tens' nought.
        const unitOfTens = DIGITS.has(lower) && (englishTens(previous) ?? 0) >= 20;
        digits += unitOfTens ? 0 : DIGITS.has(lower) ? (REPEATS.get(previous) ?? 1) : said;
        words++;
        end = j;
      } else if (HUNDREDS.has(lower) && j > i && DIGITS.has(tokens.lowers[j - 1]!)) {
        digits += 2;
        end = j;
      } else if (!REPEATS.has(lower) && !JOINERS.has(lower) && !isLetter(tokens.words[j]!)) break;
    }
    if (digits >= MIN_DIGITS && words >= 5) {
      const from = tokens.starts[start]!;
      const first = DIGITS.get(tokens.lowers[i]!);
      const type =
        start < i && digits >= 15
          ? EntityType.ENTITY_TYPE_IBAN
          : first === 0 || PHONE_BEFORE.test(textBefore(text, from, 40))
            ? EntityType.ENTITY_TYPE_PHONE
            : EntityType.ENTITY_TYPE_TICKET_NUMBER;
      out.push({ type, start: from, end: tokens.ends[end]!, score: Score.context });
    }
    after = end;
  }
}

/**
 * How many digits a word says: one for "acht", two for "elf", "fünfundachtzig" or "sixty", and
 * for words a transcript joined with hyphens, what its parts say ("twenty-two", "double-oh").
 */
function saidDigits(lower: string): number {
  if (DIGITS.has(lower)) return 1;
  if (TWO_DIGIT_WORDS.has(lower)) return 2;
  if (!lower.includes("-")) return 0;
  const [first = "", second = "", ...rest] = lower.split("-");
  if (rest.length > 0) return 0;
  if ((englishTens(first) ?? 0) >= 20 && englishUnit(second) !== undefined) return 2;
  const repeat = REPEATS.get(first);
  return repeat !== undefined && DIGITS.has(second) ? repeat : 0;
}

const SPELLED_JOINED = /^[A-Z](?:-[A-Z])+$/;

/** A single capital letter, a spelled one, or letters a transcript joined with hyphens ("D-U-S"). */
function isLetter(word: string): boolean {
  return (word.length === 1 && word >= "A" && word <= "Z") || SPELLED_JOINED.test(word);
}
