import { markless } from "./names/word-flags.js";
import { EN_STREET_TYPE, FLAT_WORD } from "./recase.js";
import {
  digitWord,
  englishOrdinal,
  englishTens,
  englishUnit,
  germanNumber,
  germanOrdinal,
  REPEATS,
} from "./spoken-numbers.js";
import { MappedText, type TextView } from "./text-view.js";

// A mail dictated into a phone arrives as "meine nummer ist null eins sieben sechs …, e-mail anna
// punkt berger at gmail punkt com", "D E zweiundzwanzig neun sechs …", "twelfth of february
// nineteen ninety one". The rules read written values, so this writes the dictation down: digits
// for number words, spelled letters joined, "@" and "." in an address, "," and "." for spoken
// punctuation. The view is not the text's length: every character keeps the span of the words it
// came from, and what the rules find in it is mapped back onto those words.

/** `original` gives where the words behind the view's characters begin and end in the mail. */
export interface SpokenView extends TextView {
  /**
   * Words spelled letter by letter and not part of a code ("N G U Y E N", "J O H A N S S O N"):
   * a dictating customer spells names, and addresses, which other rules read.
   */
  spelled: { start: number; end: number }[];
}

interface Token {
  start: number;
  end: number;
  lower: string;
  word: string;
}

interface Piece {
  text: string;
  start: number;
  end: number;
  /** Letters spelled one by one that make a word, no code. */
  spelled?: boolean;
  /** Written without a space before it ("," "." "@"), or after it ("+", "@"). */
  glueBefore?: boolean;
  glueAfter?: boolean;
}

/** A dictated mail says its punctuation, reads out numbers digit by digit, or spells an address. */
const DICTATION =
  /\sat\s+\S+\s+(?:dot|punkt)\s+\S|(?:^|\s)(?:komma|comma|full stop|neue zeile|new line|fragezeichen|question mark)(?=\s|$)|(?:^|\s)(?:null|eins|zwo|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zero|oh|one|two|three|four|five|six|seven|eight|nine)\s+(?:null|eins|zwo|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zero|oh|one|two|three|four|five|six|seven|eight|nine|double)\s+(?:null|eins|zwo|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zero|oh|one|two|three|four|five|six|seven|eight|nine|double)(?=[\s,.;])/i;

const COMMA = new Set(["komma", "comma"]);
/** Words after which a number is one value, a PIN or an account, not a house and its postcode. */
const NUMBER_SAID_AFTER =
  /(?:nummer|nr\.?|number|no\.?|pin|code|tan|puk|kennwort|passwort|password|is|ist|was|war|lautet|double|:)$/;
/** Words that go on a sentence, where a town would end an address. */
const SENTENCE_WORDS = new Set(
  "and und the die der das or oder but aber with mit is ist was war for für in im on am at to zu it es".split(
    " ",
  ),
);
const SPOKEN_PUNCTUATION = new Set([
  "komma",
  "comma",
  "punkt",
  "dot",
  "period",
  "full",
  "neue",
  "new",
  "fragezeichen",
]);
const DOT = new Set(["punkt", "dot", "period"]);
const DASH = new Set(["minus", "dash", "hyphen", "bindestrich", "strich"]);
const SLASH = new Set(["schrägstrich", "slash"]);
const UNDERSCORE = new Set(["underscore", "unterstrich"]);
const TLD = new Set(
  "de com net org uk co me io info eu at ch nl pl fr it es be dk se no fi ie edu gov online".split(" "),
);
const SINGLE_LETTER = /^\p{L}$/u;
/** Fewer letters spelled are an abbreviation ("D S L", "O G"). */
const MIN_SPELLED = 4;
const TWO_LETTER_COUNTRY = /^[a-z]{2}$/i;
const ACCOUNT_WORD = /^(?:iban|konto|kontonummer|account)[:,]?$/;
/** "neue zeile", "full stop": punctuation said in two words, and what it writes. */
const PAIRS = new Map([
  ["neue zeile", "\n"],
  ["new line", "\n"],
  ["neuer absatz", "\n"],
  ["new paragraph", "\n"],
  ["full stop", "."],
  ["question mark", "?"],
]);

