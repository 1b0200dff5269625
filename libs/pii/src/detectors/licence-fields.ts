import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// A driving licence of the EU's model (and the UK's and Turkey's) numbers its fields: 1. surname,
// 2. given names, 3. date and place of birth, 4a.–4c. issue, expiry and authority, 4d. a personal
// number, 5. the licence's number. Typed out field by field for a translation or an exchange, the
// numbers say what each line holds, in any language.

/** The issue and expiry or authority fields tell a licence's lines from any numbered list. */
const ISSUE_FIELD = /^[ \t>]*4a\.[ \t]/m;
const OTHER_FIELD = /^[ \t>]*4[bc]\.[ \t]/m;
/** "1. KOVALENKO / КОВАЛЕНКО", "2. OLENA": the holder's names, in one script or two. */
const NAME_FIELD = /^([ \t>]*[12]\.[ \t]+)(\p{Lu}[\p{L}'’ -]*?)(?=[ \t]*(?:\/|\r?\n|$))/gmu;
/** "3. 21.04.1989 KHARKIV": the birth date opens field 3. */
const BIRTH_FIELD = /^([ \t>]*3\.[ \t]+)(\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2})(?!\d)/gm;
/** "5. AAB 284617", "4d. 51963024886": the licence's and the holder's numbers, alone on their line or before a gap. */
const NUMBER_FIELD =
  /^([ \t>]*(?:4d|5)\.[ \t]+)((?=[A-Z0-9 ]*\d)[A-Z0-9](?:[A-Z0-9]| (?=[A-Z0-9]))*)(?=[ \t]*(?:\r?\n|$)|[ \t]{2})/gm;

export function detectLicenceFields(text: string, out: Span[]): void {
  if (!ISSUE_FIELD.test(text) || !OTHER_FIELD.test(text)) return;
  for (const match of text.matchAll(NAME_FIELD)) push(match, EntityType.ENTITY_TYPE_PERSON, out);
  for (const match of text.matchAll(BIRTH_FIELD)) push(match, EntityType.ENTITY_TYPE_DATE_OF_BIRTH, out);
  for (const match of text.matchAll(NUMBER_FIELD)) push(match, EntityType.ENTITY_TYPE_ID_DOCUMENT, out);
}

function push(match: RegExpMatchArray, type: EntityType, out: Span[]): void {
  const start = match.index! + match[1]!.length;
  out.push({ type, start, end: start + match[2]!.length, score: Score.keyword });
}
