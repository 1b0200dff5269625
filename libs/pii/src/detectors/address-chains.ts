import { endOfLine, lineStartWithin } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";
import { lineAt } from "./address-country-blocks.js";
import { COUNTRIES, STREET_WORD_AT_END } from "./address-patterns.js";

// Much of the world writes an address as one line of comma-separated parts with no street word
// and no postcode rule of its own: "Plot 14, Admiralty Way, Lekki Phase 1, Lagos, Nigeria",
// "No. 27, 2nd Main Road, Adyar, Chennai - 600020", "Tullyvin Upper, Cootehill, Co. Cavan".
// The chain is read backwards from how it ends: a country, an Irish county or Dublin district,
// or a town with its postcode (Japanese "169-0051" and Brazilian "30130-005" too).

/** A Vietnamese district and maybe its city end a chain: "Quận Hoàn Kiếm, Hà Nội", "Quận 7, TP.HCM". */
const VIETNAMESE_DISTRICT = String.raw`(?:Quận|Huyện|Thị xã|Thành phố|TP\.)[ \u00a0]*[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]*){0,3}(?:,[ \u00a0]*(?:TP\.[ \u00a0]?)?\p{Lu}[\p{L}\p{M}.]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]*){0,3})?`;
/** How a chain ends; a number that goes on as a date ("GHA,2025-06-19" in a CSV row) is no postcode. */
const CHAIN_END = new RegExp(
  String.raw`,[ \u00a0]*(?:(?:${COUNTRIES})|Co\.?[ \u00a0]\p{Lu}\p{Ll}+|County[ \u00a0]\p{Lu}\p{Ll}+|Dublin[ \u00a0]\d{1,2}W?|${VIETNAMESE_DISTRICT}|(?:\p{Lu}[\p{L}\p{M}'’-]+[ \u00a0]){0,2}\p{Lu}[\p{L}\p{M}'’-]+,?[ \u00a0]*[-–]?[ \u00a0]*(?:\d{3}-\d{4}|\d{5}-\d{3}|\d{4,6}))(?![\p{L}\p{N}]|[.,/-]\d)`,
  "gu",
);
/**
 * A number after such a word is an identifier, not a postcode: "Vertrag 12345", "Invoice 20231";
 * after a standards body, a standard ("ISO 26262", "DIN 18040").
 */
const NOT_TOWN_WORD =
  /\b(?:iso|din|iec|en|bs|ansi|ieee|iatf|vda)$|(?:nummer|nr|number|no|id|code|konto|kunde|rechnung|vertrag|auftrag|bestellung|order|invoice|ticket|ref|referenz|reference|policy|police|claim|account|tel|telefon|phone|fax|mobil|mobile|handy|jahr|year|seite|page|euro|eur|stück|pin|tan|pwd|passwor[dt])\.?$/i;
/** Irish ends need no house number: rural addresses have none. */
const IRISH_END = /^,[ \u00a0]*(?:Co\.?|County|Dublin)[ \u00a0]/;
/**
 * Small words that may stand in lower case inside a part: "Tigh na Mara", "Rue de la Loi", "Belo
 * Horizonte – MG", "Căn hộ 1708" (flat), "Chung cư Sunrise City" (block of flats).
 */
const PARTICLE =
  /^(?:de|da|do|dos|das|del|della|di|la|le|les|na|an|van|von|der|den|y|e|í|á|hộ|cư|of|the|[-–])$/u;
/** Lower-case words that open a part: "ngõ 42" (alley), "bte 4" (box), "app. 3", "no. 5", "off Kado Road". */
const PART_OPENER =
  /^(?:ngõ|ngách|hẻm|kiệt|số|bte|app\.?|apt\.?|no\.?|flat|unit|near|off|opp\.?|opposite|behind)$/u;
const PART_WORD = /^(?:[\p{Lu}\p{N}#]|[A-Za-z]?-?\d|n[°º]\d|\(\p{Lu}{1,3}\),?$)/u;
/** A part that holds a house, plot or flat number: "House No. C 243/11", "Av. da Boavista 1277". */
const NUMBERED_PART = /(?:^|[ \u00a0.°º-])[A-Z]?\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)*(?:$|[ \u00a0])/;
const LONG_NUMBER = /^\d{6,}$/;
const MAX_PART_WORDS = 6;
const MAX_PARTS = 7;
/** How far back a chain may reach: bounds the work on a huge line with many commas. */
const MAX_CHAIN_LENGTH = 240;

export function detectAddressChains(text: string, out: Span[]): void {
  if (!text.includes(",")) return;
  for (const end of text.matchAll(CHAIN_END)) {
    const postcode = /[ \u00a0]*[-–]?[ \u00a0]*\d+$/.exec(end[0]);
    if (postcode !== null && NOT_TOWN_WORD.test(end[0].slice(0, postcode.index).replace(/,$/, ""))) continue;
    const start = chainStart(text, end.index, IRISH_END.test(end[0]));
    if (start !== undefined)
      out.push({
        type: EntityType.ENTITY_TYPE_STREET_ADDRESS,
        start,
        end: end.index + end[0].length,
        score: Score.format,
      });
  }
}

/**
 * A contact line in a signature: a phone with its country's code, or a phone's label before a
 * number ("Tel: …", "Mobile/WhatsApp: +20 …").
 */
const CONTACT_LINE =
  /^[ \t>]*(?:\+[ \u00a0]?\d|(?:Tel|Tél|Phone|Mobile|Mob|Cell|Handy|Mobil|WhatsApp|Fax)\b[^\n\d]{0,20}?\+?\d)/gim;
/** A signature line's last part: a town, with a district's number or a postcode before or after it. */
const TOWN_PART =
  /,[ \u00a0]*(?:\d{4,6}[ \u00a0]+)?\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+){0,2}(?:[ \u00a0]\d{1,6})?[ \u00a0]*$/u;