export function spokenView(text: string): SpokenView | undefined {
  if (!DICTATION.test(text)) return undefined;
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    // "double-oh", "fifty-two", "two-J-X": words a transcript joined with hyphens are said apart.
    const parts = match[0].includes("-") ? match[0].split("-") : [match[0]];
    const said = parts.length > 1 && parts.every((part, k) => saidApart(part, k === parts.length - 1));
    let start = match.index;
    for (const part of said ? parts : [match[0]]) {
      // "flat six, forty one", "… three one two.": the mark after a said number is a token of its
      // own, so the number ends there and the mark stays in the view.
      const mark = /[,.]$/.test(part) && saidApart(part.slice(0, -1), true) ? 1 : 0;
      const word = part.slice(0, part.length - mark);
      tokens.push({ start, end: start + word.length, word, lower: word.toLowerCase() });
      if (mark === 1)
        tokens.push({
          start: start + word.length,
          end: start + part.length,
          word: part.slice(-1),
          lower: part.slice(-1),
        });
      start += part.length + 1;
    }
  }
  const address = dictatedAddresses(tokens);
  const pieces: Piece[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = pieces.length;
    const next = nextPiece(tokens, i, address, pieces);
    // Inside a dictated e-mail address every part is written without spaces.
    if (address.inside[i] && pieces[first] !== undefined) pieces[first]!.glueBefore = true;
    i = next;
  }
  return { ...write(text, pieces), spelled: spelledWords(tokens, pieces) };
}

/** A part of a hyphenated word that is said on its own: a number word, "double" or a letter. */
function saidApart(part: string, last: boolean): boolean {
  const word = last ? part.replace(/[.,;:!?]+$/, "") : part;
  return (
    SINGLE_LETTER.test(word) ||
    REPEATS.has(word.toLowerCase()) ||
    digitWord(word) !== undefined ||
    englishTens(word) !== undefined ||
    germanNumber(word.toLowerCase()) !== undefined
  );
}

/**
 * The words spelled letter by letter, and the word they spell when it was said just before:
 * "pryce is P R Y C E", "nguyen N G U Y E N", "herrera H E double R E R A".
 */
function spelledWords(tokens: readonly Token[], pieces: readonly Piece[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    if (!piece.spelled) continue;
    found.push({ start: piece.start, end: piece.end });
    const first = tokens.findIndex((token) => token.start === piece.start);
    for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
      if (bare(tokens[k]!.lower) === bare(piece.text.toLowerCase())) {
        found.push({
          start: tokens[k]!.start,
          end: tokens[k]!.start + tokens[k]!.word.replace(/[.,;:!?]+$/, "").length,
        });
        break;
      }
    }
  }
  return found;
}

