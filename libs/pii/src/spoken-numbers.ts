// Numbers as speech-to-text writes them down: "null eins sieben sechs", "double five",
// "achtundzwanzig", "zweihundertfünfzig", "nineteen ninety one", "zwölfter", "twenty ninth".
// spoken-view.ts turns them into digits and detectors/spoken.ts finds long runs of them; these
// read the words.

/** Digits said as words, German and English. */
export const DIGIT_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ["null", 0],
  ["eins", 1],
  ["zwei", 2],
  ["zwo", 2],
  ["drei", 3],
  ["vier", 4],
  ["fünf", 5],
  ["fuenf", 5],
  ["sechs", 6],
  ["sieben", 7],
  ["acht", 8],
  ["neun", 9],
  ["zero", 0],
  ["oh", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
]);
/** "double two" is two digits, "triple oh" three. */
export const REPEATS: ReadonlyMap<string, number> = new Map([
  ["double", 2],
  ["doppel", 2],
  ["doppelt", 2],
  ["triple", 3],
]);

const DE_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
const DE_TEENS = [
  "zehn",
  "elf",
  "zwölf",
  "dreizehn",
  "vierzehn",
  "fünfzehn",
  "sechzehn",
  "siebzehn",
  "achtzehn",
  "neunzehn",
];
const DE_TENS = [
  "",
  "",
  "zwanzig",
  "dreißig",
  "vierzig",
  "fünfzig",
  "sechzig",
  "siebzig",
  "achtzig",
  "neunzig",
];
const EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const EN_TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** Every German number word from 10 to 99, written as one word, and its value. */
const DE_TWO_DIGITS = new Map<string, number>();
for (const [i, teen] of DE_TEENS.entries()) DE_TWO_DIGITS.set(teen, 10 + i);
for (let tens = 2; tens <= 9; tens++) {
  DE_TWO_DIGITS.set(DE_TENS[tens]!, tens * 10);
  for (let unit = 1; unit <= 9; unit++)
    DE_TWO_DIGITS.set(`${DE_UNITS[unit]}und${DE_TENS[tens]}`, tens * 10 + unit);
}
const EN_TWO_DIGITS = new Map<string, number>();
for (const [i, teen] of EN_TEENS.entries()) EN_TWO_DIGITS.set(teen, 10 + i);
for (let tens = 2; tens <= 9; tens++) EN_TWO_DIGITS.set(EN_TENS[tens]!, tens * 10);

/** Every number word from 10 to 99, German and English: "elf", "einundzwanzig", "sixty". */
export const TWO_DIGIT_WORDS: ReadonlySet<string> = new Set([
  ...DE_TWO_DIGITS.keys(),
  ...EN_TWO_DIGITS.keys(),
]);

/** A German number of up to four digits in one word: "zwölf", "achtundzwanzig", "zweihundertfünfzig", "neunzehnhundertachtzig". */
export function germanNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/ss/g, "ß");
  if (DE_TWO_DIGITS.has(lower)) return DE_TWO_DIGITS.get(lower);
  const hundreds = /^(.*?)hundert(.*)$/.exec(lower);
  if (hundreds !== null) {
    const [, head, rest] = hundreds as unknown as [string, string, string];
    const count = head === "" ? 1 : (DE_TWO_DIGITS.get(head) ?? smallGerman(head));
    const tail = rest === "" ? 0 : germanBelowHundred(rest);
    if (count === undefined || tail === undefined) return undefined;
    return count * 100 + tail;
  }
  const thousands = /^(.*?)tausend(.*)$/.exec(lower);
  if (thousands !== null) {
    const [, head, rest] = thousands as unknown as [string, string, string];
    const count = head === "" ? 1 : smallGerman(head);
    const tail = rest === "" ? 0 : germanNumber(rest);
    if (count === undefined || tail === undefined || tail >= 1000) return undefined;
    return count * 1000 + tail;
  }
  return undefined;
}

function smallGerman(word: string): number | undefined {
  if (word === "ein" || word === "eins") return 1;
  const digit = DIGIT_WORDS.get(word);
  return digit !== undefined && digit > 0 ? digit : undefined;
}

function germanBelowHundred(word: string): number | undefined {
  return DE_TWO_DIGITS.get(word) ?? smallGerman(word);
}

/** The value of one English word from 10 to 90 ("twelve", "ninety"), or undefined. */
export function englishTens(word: string): number | undefined {
  return EN_TWO_DIGITS.get(word.toLowerCase());
}

/** A digit spoken as a word: "null", "eins", "oh", "seven". */
export function digitWord(word: string): number | undefined {
  return DIGIT_WORDS.get(word.toLowerCase());
}

/** English units after a tens word: "twenty four" → 4. */
export function englishUnit(word: string): number | undefined {
  const index = EN_UNITS.indexOf(word.toLowerCase());
  return index > 0 ? index : undefined;
}

const DE_ORDINAL_ENDING = /(?:ste|ster|sten|stem|stes|te|ter|ten|tem|tes)$/;
const DE_ORDINAL_STEMS = new Map<string, number>([
  ["ers", 1],
  ["zwei", 2],
  ["drit", 3],
  ["vier", 4],
  ["fünf", 5],
  ["sechs", 6],
  ["sieb", 7],
  ["sieben", 7],
  ["ach", 8],
  ["neun", 9],
]);
const EN_ORDINALS = new Map<string, number>([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
  ["thirteenth", 13],
  ["fourteenth", 14],
  ["fifteenth", 15],
  ["sixteenth", 16],
  ["seventeenth", 17],
  ["eighteenth", 18],
  ["nineteenth", 19],
  ["twentieth", 20],
  ["thirtieth", 30],
]);

/** A German ordinal of a day or month: "zwölfter", "dritten", "einundzwanzigste" → 12, 3, 21. */
export function germanOrdinal(word: string): number | undefined {
  const lower = word.toLowerCase();
  const ending = DE_ORDINAL_ENDING.exec(lower);
  if (ending === null) return undefined;
  const stem = lower.slice(0, ending.index);
  const value = DE_ORDINAL_STEMS.get(stem) ?? germanNumber(stem) ?? germanNumber(`${stem}s`);
  return value !== undefined && value >= 1 && value <= 31 ? value : undefined;
}

/** An English ordinal of one word: "twelfth" → 12; "twenty ninth" is read as two words. */
export function englishOrdinal(word: string): number | undefined {
  return EN_ORDINALS.get(word.toLowerCase());
}