const MAX_SIGNATURE_LINE = 100;
/** A line that ends by announcing an address: "sent to the address provided:", "Lieferadresse:". */
const ADDRESS_LABEL_LINE = /(?:address|adresse|anschrift)[^\n\d]{0,30}:[ \t]*\r?\n/gi;

/**
 * "House No. 14, Riara Road, Kilimani, Nairobi", "Villa 27, Street 14B, Al Barsha 2, Dubai": a
 * line of address parts ending in a town, in a signature right above or below a phone. Without a
 * country or postcode to end it the chain needs that neighbour, and must fill its line.
 */
export function detectSignatureAddresses(text: string, out: Span[]): void {
  if (!text.includes(",")) return;
  for (const contact of text.matchAll(CONTACT_LINE)) {
    const above = text.lastIndexOf("\n", contact.index - 2) + 1;
    if (contact.index > 0) signatureAddressAt(text, above, contact.index - 1, out);
    const below = endOfLine(text, contact.index) + 1;
    if (below < text.length) signatureAddressAt(text, below, endOfLine(text, below), out);
  }
  // "… to the address provided:" and the address on the line below it.
  for (const label of text.matchAll(ADDRESS_LABEL_LINE)) {
    const below = label.index + label[0].length;
    if (below < text.length) signatureAddressAt(text, below, endOfLine(text, below), out);
  }
}

function signatureAddressAt(text: string, start: number, end: number, out: Span[]): void {
  if (end - start > MAX_SIGNATURE_LINE) return;
  const line = lineAt(text, start, end);
  const town = TOWN_PART.exec(line.text);
  // A house's or plot's number: "IT Administrator, Agarwal Pharma Ltd, Nairobi" is a job.
  if (town === null || !/\d/.test(line.text.slice(0, town.index))) return;
  if (chainStart(text, line.start + town.index, false) !== line.start) return;
  out.push({
    type: EntityType.ENTITY_TYPE_STREET_ADDRESS,
    start: line.start,
    end: line.end,
    score: Score.format,
  });
}

/**
 * Walks back over comma-separated parts on the line before `comma`, the comma that opens the
 * chain's last part; returns where the chain begins if at least two parts of address shape stand
 * there and one of them holds a number (unless `numberless`).
 */
function chainStart(text: string, comma: number, numberless: boolean): number | undefined {
  const lineStart = lineStartWithin(text, comma, MAX_CHAIN_LENGTH);
  let start = comma;
  let parts = 0;
  let numbered = false;
  while (parts < MAX_PARTS && start > lineStart) {
    const previousComma = commaBefore(text, start, lineStart);
    const partStart = Math.max(previousComma + 1, lineStart);
    const raw = text.slice(partStart, start);
    const kept = addressWordsAtEnd(raw);
    // "Betriebsnummer lautet 48213076, …": a long bare number is an identifier, not a part.
    if (kept === 0 || LONG_NUMBER.test(raw.slice(raw.length - kept).trim())) break;
    start = start - kept;
    parts++;
    const part = text.slice(start, start + kept).trim();
    // "Tonk Road, near Gopalpura Bypass, Jaipur 302018": a street without its number is enough.
    if (NUMBERED_PART.test(part) || isTownWithPostcode(part) || STREET_WORD_AT_END.test(part))
      numbered = true;
    // A part cut short by prose ("office is No. 27") opens the chain.
    if (kept < raw.trimStart().length || previousComma < lineStart) break;
    start = previousComma;
  }
  while (start < comma && /[\s,]/.test(text[start]!)) start++;
  return parts >= 2 && (numbered || numberless) ? start : undefined;
}

/** "Bengaluru 560038", "Chennai - 600020": a town and its postcode, as a part before a region. */
const TOWN_WITH_POSTCODE =
  /^\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+)?[ \u00a0]*[-–]?[ \u00a0]*\d{4,6}$/u;

export function isTownWithPostcode(part: string): boolean {
  return (
    TOWN_WITH_POSTCODE.test(part) && !NOT_TOWN_WORD.test(part.replace(/[ \u00a0]*[-–]?[ \u00a0]*\d+$/, ""))
  );
}

/**
 * Where address parts before a comma begin: "Kimathi House, 4th Floor, Kimathi Street" before ",
 * P.O. Box 10562-00100". Undefined unless two parts of address shape stand there, one with a number.
 */
export function addressPartsBefore(text: string, comma: number): number | undefined {
  return chainStart(text, comma, false);
}

/** Length of the part's tail made of address words (capitalized, numbers, particles), up to its end. */
export function addressWordsAtEnd(part: string): number {
  const words = [...part.matchAll(/[^ \u00a0]+/g)];
  let first = words.length;
  while (first > 0 && words.length - first < MAX_PART_WORDS) {
    const word = words[first - 1]![0];
    if (!PART_WORD.test(word) && !PARTICLE.test(word) && !PART_OPENER.test(word)) break;
    first--;
  }
  // A chain part never starts with a particle ("is No. 27" keeps "No. 27", "the Mill" keeps "Mill").
  while (first < words.length && PARTICLE.test(words[first]![0])) first++;
  return first === words.length ? 0 : part.length - words[first]!.index;
}

/** The last comma before `index` and at or after `floor`, or -1. */
function commaBefore(text: string, index: number, floor: number): number {
  for (let i = index - 1; i >= floor; i--) if (text.charCodeAt(i) === 44) return i;
  return -1;
}
