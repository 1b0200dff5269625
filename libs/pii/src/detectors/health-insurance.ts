import { EntityType } from "../entity-types.js";
import { Score, type Span, valueSpan } from "../spans.js";

// A German health insurance member's number (Krankenversichertennummer): a capital and nine digits,
// the last a check digit, printed on every insurance card. Patients and practices type it anywhere
// on the insurer's line, glued to "Nr." or spaced after its letter ("AOK, Nr.D573681939", "VNr:
// G245383238", "M 832362807", "P654 246 640"). The check digit and an insurer's word on the line,
// or a list's column header above it, tell it from an order's or a device's code of the same shape.

const KVNR = /(?<![A-Za-z0-9])([A-Z])[ \u00a0]?(\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})(?![\d]|[ \u00a0]\d)/g;
const INSURER_ON_LINE =
  /(?:aok|dak|barmer|techniker|\btk\b|ikk|bkk|kkh|hek|hkk|knappschaft|krankenkasse|krankenversicherung|versicherung|versichert|kasse|insur)[^\n]{0,60}$/i;

/** A list's column of them: "Name   Geb.   Vers.-Nr." a few lines above, as care homes' lists give it. */
const NUMBER_HEADER = /(?:vers\.?-?nr\.?|versicherten-?(?:nr\.?|nummer)|kvnr|kv-nr\.?)[^\n]*\n/i;
const HEADER_WINDOW = 600;

/**
 * The European Health Insurance Card's own number (its "Kennnummer der Karte"), twenty digits
 * (give or take a digit as people copy it), maybe grouped, after the card's name: "GHIC number if
 * you need it: 80826 0000 4412 0398 1170".
 */
const EHIC_NUMBER =
  /(?:\b[EG]HIC|European Health Insurance Card|Europäische[nr]? Krankenversicherungskarte|Kennnummer der Karte)(?:[^\n\d]{0,30}?)((?:\d[ \u00a0]?){17,20}\d)(?![\d])/g;

export function detectHealthInsuranceNumbers(text: string, out: Span[]): void {
  if (/HIC|Karte|Card/.test(text))
    for (const match of text.matchAll(EHIC_NUMBER))
      out.push(valueSpan(EntityType.ENTITY_TYPE_SOCIAL_SECURITY, match, Score.keyword));
  for (const match of text.matchAll(KVNR)) {
    if (!kvnrValid(match[1]!, match[2]!.replace(/[ \u00a0]/g, ""))) continue;
    const lineStart = text.lastIndexOf("\n", match.index - 1) + 1;
    const header = NUMBER_HEADER.exec(text.slice(Math.max(0, match.index - HEADER_WINDOW), match.index));
    if (!INSURER_ON_LINE.test(text.slice(lineStart, match.index)) && header === null) continue;
    out.push({
      type: EntityType.ENTITY_TYPE_SOCIAL_SECURITY,
      start: match.index,
      end: match.index + match[0].length,
      score: Score.keyword,
    });
  }
}

/**
 * The check digit: the letter as its place in the alphabet (two digits) and the first eight digits,
 * weighted 1, 2, 1, 2 …, each product's digits summed; the total's last digit is the ninth digit.
 */
export function kvnrValid(letter: string, digits: string): boolean {
  const numbers = String(letter.charCodeAt(0) - 64).padStart(2, "0") + digits.slice(0, 8);
  let sum = 0;
  for (let i = 0; i < numbers.length; i++) {
    const product = (numbers.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === digits.charCodeAt(8) - 48;
}
