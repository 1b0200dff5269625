// Character classes as explicit ranges. V8's regex engine runs `\p{L}` and friends several times
// slower than ranges, and every detector scans every mail, so the hot regexes use these instead.
// Coverage: Latin (incl. Extended-A/B and Additional: ä, ß, Ł, ş, ğ, İ), Greek, Cyrillic.

/** Letters. */
export const L = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u052F\u1E00-\u1EFF`;
/** Upper-case letters; Latin Extended-A interleaves cases, so it counts as both (names re-check case in code). */
export const LU = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F\u1E00-\u1EFF`;
/** Combining marks (e.g. the dot of a decomposed "i̇"). */
export const M = String.raw`\u0300-\u036F`;
/** Letters, marks and digits: what a word is made of. */
export const W = `${L}${M}0-9`;
/** Lower-case letters (Latin Extended-A again counts as both cases). */
export const LL = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u03AC-\u03CE\u0430-\u045F\u1E00-\u1EFF`;

/** Letter or digit, by code unit (same coverage as `L` plus ASCII digits). */
export function isWordCode(code: number): boolean {
  return code < CLASS_TABLE_SIZE ? CHAR_CLASS[code] !== OTHER : false;
}

/** ASCII capital, by code unit. */
export function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** ASCII small letter, by code unit. */
export function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** ASCII digit, by code unit. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** How many ASCII digits a value holds. */
export function countDigits(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) if (isDigitCode(value.charCodeAt(i))) count++;
  return count;
}

/** Letter (or combining mark), by code unit. */
export function isLetterCode(code: number): boolean {
  return code < CLASS_TABLE_SIZE && CHAR_CLASS[code] === LETTER;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const CLASS_TABLE_SIZE = 0x1f00;
/** Character class per code unit, so the tokenizer does one array read per character. */
const CHAR_CLASS = new Uint8Array(CLASS_TABLE_SIZE);
for (let code = 0; code < CLASS_TABLE_SIZE; code++) {
  if (code >= 48 && code <= 57) CHAR_CLASS[code] = DIGIT;
  else if (isWordCodeSlow(code)) CHAR_CLASS[code] = LETTER;
}

function isWordCodeSlow(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 0xaa ||
    code === 0xb5 ||
    code === 0xba ||
    (code >= 0xc0 && code <= 0x2af && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x300 && code <= 0x3ff) ||
    (code >= 0x400 && code <= 0x52f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/**
 * True when a letter or digit stands right before `index`. Regexes check their left boundary
 * with this instead of a leading lookbehind, which would keep V8 from skipping ahead quickly.
 */
export function wordBefore(text: string, index: number): boolean {
  return index > 0 && isWordCode(text.charCodeAt(index - 1));
}

/** End of the line holding `from`: its line break, or the text's end. */
export function endOfLine(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
}

/** Start of the line holding `index`, looking back at most `limit` characters (no quadratic scans on huge lines). */
export function lineStartWithin(text: string, index: number, limit: number): number {
  const stop = Math.max(0, index - limit);
  for (let i = index - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

const DOT_ABOVE = /\u0307/g;

/** A word lowered for a lexicon's lookup: Turkish "İ" lowers to "i" and a combining dot, "DEMİR" to "demir". */
export function lowerForLookup(word: string): string {
  const lower = word.toLowerCase();
  return lower.length === word.length ? lower : lower.replace(DOT_ABOVE, "");
}
