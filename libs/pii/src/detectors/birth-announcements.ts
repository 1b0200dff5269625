import { Score, type Span } from "../spans.js";
import { birthDate, DAY, MONTH_NUMBER, MONTHS_DE_EN, YEAR_IN_DATE } from "./date-patterns.js";

// Parents announce a birth the day it happens: "Mia ist am 3.11. um 4:12 Uhr gekommen", "Alexandros
// – 08.12.2025, 23:51 Uhr, 2310 g", "Lucas born 19.08 at 11.40pm, 2.9kg", "born Sunday 9th Nov at
// 11.55pm". The day comes without its year more often than with it, so the date is read off what
// stands around it: the hour of the birth after it, then the baby's weight or a word of birth.

/** A day and month, maybe a year: "3.11.", "14.1", "6/2", "08.12.2025", "17. Oktober 2025", "9th Nov". */
const BIRTH_DAY = new RegExp(
  String.raw`(?<![\d./])(?:${DAY}[./]${MONTH_NUMBER}(?:[./](?:(?:19|20)?\d{2})?)?|${DAY}(?:\.|st|nd|rd|th)?[ \u00a0](?:${MONTHS_DE_EN})\.?(?:[ \u00a0](?:19|20)\d{2})?)(?![\d/]|\.\d)`,
  "giu",
);
/**
 * The hour right after the day: " um 4:12 Uhr", ", 23:51 Uhr", " at 3.10am", " | 6:38 Uhr"; with a
 * dot only before its unit ("02.09." after a dash is the end of a stay).
 */
const HOUR_AFTER =
  /^[ \u00a0]*[,|–-]?[ \u00a0]*(?:um|at|gegen|around)?[ \u00a0]*(?:\d{1,2}:\d{2}(?![:\d])[ \u00a0]?(?:uhr|h|am|pm)?|\d{1,2}\.\d{2}[ \u00a0]?(?:uhr|h|am|pm))(?![\p{L}\d\]])/iu;
