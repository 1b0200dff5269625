import { countDigits, endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";
import { datesIn } from "./date-patterns.js";

// A chat or call transcript asks for a value on one turn and gets it alone on the next:
// "Agent: Und Ihre Kundennummer?\nKunde: 1188 2047 55". The answer has no keyword of its own;
// the question names its type.

/** What a question asks for, by type; the groups' order is the types' below. */
const ASKED_FOR = new RegExp(
  [
    String.raw`geburtsdatum|date of birth|\bdob\b|birth ?date`,
    String.raw`passwort|kennwort|password|passcode|\bpin\b|\bpuk\b|sicherheitscode|security code|\d-digit code|\d-stellige[mn]? code|(?:one-time|verification|confirmation|sms) code|sms-code|bestätigungscode|einmalcode`,
    `kunden-?(?:nummer|nr)|customer (?:number|no|id)|account (?:number|no)|vertragsnummer|vertragskonto(?:nummer)?|contract number`,
    `passnummer|pass-nr|passport number|ausweisnummer|id card number`,
    `kartennummer|card number`,
  ]
    .map((keywords) => `(${keywords})`)
    .join("|"),
  "gi",
);
const ASKED_TYPES = [
  EntityType.ENTITY_TYPE_DATE_OF_BIRTH,
  EntityType.ENTITY_TYPE_SECRET,
  EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
  EntityType.ENTITY_TYPE_ID_DOCUMENT,
  EntityType.ENTITY_TYPE_CREDIT_CARD,
];
/** The turn asks: a question mark, "bitte" or "please" ("Please enter your date of birth", "… the code. Please type it here."). */
const ASKING = /\?|\bbitte\b|\bplease\b/i;
/** The next turn's speaker, maybe after the time: "[18:06] Kunde: ", "14:32 Du: ", "Caller: ". */
const SPEAKER = /^[ \t>]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?\p{L}[\p{L} .()'’-]{0,30}:[ \t]*/u;
/** The answer is the value alone: a few letters, then digits and their separators. */
const VALUE_ANSWER = /^(?:[A-Z]{1,4}[ -]?)?\d[\dA-Z ./-]*\d$/;
/** A secret is one word with a digit or a mark in it, or a code of six digits in two groups. */
const SECRET_ANSWER = /^(?:(?=\S*[\d!#$%&*+?@])\S{4,40}|\d{3}[ -]\d{3})$/;
const MIN_DIGITS = 4;

/** Where a turn may ask: the few lines with one of these are read for what they ask for. */
const ASKING_ANYWHERE = /\?|\bbitte\b|\bplease\b/gi;

export function detectAnswers(text: string, out: Span[]): void {
  let lineEnd = -1;
  for (const mark of text.matchAll(ASKING_ANYWHERE)) {
    if (mark.index < lineEnd) continue;
    const lineStart = text.lastIndexOf("\n", mark.index) + 1;
    lineEnd = endOfLine(text, mark.index);
    for (const asked of text.slice(lineStart, lineEnd).matchAll(ASKED_FOR))
      answerTo(text, lineStart + asked.index, asked, out);
  }
}

/** The value on the turn after a question for it, typed by what the question asked for. */
function answerTo(text: string, at: number, asked: RegExpMatchArray, out: Span[]): void {
  const questionEnd = endOfLine(text, at);
  if (!ASKING.test(text.slice(text.lastIndexOf("\n", at) + 1, questionEnd))) return;
  const lineStart = questionEnd + 1;
  if (lineStart >= text.length) return;
  const lineEnd = endOfLine(text, lineStart);
  const line = text.slice(lineStart, lineEnd);
  const speaker = SPEAKER.exec(line);
  if (speaker === null) return;
  // "9120 4471 38, 71 Ladybarn Lane": the asked-for value first, more after a comma.
  const answer = line
    .slice(speaker[0].length)
    .split(/,[ \t]/)[0]!
    .replace(/[ \t.!]*\r?$/, "");
  const type = ASKED_TYPES[asked.slice(1).findIndex((group) => group !== undefined)]!;
  const isValue =
    type === EntityType.ENTITY_TYPE_SECRET
      ? SECRET_ANSWER.test(answer)
      : (VALUE_ANSWER.test(answer) && countDigits(answer) >= MIN_DIGITS) ||
        (type === EntityType.ENTITY_TYPE_DATE_OF_BIRTH && wholeDate(answer));
  if (!isValue) return;
  const start = lineStart + speaker[0].length;
  out.push({ type, start, end: start + answer.length, score: Score.context });
}

/** "3. November 1978": a birth date told with its month's name, the whole answer a date. */
function wholeDate(answer: string): boolean {
  for (const date of datesIn(answer)) return date.index === 0 && date[0].length === answer.length;
  return false;
}
