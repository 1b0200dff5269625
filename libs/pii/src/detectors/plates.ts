import { L, wordBefore } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span, textBefore } from "../spans.js";

// German plates: district (1-3 letters, umlauts allowed), 1-2 letters, 1-4 digits, optional E/H.
const PLATE_DASH = new RegExp(
  String.raw`([A-ZÄÖÜ]{1,3})-[ \u00a0]?([A-Z]{1,2})[ \u00a0]?(\d{1,4})[EH]?(?![${L}0-9-])`,
  "gu",
);
const PLATE_SPACE = new RegExp(
  String.raw`([A-ZÄÖÜ]{1,3})[ \u00a0]([A-Z]{1,2})[ \u00a0]?(\d{1,4})[EH]?(?![${L}0-9-])`,
  "gu",
);
// UK plates since 2001: area letters, age digits, three random letters ("KX19 HZT").
const PLATE_UK = new RegExp(String.raw`(?<![${L}0-9])[A-Z]{2}\d{2}[ \u00a0]?[A-Z]{3}(?![${L}0-9])`, "gu");
const PLATE_CONTEXT =
  /(?:kennzeichen|kfz|fahrzeug|auto|wagen|pkw|lkw|plate|vehicle|car|registration|\breg\b)[^\n]{0,30}$/i;
/** Letter groups that look like a district but are standards, units or file formats. */
const NOT_PLATE = new Set([
  "ISO",
  "DIN",
  "EN",
  "IEC",
  "RFC",
  "PDF",
  "USB",
  "CD",
  "DVD",
  "TV",
  "PC",
  "ID",
  "NR",
  "AZ",
  "EUR",
  "USD",
  "KW",
  "CW",
  "Q",
  "GB",
  "MB",
  "KB",
  "HD",
  "UHD",
  "DB",
  "IT",
  "PS",
  "A",
  "AB",
  "RE",
  "NO",
  "TO",
  "IN",
  "ON",
  "AT",
  "OR",
  "IS",
  "IF",
  "OF",
]);

export function detectLicensePlates(text: string, out: Span[]): void {
  detectPlatesAfterWord(text, out);
  for (const match of text.matchAll(PLATE_DASH)) {
    if (wordBefore(text, match.index) || text[match.index - 1] === "-") continue;
    if (NOT_PLATE.has(match[1]!) && !PLATE_CONTEXT.test(textBefore(text, match.index, 50))) continue;
    const score = PLATE_CONTEXT.test(textBefore(text, match.index, 50)) ? Score.keyword : Score.format;
    out.push({
      type: EntityType.ENTITY_TYPE_LICENSE_PLATE,
      start: match.index,
      end: match.index + match[0].length,
      score,
    });
  }
  for (const match of [...text.matchAll(PLATE_SPACE), ...text.matchAll(PLATE_UK)]) {
    if (wordBefore(text, match.index) || text[match.index - 1] === "-") continue;
    if (!PLATE_CONTEXT.test(textBefore(text, match.index, 50))) continue;
    out.push({
      type: EntityType.ENTITY_TYPE_LICENSE_PLATE,
      start: match.index,
      end: match.index + match[0].length,
      score: Score.keyword,
    });
  }
}

// Any country's plate right after a plate word: "rego CJ 47 KD", "Kontrollschild ZG 41822",
// "reg 171-D-45823". Formats differ too much to list; the word makes the value a plate.
const PLATE_WORD =
  /(?<![a-zäöü])(?:(?:kfz-|auto|amtl(?:iches|\.)?[ \u00a0]*)?kennzeichen|amtl\.[ \u00a0]*kz|kontrollschild|nummernschild|autonummer|(?:number|licen[cs]e|registration)[ \u00a0]+plate|plate|rego|reg(?:istration)?(?:[ \u00a0]*(?:no\.?|number|mark))?|vehicle[ \u00a0]+reg(?:istration)?)(?![a-zäöü])/gi;
/** Capitals and digits in up to four groups, right after the plate word and a little filler. */
const PLATE_VALUE = new RegExp(
  String.raw`(?:[ \u00a0]*(?:[:#(]|is|ist|lautet|was|war|no\.?|nr\.?|number))*[ \u00a0]*([A-ZÄÖÜ0-9]{1,4}(?:[ \u00a0-][A-ZÄÖÜ0-9]{1,6}){0,3})(?![${L}0-9])`,
  "y",
);

function detectPlatesAfterWord(text: string, out: Span[]): void {
  for (const word of text.matchAll(PLATE_WORD)) {
    PLATE_VALUE.lastIndex = word.index + word[0].length;
    const match = PLATE_VALUE.exec(text);
    if (match === null) continue;
    const value = match[1]!;
    const compact = value.replace(/[ \u00a0-]/g, "");
    if (compact.length < 4 || compact.length > 10 || !/\d/.test(value) || !/[A-ZÄÖÜ]/.test(value)) continue;
    const end = match.index + match[0].length;
    out.push({
      type: EntityType.ENTITY_TYPE_LICENSE_PLATE,
      start: end - value.length,
      end,
      score: Score.keyword,
    });
  }
}