/** A chat's timestamp ("[18.07. 21:14]") or a quote's header ("Am 12.03.2024 um 10:17 schrieb"). */
const TIMESTAMP_BEFORE = /\[[ \u00a0]*$/;
const QUOTE_HEADER_AFTER = /^[^\n]{0,60}(?:schrieb|wrote|a écrit|escribió)/i;
/** A newborn's weight after it ("2310 g", "3.1kg"; a parcel's "8.9 kg" is none), or a word of birth. */
const WEIGHT = /(?<!\d)[1-5]\d{3}[ \u00a0]?g(?![\p{L}])|(?<![\d.,])[1-5][.,]\d{1,3}[ \u00a0]?kg/u;
/**
 * A newborn's weight and length right after the day, as a card or a bangle gives them: "03.09.2024 ·
 * 3140 g · 51 cm". Both are asked for: a weight alone may be a parcel's.
 */
const NEWBORN_WEIGHT = String.raw`(?:[1-5]\d{3}[ \u00a0]?g|[1-5][.,]\d{1,3}[ \u00a0]?kg)`;
const NEWBORN_LENGTH = String.raw`[3-6]\d(?:[.,]5)?[ \u00a0]?cm`;
const APART = String.raw`[ \u00a0]*[·,|/–-]?[ \u00a0]*`;
const WEIGHT_AND_LENGTH = new RegExp(
  String.raw`^${APART}(?:${NEWBORN_WEIGHT}${APART}${NEWBORN_LENGTH}|${NEWBORN_LENGTH}${APART}${NEWBORN_WEIGHT})(?![\p{L}])`,
  "u",
);
/**
 * A birthday without its year: "hat am 12.05. Geburtstag", "wird am 23. März neun": the day is
 * the birth's, whatever the year.
 */
const BIRTHDAY_AFTER = /^[ \u00a0]+(?:(?:seinen|ihren|den)[ \u00a0]+)?(?:\d{1,3}\.[ \u00a0]+)?Geburtstag/;
const TURNS_BEFORE = /(?:^|[ \u00a0])wird[ \u00a0]+am[ \u00a0]+$/;
const AGE_AFTER =
  /^[ \u00a0]+(?:\d{1,3}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|[a-zäöü]+zig|hundert)(?:[ \u00a0]+Jahre(?:[ \u00a0]+alt)?)?(?![\p{L}\d]|[ \u00a0]+\p{L})/u;
const BIRTHDAY_MENTION = /Geburtstag|wird am/;
const BIRTH_WORD =
  /geboren|gekommen|zur welt|kaiserschnitt|entbunden|entbindung|born|gave birth|c-section|caesarean/i;
const VERB_RIGHT_AFTER = /^[^.!?\n]{0,25}?(geboren|gekommen|zur welt|kaiserschnitt|was born)(?![\p{L}])/iu;
const CHILD_BEFORE = /(?:sohn|tochter|baby|kind|kleine[rn]?|son|daughter)(?![\p{L}])/iu;
const DEATH_BEFORE = /(?:verstorben|gestorben|verstarb|starb|died|passed away|†)[^\n]{0,30}$/iu;
const HEADER_LINE = /^[ \t>]*(?:datum|date|sent|gesendet|received|empfangen)[ \t]*:/i;
/** What the day's sentence says after it, and the words before it. */
const AFTER_WINDOW = 70;
const BEFORE_WINDOW = 40;

export function detectBirthAnnouncements(text: string, out: Span[]): void {
  if (!WEIGHT.test(text) && !BIRTH_WORD.test(text) && !BIRTHDAY_MENTION.test(text)) return;
  for (const match of text.matchAll(BIRTH_DAY)) {
    const end = match.index + match[0].length;
    const after = text.slice(end, end + AFTER_WINDOW);
    const lineStart = text.lastIndexOf("\n", match.index - 1) + 1;
    const before = text.slice(Math.max(lineStart, match.index - BEFORE_WINDOW), match.index);
    // A quote's header, a mail header's date line ("Datum: Do., 13. Juni 2024 um 21:17"), a chat's
    // timestamp, or a death's day with the birth's after it ("verstorben am …, geboren am …").
    if (QUOTE_HEADER_AFTER.test(after) || HEADER_LINE.test(before) || DEATH_BEFORE.test(before)) continue;
    if (TIMESTAMP_BEFORE.test(before)) continue;
    const hour = HOUR_AFTER.exec(after);
    // With its year the day may be this year's party ("feiern am 14.08.2026 Geburtstag"): dates.ts weighs those.
    const birthday =
      !YEAR_IN_DATE.test(match[0]) &&
      (BIRTHDAY_AFTER.test(after) || (TURNS_BEFORE.test(before) && AGE_AFTER.test(after)));
    const born =
      hour === null
        ? bornRightAfter(after, before) || WEIGHT_AND_LENGTH.test(after) || birthday
        : bornAround(after.slice(hour[0].length), before);
    if (born) out.push(birthDate(match.index, end, Score.context));
  }
}

/** After the hour, the weight or a word of birth in the sentence, or a word of birth before the day. */
function bornAround(rest: string, before: string): boolean {
  const sentence = rest.split(/[.!?](?:\s|$)|\n\s*\n/)[0]!;
  return WEIGHT.test(sentence) || BIRTH_WORD.test(sentence) || BIRTH_WORD.test(before);
}

/**
 * Without an hour, the birth's word right after the day ("Jonas ist am 27.09.2024 per
 * Kaiserschnitt …"), and a child before it for a word as plain as "gekommen" ("unser sohn emil ist
 * am 14.1 gekommen").
 */
function bornRightAfter(after: string, before: string): boolean {
  const verb = VERB_RIGHT_AFTER.exec(after);
  return verb !== null && (verb[1]!.toLowerCase() !== "gekommen" || CHILD_BEFORE.test(before));
}
