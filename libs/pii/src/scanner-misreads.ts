import { countDigits, endOfLine } from "./chars.js";

// What a scanner misread, read back on a view of the same length, in both directions. First a
// letter read instead of a digit: "O341 9O8 12-0", "DE5O 5260 …", "44l7". Pasted letters carry
// such numbers, and every rule reads numbers by their digits. This gives back the digits in the
// parts of a code that already hold a digit.

/**
 * Letters scanners read for digits, and the digit each stands for. Not S and B: codes hold them
 * between digits on purpose ("NL859204471B01").
 */
const DIGIT_FOR: Readonly<Record<string, string>> = { O: "0", o: "0", l: "1", I: "1" };
const MAYBE_SCANNED = /[OoIl]\d|\d[OoIl]/;
/**
 * One part of a code between spaces and separators: up to three capitals that cannot be digits
 * (a country code, "DE"), then digits and look-alikes only.
 */
const PART = /(?<![\p{L}\p{N}])([A-HJ-NP-Z]{0,3})([0-9OoIl]{2,})(?![\p{L}\p{N}])/gu;

/**
 * A small "l" or "o" between two digits of a code in capitals ("LZ63l1T47"): a scanner's misread,
 * since such codes hold no small letters. Found from the three characters, then the code around.
 */
const SMALL_LOOK_ALIKE = /\d[lo]\d/g;
const CODE_CHARACTER = /[A-Z0-9lo]/;
const MIN_CODE_LENGTH = 6;

/** The text with look-alike letters in numbers read as digits, or undefined when it has none. */
export function scannedDigits(text: string): string | undefined {
  if (!MAYBE_SCANNED.test(text)) return undefined;
  let result: string[] | undefined;
  for (const small of text.matchAll(SMALL_LOOK_ALIKE)) {
    let start = small.index;
    while (start > 0 && CODE_CHARACTER.test(text[start - 1]!)) start--;
    let end = small.index + 3;
    while (end < text.length && CODE_CHARACTER.test(text[end]!)) end++;
    const code = text.slice(start, end);
    if (code.length < MIN_CODE_LENGTH || !/[A-Z]/.test(code) || /[\p{L}\p{N}]/u.test(text[end] ?? ""))
      continue;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    result ??= text.split("");
    result[small.index + 1] = DIGIT_FOR[text[small.index + 1]!]!;
  }
  for (const match of text.matchAll(PART)) {
    const tail = match[2]!;
    const digits = countDigits(tail);
    // More look-alikes than digits is a word or a code ("7IO"), not a misread number.
    if (digits === 0 || digits === tail.length || tail.length - digits > digits) continue;
    // "RO17", "YO30 6BH", "SO15": a code's letters before its digits stay letters. Only one
    // look-alike may open a number ("O341"), and none after capitals ("DE5O" is fine).
    const leading = tail.search(/\d/);
    if (leading > (match[1] === "" ? 1 : 0)) continue;
    const start = match.index + match[1]!.length;
    for (let i = 0; i < tail.length; i++) {
      const char = tail[i]!;
      const digit = DIGIT_FOR[char];
      if (digit === undefined) continue;
      result ??= text.split("");
      result[start + i] = digit;
    }
  }
  return result?.join("");
}

// And the other way: a digit a scanner read instead of a letter, inside a word ("Kowa1ski",
// "Wi1helmstraße", "0'Callaghan", "Ay$e", "Ka|ker"), and a German "ß" read as "8" or
// "f3" ("Stra8e", "Straf3e"). Names and streets are read by their letters.

/** A word with a look-alike between letters, or "0'" before a capital (an Irish name's "O'"). */
const SCANNED_WORD =
  /(?<![\p{L}\p{N}])(?:\p{L}+[10$|83]+)+\p{L}+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])0(?=['’]\p{Lu})/uy;
/**
 * Where such a word can be, found from the look-alike (a cheap character to scan for): far fewer
 * places than words, so the word pattern runs only there. An "8" or "3" only where it can be an
 * "ß": between small letters, the "3" after an "f"; a bar between small letters, and only on a
 * line without another one: bars part a record's fields ("Co|FULL_NAME:…", "name|email").
 */
const LOOK_ALIKE =
  /[10$](?:(?<=\p{L}[10$])[10$]*\p{L}|(?<=0)['’]\p{Lu})|[8|](?<=\p{Ll}[8|])(?=\p{Ll})|3(?<=\p{Ll}f3)(?=\p{Ll})/gu;
const AFTER_WORD_CHARACTER = /(?<=[\p{L}\p{N}])/uy;

/** The text with digits inside words read as the letters they stand for, or undefined when none. */
export function scannedLetters(text: string): string | undefined {
  let result: string[] | undefined;
  let done = 0;
  LOOK_ALIKE.lastIndex = 0;
  for (let hit = LOOK_ALIKE.exec(text); hit !== null; hit = LOOK_ALIKE.exec(text)) {
    if (hit.index < done || (hit[0] === "|" && barsOnLine(text, hit.index) > 1)) continue;
    // The word holding the look-alike starts after the last character that is no letter or digit.
    let start = hit.index;
    while (start > done && followsWordCharacter(text, start))
      start -= isLowSurrogate(text.charCodeAt(start - 1)) ? 2 : 1;
    SCANNED_WORD.lastIndex = start;
    const match = SCANNED_WORD.exec(text);
    if (match === null) continue;
    done = start + match[0].length;
    readAsLetters(match[0], start, (at, letter) => {
      result ??= text.split("");
      result[at] = letter;
    });
  }
  return result?.join("");
}

function barsOnLine(text: string, at: number): number {
  const line = text.slice(text.lastIndexOf("\n", at) + 1, endOfLine(text, at));
  return line.split("|").length - 1;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function followsWordCharacter(text: string, at: number): boolean {
  AFTER_WORD_CHARACTER.lastIndex = at;
  return AFTER_WORD_CHARACTER.test(text);
}

/** "ß" read as "8" or "f3" ("Stra8e", "Straf3e"): the same length in the view as "ß" or "ss". */
const SHARP_S = /(?<=\p{Ll})8(?=\p{Ll})|(?<=\p{Ll})f3(?=\p{Ll})/gu;

/** Reads the look-alikes of one word as letters, unless the word is a code. */
function readAsLetters(word: string, start: number, put: (at: number, letter: string) => void): void {
  const lookAlikes = word.replace(/[^10$|83]/g, "").length;
  // A code ("A10B", a postcode's "SW1A") is in capitals or has few letters; a misread word has
  // four letters at least, some in lower case, and more letters than look-alikes.
  if (
    word !== "0" &&
    (lookAlikes * 2 >= word.length || word.length - lookAlikes < 4 || !/\p{Ll}/u.test(word))
  )
    return;
  for (const sharp of word.matchAll(SHARP_S)) {
    if (sharp[0] === "8") put(start + sharp.index, "ß");
    else {
      put(start + sharp.index, "s");
      put(start + sharp.index + 1, "s");
    }
  }
  for (let i = 0; i < word.length; i++) {
    const char = word[i]!;
    if (char === "|") {
      put(start + i, "l");
      continue;
    }
    if (char !== "1" && char !== "0" && char !== "$") continue;
    // The letter's case follows the next letter's ("E1friede" → "El"); an Irish "0'" is an "O'".
    const next = word.slice(i + 1).match(/\p{L}/u)?.[0] ?? word[i - 1] ?? "";
    const upper = word === "0" || next !== next.toLowerCase();
    put(
      start + i,
      char === "1" ? (upper ? "I" : "l") : char === "0" ? (upper ? "O" : "o") : upper ? "S" : "s",
    );
  }
}