/** A word without its marks and punctuation: "petrović" is spelled "P E T R O V I C". */
function bare(word: string): string {
  return markless(word).replace(/[.,;:!?'’]/g, "");
}

/** Reads the piece at token i into `pieces`; returns the index of the token after it. */
function nextPiece(tokens: readonly Token[], i: number, address: DictatedAddresses, pieces: Piece[]): number {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const pair = next === undefined ? undefined : PAIRS.get(`${token.lower} ${next.lower}`);
  if (pair !== undefined) {
    pieces.push({
      text: pair,
      start: token.start,
      end: next!.end,
      glueBefore: true,
      glueAfter: pair === "\n",
    });
    return i + 2;
  }
  // Ordinals before numbers ("zwölfter"), numbers before spelled codes ("S K four two N J").
  for (const read of [ordinalAt, numberRunAt, postcodeAt, letterRunAt]) {
    const found = read(tokens, i);
    if (found !== undefined) {
      pieces.push(found.piece);
      return found.next;
    }
  }
  const goesOn = phonePartAfter(tokens, i, pieces);
  if (goesOn !== undefined) return goesOn;
  const joins = address.ats.has(i) || address.inside[i] === true;
  const mark = (text: string, glueBefore: boolean, glueAfter: boolean): number => {
    pieces.push({ text, start: token.start, end: token.end, glueBefore, glueAfter });
    return i + 1;
  };
  if (address.ats.has(i)) return mark("@", true, true);
  if (COMMA.has(token.lower) || token.word === ",") return mark(",", true, false);
  if (token.word === ".") return mark(".", true, false);
  if (DOT.has(token.lower)) {
    const between =
      joins || (lastIsNumber(pieces) && next !== undefined && numberRunAt(tokens, i + 1) !== undefined);
    return between ? mark(".", true, true) : mark(".", true, false);
  }
  if (DASH.has(token.lower)) return mark("-", true, true);
  if (SLASH.has(token.lower)) return mark("/", true, true);
  if (UNDERSCORE.has(token.lower)) return mark("_", true, true);
  if (token.lower === "plus" && numberRunAt(tokens, i + 1) !== undefined) return mark("+", false, true);
  if (token.lower === "doppelpunkt" || token.lower === "colon") return mark(":", true, false);
  if (token.lower === "fragezeichen") return mark("?", true, false);
  pieces.push({ text: token.word, start: token.start, end: token.end });
  return i + 1;
}

const THEN = new Set(["dann", "then"]);
const AND = new Set(["und", "and"]);
/** A phone's digits at most, the area code's 0 included. */
const MAX_PHONE_DIGITS = 13;

/**
 * "null sieben sechs drei vier und dann acht sieben zwei, null fünf", "zero five seven, then eight
 * seven three, then two two one four": a phone said in parts, a pause or a "then" between them, is
 * one number. At a comma or "then" after digits that open with a 0, the pause is skipped and the
 * next part read (a digit alone too, "drei drei, eins"); the index after it, or undefined.
 */
function phonePartAfter(tokens: readonly Token[], i: number, pieces: Piece[]): number | undefined {
  let digits = "";
  for (let k = pieces.length - 1; k >= 0 && /^\d[\d ]*$/.test(pieces[k]!.text); k--)
    digits = pieces[k]!.text.replace(/ /g, "") + digits;
  if (!digits.startsWith("0") || digits.length < 3) return undefined;
  let j = i;
  if (tokens[j]?.word === ",") j++;
  if (AND.has(tokens[j]?.lower ?? "") && THEN.has(tokens[j + 1]?.lower ?? "")) j++;
  if (THEN.has(tokens[j]?.lower ?? "")) j++;
  if (j === i || j >= tokens.length) return undefined;
  const part = numberRunAt(tokens, j);
  const digit = digitWord(tokens[j]!.lower);
  const read =
    part ??
    (digit === undefined
      ? undefined
      : { piece: { text: String(digit), start: tokens[j]!.start, end: tokens[j]!.end }, next: j + 1 });
  if (read === undefined || digits.length + read.piece.text.replace(/ /g, "").length > MAX_PHONE_DIGITS)
    return undefined;
  pieces.push(read.piece);
  return read.next;
}

interface DictatedAddresses {
  /** "at" tokens that stand for "@". */
  ats: Set<number>;
  /** Tokens after an address's first word, up to its top-level domain: written joined. */
  inside: boolean[];
}

/**
 * "priya dot venkataraman at gmail dot com", "rahul dot mehta eighty four at hotmail dot co dot
 * uk": an "at" with "dot" and a top-level domain after it, and the words joined by dots,
 * dashes or underscores (or ending in a number) before it.
 */
function dictatedAddresses(tokens: readonly Token[]): DictatedAddresses {
  const found: DictatedAddresses = { ats: new Set(), inside: [] };
  for (let at = 1; at < tokens.length; at++) {
    if (tokens[at]!.lower !== "at") continue;
    let end = -1;
    for (let k = at + 2; k < Math.min(tokens.length, at + 8); k++) {
      if (tokens[k]!.lower === "at") break;
      if (DOT.has(tokens[k - 1]!.lower) && TLD.has(tokens[k]!.lower.replace(/[.,;:!?]+$/, ""))) {
        end = k;
        // "co dot uk": the domain may go on.
        while (end + 2 < tokens.length && DOT.has(tokens[end + 1]!.lower) && TLD.has(tokens[end + 2]!.lower))
          end += 2;
        break;
      }
    }
    if (end === -1) continue;
    found.ats.add(at);
    const start = localPartStart(tokens, at);
    for (let k = start + 1; k <= end; k++) found.inside[k] = true;
  }
  return found;
}

/** Where the local part before an "at" begins: words joined by connectors, numbers after a word. */
function localPartStart(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  const number = (i: number) =>
    digitWord(tokens[i]!.lower) !== undefined ||
    englishTens(tokens[i]!.lower) !== undefined ||
    /^\d+$/.test(tokens[i]!.lower);
  while (k > 0 && number(k) && at - k < 4) k--;
  for (;;) {
    const connector = tokens[k - 1];
    if (
      connector === undefined ||
      !(DOT.has(connector.lower) || DASH.has(connector.lower) || UNDERSCORE.has(connector.lower)) ||
      k < 2
    )
      return k;
    k -= 2;
  }
}

function lastIsNumber(pieces: readonly Piece[]): boolean {
  return /^\d+$/.test(pieces[pieces.length - 1]?.text ?? "");
}

/** "null eins sieben", "double five", "achtundzwanzig", "twenty four", "4 5 8 2 3": digits, joined. */
function numberRunAt(tokens: readonly Token[], i: number): { piece: Piece; next: number } | undefined {
  let digits = "";
  let j = i;
  // Where each token's digits end in `digits`, to split a house number from its postcode.
  const ends: number[] = [];
  // After a street's name the first number is the house's; the postcode said next is a run of its own.
  const houseNumber = STREET_END.test(tokens[i - 1]?.lower ?? "");
  while (j < tokens.length && !(houseNumber && j > i && digits.length > 0)) {
    ends[j] = digits.length;
    const lower = tokens[j]!.lower;
    const repeat = REPEATS.get(lower);
    const following = tokens[j + 1]?.lower ?? "";
    const typedDigit = /^\d$/.test(following) ? Number(following) : undefined;
    const repeated = repeat === undefined ? undefined : (digitWord(following) ?? typedDigit);
    if (repeat !== undefined && repeated !== undefined) {
      digits += String(repeated).repeat(repeat);
      j += 2;
      continue;
    }
    const spoken = digitWord(lower);
    // Digits typed apart ("4 7 1 1 0 9 8 2 3") join a run, or open one of several.
    const typed = /^\d{1,4}$/.test(lower) && (j > i || /^\d$/.test(tokens[j + 1]?.lower ?? ""));
    if (spoken !== undefined || typed) {
      digits += typed ? lower : String(spoken);
      j++;
      continue;
    }
    const tens = englishTens(lower);
    if (tens !== undefined) {
      const unit = tens >= 20 ? englishUnit(following) : undefined;
      digits += String(tens + (unit ?? 0));
      j += unit === undefined ? 1 : 2;
      continue;
    }
    const german = germanNumber(lower);
    if (german !== undefined) {
      digits += String(german);
      j++;
      continue;
    }
    break;
  }
  // One digit word alone is prose ("eins", "one of them") but after a street's name ("Wilhelmstraße
  // sieben", "Am Mühlbach drei a"), before one ("nine holly bank road") or after a flat's word; a
  // digit typed alone stays as it is.
  if (j === i) return undefined;
  if (j === i + 1 && digits.length === 1 && !(afterStreetName(tokens, i) || houseOrFlat(tokens, i)))
    return undefined;
  // "hauptwache fünf null vier eins neun null leipzig": a house number, then five digits and a
  // town, is an address's two numbers.
  const postcode = j - 5;
  if (
    postcode > i &&
    ends[postcode] !== undefined &&
    ends[postcode]! <= 3 &&
    digits.length - ends[postcode]! === 5 &&
    /^\p{L}{3,}$/u.test(tokens[j]?.word ?? "") &&
    !SPOKEN_PUNCTUATION.has(tokens[j]!.lower) &&
    !SENTENCE_WORDS.has(tokens[j]!.lower) &&
    !NUMBER_SAID_AFTER.test(tokens[i - 1]?.lower ?? "")
  )
    return {
      piece: {
        text: digits.slice(0, ends[postcode]),
        start: tokens[i]!.start,
        end: tokens[postcode - 1]!.end,
      },
      next: postcode,
    };
  return { piece: { text: grouped(digits), start: tokens[i]!.start, end: tokens[j - 1]!.end }, next: j };
}

/** More than eight digits in groups of four, as phones, accounts and IBANs are written. */
function grouped(digits: string): string {
  return digits.length <= 8 ? digits : (digits.match(/\d{1,4}/g) ?? []).join(" ");
}

const STREET_END = /(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|hof|bach)$/;

function afterStreetName(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return (
    previous !== undefined &&
    (STREET_END.test(previous.lower) || /^\p{Lu}\p{Ll}+$/u.test(previous.word)) &&
    i >= 2
  );
}

/** Words before a street's type word that make it prose: "one more way", "the last close". */
const NOT_STREET_NAME = new Set(
  "more other last next same big small good long this that my your our their his her its of the a an and or".split(
    " ",
  ),
);
/** "nine holly bank road", "five rosebank terrace": a house number said before its street; "flat six". */
function houseOrFlat(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? "";
  if (FLAT_WORD.has(before) || before === "wohnung") return true;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const lower = tokens[k]!.lower;
    if (EN_STREET_TYPE.has(lower.replace(/[,.]$/, ""))) return k > i + 1;
    if (!/^\p{L}[\p{L}'’-]*$/u.test(lower) || NOT_STREET_NAME.has(lower)) return false;
  }
  return false;
}

/** "zwölfter elfter", "dritten März", "twenty ninth of november": a day or month as an ordinal. */
function ordinalAt(tokens: readonly Token[], i: number): { piece: Piece; next: number } | undefined {
  const lower = tokens[i]!.lower;
  const german = germanOrdinal(lower);
  if (german !== undefined) {
    // "zwölfter elfter neunzehnhundert…": day and month as ordinals, the year after them.
    const after = tokens[i + 1]?.lower ?? "";
    const year = germanNumber(after);
    const glue = germanOrdinal(after) !== undefined || (year !== undefined && year >= 1900 && year < 2100);
    return {
      piece: { text: `${german}.`, start: tokens[i]!.start, end: tokens[i]!.end, glueAfter: glue },
      next: i + 1,
    };
  }
  const tens = englishTens(lower);
  const unitOrdinal =
    tens !== undefined && tens >= 20 ? englishOrdinal(tokens[i + 1]?.lower ?? "") : undefined;
  if (unitOrdinal !== undefined && unitOrdinal < 10)
    return {
      piece: { text: `${tens! + unitOrdinal}th`, start: tokens[i]!.start, end: tokens[i + 1]!.end },
      next: i + 2,
    };
  // "the twelfth of february": an English day is followed by "of" or ends the text.
  const english = englishOrdinal(lower);
  const day = english !== undefined && (tokens[i + 1] === undefined || tokens[i + 1]!.lower === "of");
  return day
    ? { piece: { text: `${english}th`, start: tokens[i]!.start, end: tokens[i]!.end }, next: i + 1 }
    : undefined;
}

const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/;
const EIRCODE = /^[A-Z]\d{2}[A-Z\d]{4}$/;
const POSTCODE_PART = /^(?:[a-z]{1,2}|\d{1,2})$/i;

/** "N 7 8 J L", "S T 18 oh T P", "H 91 X 2 Y 7": a British or Irish postcode spelled out. */
function postcodeAt(tokens: readonly Token[], i: number): { piece: Piece; next: number } | undefined {
  // Spelled in capitals ("S K four two N J"): "at ten am" is no postcode.
  if (!/^[A-Z]{1,2}$/.test(tokens[i]!.word)) return undefined;
  let joined = "";
  let best: { text: string; next: number } | undefined;
  for (let k = i; k < Math.min(tokens.length, i + 8); k++) {
    const word = tokens[k]!.word;
    // "BS four, two J X": a pause inside the postcode.
    if (word === "," && k > i) continue;
    // "S K four two N J", "L S eleven five P Z", "M twenty two four Q L": digits said as words too.
    let said = k > i ? (digitWord(word) ?? englishTens(word)) : undefined;
    const unit = said !== undefined && said >= 20 ? englishUnit(tokens[k + 1]?.word ?? "") : undefined;
    if (said !== undefined && unit !== undefined) {
      said += unit;
      k++;
    }
    const part =
      said !== undefined ? String(said) : POSTCODE_PART.test(word) ? word.toUpperCase() : undefined;
    if (part === undefined) break;
    joined += part;
    if (UK_POSTCODE.test(joined) || EIRCODE.test(joined))
      best = { text: `${joined.slice(0, -3)} ${joined.slice(-3)}`, next: k + 1 };
  }
  if (best === undefined || best.next - i < 3) return undefined;
  // A code that goes on is no postcode: "G B fifty eight L O Y D …" is an IBAN, "L D seven two K P
  // F" a plate.
  const after = tokens[best.next]?.word ?? "";
  if (/^(?:[A-Z]{1,2}|\d{1,2})$/.test(after) || digitWord(after) !== undefined) return undefined;
  return {
    piece: { text: best.text, start: tokens[i]!.start, end: tokens[best.next - 1]!.end },
    next: best.next,
  };
}

/** "Y I L D I R I M", "D E" before digits, "de" before an IBAN's digits: letters, joined. */
function letterRunAt(tokens: readonly Token[], i: number): { piece: Piece; next: number } | undefined {
  // "H E double R E R A": a letter said twice counts twice.
  let letters = "";
  let j = i;
  // "L I N D Q V I S T i own …": a letter in lower case after capitals is the next sentence's "i".
  const capitals = /^\p{Lu}$/u.test(tokens[i]!.word);
  for (; j < tokens.length; j++) {
    const word = tokens[j]!.word;
    if (capitals && j > i && /^\p{Ll}$/u.test(word)) break;
    if (SINGLE_LETTER.test(word)) letters += word.toUpperCase();
    else if (j > i && REPEATS.has(word.toLowerCase()) && SINGLE_LETTER.test(tokens[j + 1]?.word ?? ""))
      letters += tokens[++j]!.word.toUpperCase().repeat(REPEATS.get(word.toLowerCase())!);
    else break;
  }
  if (j - i >= 2) {
    // Digits right after the letters belong to the code: "D E zweiundzwanzig …" is "DE22…".
    const number = numberRunAt(tokens, j);
    if (number !== undefined)
      return { piece: withDigits(letters, number.piece, tokens[i]!.start), next: number.next };
    return {
      piece: {
        text: letters,
        start: tokens[i]!.start,
        end: tokens[j - 1]!.end,
        spelled: letters.length >= MIN_SPELLED,
      },
      next: j,
    };
  }
  // "m zwei drei null vier eins": one letter before a number of four digits or more.
  if (SINGLE_LETTER.test(tokens[i]!.word) && !/^[aeiou]$/i.test(tokens[i]!.word)) {
    const number = numberRunAt(tokens, i + 1);
    if (number !== undefined && number.piece.text.length >= 4)
      return {
        piece: withDigits(tokens[i]!.word.toUpperCase(), number.piece, tokens[i]!.start),
        next: number.next,
      };
  }
  // "IBAN de vierzehn fünf zwei …": a country's two letters before an account's many digits,
  // said after "IBAN" or in capitals ("the uk one is oh seven four …" is no Icelandic account).
  const country = TWO_LETTER_COUNTRY.test(tokens[i]!.word);
  if (country && (/^[A-Z]{2}$/.test(tokens[i]!.word) || ACCOUNT_WORD.test(tokens[i - 1]?.lower ?? ""))) {
    const number = numberRunAt(tokens, i + 1);
    if (number !== undefined && number.piece.text.replace(/ /g, "").length >= 12)
      return {
        piece: {
          text: tokens[i]!.word.toUpperCase() + number.piece.text,
          start: tokens[i]!.start,
          end: number.piece.end,
        },
        next: number.next,
      };
  }
  return undefined;
}

/**
 * Letters and the digits said after them: one code when the digits are many ("DE22…",
 * "KV47399210"), a plate's two groups when few ("MY 612").
 */
function withDigits(letters: string, number: Piece, start: number): Piece {
  const joined =
    number.text.replace(/ /g, "").length >= 5 ? letters + number.text : `${letters} ${number.text}`;
  return { text: joined, start, end: number.end };
}

/** The pieces written out with spaces (or the line breaks the mail had) between them, and the map back. */
function write(text: string, pieces: readonly Piece[]): TextView {
  const view = new MappedText();
  let previous: Piece | undefined;
  for (const piece of pieces) {
    if (previous !== undefined && !piece.glueBefore && !previous.glueAfter) {
      const gap = text.slice(previous.end, piece.start);
      view.stand(gap.includes("\n") ? "\n" : " ", previous.end, piece.start);
    }
    view.stand(piece.text, piece.start, piece.end);
    previous = piece;
  }
  return view.view(text.length);
}
