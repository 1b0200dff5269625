import { EntityType } from "../entity-types.js";
import { Score, type Span, textBefore } from "../spans.js";
import { DIGIT_WORDS as DIGITS, REPEATS } from "../spoken-numbers.js";
import { keywordHeads, type Tokens } from "../tokens.js";

// Numbers read out and written down by a voicemail's speech-to-text or a hotline's note: "null eins
// fünf zwei acht acht …", "oh seven seven double oh nine hundred …", "D E acht vier …". A run of
// number words long enough for no count or amount is someone's phone, account or reference.

/** "nine hundred" is 900 as a phone number is read. */
const HUNDREDS = new Set(["hundred", "hundert"]);
/** Words that join the parts of a spelled code: "K H dash U K …". */
const JOINERS = new Set(["dash", "minus", "bindestrich", "strich", "slash"]);
const GAP = /^[ \u00a0]*[,-]?[ \u00a0]*$/;
const PHONE_BEFORE =
  /(?:telefon|tel|handy|mobil|nummer|number|phone|mobile|erreichbar|anrufen|call|ring|rückruf)[^\n]{0,30}$/i;
/** Tokens that may open a run, found from the tokens' heads: no pass over every word. */
const DIGIT_HEADS = keywordHeads([...DIGITS.keys(), ...REPEATS.keys()].join("|"));
/** Fewer digits are a count or an amount read out ("zwei drei Tage"). */
const MIN_DIGITS = 7;

export function detectSpokenNumbers(text: string, tokens: Tokens, out: Span[]): void {
  let after = -1;
  for (const i of tokens.withHead(DIGIT_HEADS)) {
    if (i <= after || (!DIGITS.has(tokens.lowers[i]!) && !REPEATS.has(tokens.lowers[i]!))) continue;
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
      if (DIGITS.has(lower)) {
        const repeat = j > i ? (REPEATS.get(tokens.lowers[j - 1]!) ?? 1) : 1;
        digits += repeat;
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

/** A single capital letter: a spelled one. */
function isLetter(word: string): boolean {
  return word.length === 1 && word >= "A" && word <= "Z";
}
