import { isLowerAscii, isUpperAscii, isWordCode, lineStartWithin, wordBefore } from "../chars.js";
import { BIG_CITIES_TEXT } from "../data/not-names.js";
import { EntityType } from "../entity-types.js";
import { SURNAMES } from "../names/lexicon.js";
import { matchSpan, Score, type Span, valueSpan } from "../spans.js";
import type { Tokens } from "../tokens.js";
import { addressPartsBefore, detectAddressChains, detectSignatureAddresses } from "./address-chains.js";
import { detectAddressBlocks } from "./address-country-blocks.js";
import { detectAddressMarkerBlocks, withDigitalAddresses } from "./address-markers.js";
import { detectNarratedStreets } from "./address-narrated.js";
import { addressParts, JOINER, mergeAdjacent, unitsOnly } from "./address-parts.js";
import {
  ADDRESS_KEYWORD_HEADS,
  ADDRESS_PART_BEFORE,
  CANADIAN_POSTCODE_AT,
  CANADIAN_PROVINCES,
  CANADIAN_TOWN_BEFORE_POSTCODE,
  CARE_OF,
  DE_STREET_BEFORE_NUMBER,
  EN_STREET_AT,
  FLAT_IN_BLOCK,
  HOUSE_NAME_ADDRESS,
  HOUSE_NUMBER_BEFORE,
  HOUSE_NUMBER_REST,
  HOUSE_WORD,
  KNOWN_SHORT_POSTCODE_TOWNS,
  LOWER_CASE_STREET_TYPES,
  MILITARY_ADDRESS,
  NOT_STREET_NOUN,
  NOT_TOWN,
  NUMBER_BEFORE_STREET_TYPE_AT,
  POST_BOX,
  POSTCODE_TOWN_AT,
  PT_POSTCODE_TOWN_AT,
  SPACED_POSTCODE_TOWN_AT,
  STREET_AFTER_HOUSE_NAME,
  STREET_AFTER_KEYWORD_AT,
  STREET_BEFORE_POSTCODE_SPACED,
  STREET_BEFORE_TOWN,
  STREET_NAME_OPENER,
  STREET_TYPE_FIRST_AT,
  STREET_TYPE_HEADS,
  TOWN_AFTER_STREET,
  TOWN_BEFORE_POSTCODE,
  TURKISH_STREET,
  TURKISH_STREET_HEADS,
  UK_POSTCODE_AT,
  UNIT_AFTER,
  UNIT_BEFORE_NUMBER,
  US_STATES,
  US_STREET_AND_TOWN_BEFORE_STATE,
  US_TOWN_BEFORE_STATE,
} from "./address-patterns.js";
import { detectScrambledAddresses } from "./address-scrambled.js";
import { detectLandParcels } from "./land-parcels.js";

const DIGITS = /\d+/g;
const CYRILLIC = /[\u0400-\u04ff]/;
/**
 * A Ukrainian or Russian address, by its street word: "вул. Сумська 74, кв. 18, м. Харків, 61002",
 * "ул. Ленина 5, г. Омск".
 */
const CYRILLIC_ADDRESS =
  /(?<![\p{L}])(?:вул\.|ул\.|просп\.|пр-т|пров\.|пер\.|бул\.|пл\.|вулиця|улица)[ \u00a0]?\p{Lu}[\p{L}'’ʼ-]+(?:[ \u00a0]\p{Lu}[\p{L}'’ʼ-]+)?,?[ \u00a0]\d{1,4}\p{L}?(?:\/\d{1,3})?(?:,[ \u00a0]*(?:кв\.|корп\.|буд\.|д\.|под\.)[ \u00a0]?\d{1,4}\p{L}?)*(?:,[ \u00a0]*(?:м\.|г\.|с\.|смт)[ \u00a0]?\p{Lu}[\p{L}'’ʼ-]+)?(?:,[ \u00a0]*\d{5,6})?/gu;
/**
 * A parcel locker or post office as the address, with the customer's post number or a town after
 * it: "Packstation 112, Postnummer 12345678", "Packstation 204 in 10115 Berlin". Alone it is a place.
 */
const PARCEL_STATION =
  /(?:Packstation|Postfiliale)[ \u00a0]+\d{1,4}(?:,?[ \u00a0]*(?:Postnummer|Postnr\.?)[ \u00a0]*:?[ \u00a0]*\d(?:[ \u00a0]?\d){5,9}|(?=(?:,|[ \u00a0]+in)?[ \u00a0\n]*\d{5}[ \u00a0]))/g;
/** The four digits after a ZIP code: "94105-1234". */
const ZIP_PLUS_FOUR = /^-\d{4}(?!\d)/;
/** A street after its keyword opens with a capital, a house number or a flat ("flat 6b, 30 …"). */
const STREET_OPENING = /^(?:[\p{Lu}\d]|(?:flat|apt|unit|apartment|am|im|an|auf)[ \u00a0])/u;
/** The type words that end a German street typed in lower case ("lindenstr 4", "birkenweg 12"). */
const LOWER_CASE_DE_STREET_TYPES = String.raw`straße|strasse|str\.?|allee|gasse|weg|platz|ring|damm`;
/** …or it is typed in lower case with its type word: "plattleite 8", "mill lane 8". */
const LOWER_CASE_STREET_WORD = new RegExp(
  String.raw`(?:${LOWER_CASE_DE_STREET_TYPES}|leite|road|street|lane|place|avenue|drive|close)[ \u00a0]+\d`,
);
const DATE_NOT_STREET =
  /^(?:as|from|since|ab|seit|per|bis|until)[ \u00a0]|(?:^|[ \u00a0])(?:the|der|die|den)[ \u00a0]+(?:last|past|next|first|letzten|nächsten|ersten)[ \u00a0]+\d{1,4}$|[ \u00a0]in[ \u00a0](?:19|20)\d{2}$|(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember)[ \u00a0]+\d{1,2}$/i;
/** A capitalized name of up to three words and a small house number: "Oberdorf 23", "Winkl 1". */
const STREET_SHAPE = String.raw`(?:^|[\s:(;])(\p{Lu}[\p{L}\p{M}'’.-]+)(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’.-]+){0,2}[ \u00a0]\d{1,3}[a-zA-Z]?(?:\/\d{1,3})?`;
const STREET_SHAPE_BEFORE_POSTCODE = new RegExp(String.raw`${STREET_SHAPE},[ \u00a0]*$`, "u");
/** The same before a German postcode, after a bare space: "in Winkl 1 84577 Tüßling". */
const STREET_SHAPE_BEFORE_POSTCODE_SPACED = new RegExp(String.raw`${STREET_SHAPE}[ \u00a0]+$`, "u");
/** A country letter code before a postcode: "D-", "CH-", "B-4700 Eupen", "L-1499 Luxembourg". */
const COUNTRY_PREFIX = /(?:^|[^A-Za-z0-9-])(?:D|DE|A|AT|CH|B|BE|L|LU|F|FR|I|IT|FL|LI)-$/;
const PREPOSITION_START = /^(?:Am|An|Auf|Im|In|Zum|Zur|Unter|Hinter|Vor|Vorm|Bei|Beim|Über|Unterm)[ \u00a0]/;
/** What may stand between street and town of one address: a comma, a separator bar or dot, a line break. */
const MAX_STREET_LENGTH = 70;

/**
 * Postal addresses. Every street number and postcode is a digit run, so the scan goes from digit
 * run to digit run and tries the address shapes only there, instead of running each shape over
 * the whole text.
 */
/**
 * A vCard's "ADR;TYPE=work:;5. OG;Sonnenstraße 19;München;;80331;Germany" and a calendar's
 * "LOCATION:Hafenstraße 33\, 27568 Bremerhaven": the value is an address, in fields of its own.
 */
const CARD_ADDRESS =
  /^(?:ADR(?:;[^:\n]*)?:[;\s]*|LOCATION(?:;[^:\n]*)?:(?=[^\n]*\d{4,5}))([^\n]*[\p{L}\d])[;\s]*$/gmu;

/**
 * Mannheim's city centre counts blocks, not streets: "O 7, 16, 68161 Mannheim", "Q6 3", "O 7, 14 ·
 * 68161 Mannheim".
 */
const MANNHEIM_BLOCK =
  /(?<![\p{L}\d])[A-HK-U][ \u00a0]?[1-7],?[ \u00a0]?\d{1,3}[a-z]?(?:,|[ \u00a0]·)?[ \u00a0]+681\d{2}[ \u00a0]+Mannheim/gu;

const STR_DOT_BEFORE = /[a-zäöüß]str\.$/i;

/**
 * A street named by its town's adjective alone, the type word left out, before a flat or a floor:
 * "Kolberger 22 Whg 11", "Hildesheimer 212, 4. Stock" (a family name in "-er" is not one, nor a
 * room: "Klassenzimmer 2b, EG links").
 */
const SHORT_STREET_BEFORE_FLAT =
  /(?<![\p{L}\d])(?!\p{L}*(?:zimmer|kammer|keller|center|theater|meister)[ \u00a0])(\p{Lu}\p{Ll}{3,}er)[ \u00a0]+\d{1,4}[a-z]?(?:-\d{1,4})?(?=,?[ \u00a0]+(?:Whg\.?|Wohnung|EG|OG|DG|\d{1,2}\.[ \u00a0]?(?:OG|Stock|Etage))(?![\p{L}]))/gu;
const FLAT_HINT = /Whg|Wohnung|OG|Stock|Etage|EG|DG/;

/** `seeds`: addresses other rules found (in other scripts), merged with the lines around them here. */
export function detectAddresses(
  text: string,
  tokens: Tokens,
  out: Span[],
  seeds: readonly Span[] = [],
): void {
  if (text.includes("ADR") || text.includes("LOCATION"))
    for (const match of text.matchAll(CARD_ADDRESS))
      out.push(valueSpan(EntityType.ENTITY_TYPE_STREET_ADDRESS, match, Score.keyword));
  if (text.includes("Mannheim"))
    for (const match of text.matchAll(MANNHEIM_BLOCK))
      out.push(matchSpan(EntityType.ENTITY_TYPE_STREET_ADDRESS, match, Score.format));
  const streets: Span[] = [];
  const towns: Span[] = [];
  for (const run of text.matchAll(DIGITS)) {
    const start = run.index;
    const end = start + run[0].length;
    const length = end - start;
    const previous = text.charCodeAt(start - 1);
    if (wordBefore(text, start) && !isUpperAscii(previous)) continue;
    // "Gneisenaustr.41": an abbreviated street may run into its number.
    if (
      length <= 4 &&
      (previous === 32 || previous === 0xa0 || STR_DOT_BEFORE.test(text.slice(start - 5, start)))
    ) {
      germanStreet(text, start, end, streets);
      if (isLowerAscii(text.charCodeAt(start - 2)) || text[start - 2] === "." || text[start - 2] === "ß")
        lowerCaseGermanStreet(text, start, end, streets);
      if (isLowerAscii(text.charCodeAt(start - 2))) lowerCaseDutchStreet(text, start, end, streets);
    }
    if (length <= 6 && !wordBefore(text, start)) englishStreet(text, start, streets);
    if (length >= 4 && length <= 6 && isSpace(text.charCodeAt(end)))
      postcodeTown(text, start, streets, towns);
    if (length === 4 && text[end] === "-") portugueseTown(text, start, towns);
    if (length === 3 && isSpace(text.charCodeAt(end))) spacedPostcodeTown(text, start, towns);
    if (length === 5 && isUpperAscii(text.charCodeAt(start - 2)) && isUpperAscii(text.charCodeAt(start - 3)))
      usTown(text, start, end, towns);
    if (length <= 2) ukPostcode(text, start, towns);
    if (length === 1 && isUpperAscii(previous)) canadianTown(text, start, towns);
    if (length === 5 && isLowerAscii(text.charCodeAt(start - 2))) lowerCaseUsAddress(text, start, end, towns);
    if (length === 4) australianTown(text, start, end, towns);
  }

  const found = streets;
  found.push(...seeds);
  streetsByTypeWord(text, tokens, found);
  if (FLAT_HINT.test(text))
    for (const match of text.matchAll(SHORT_STREET_BEFORE_FLAT))
      if (!SURNAMES.has(match[1]!.toLowerCase()))
        found.push(addressSpan(match.index, match.index + match[0].length, Score.context));
  if (HOUSE_WORD.test(text))
    for (const match of text.matchAll(HOUSE_NAME_ADDRESS)) {
      STREET_AFTER_HOUSE_NAME.lastIndex = match.index + match[0].length;
      const street = STREET_AFTER_HOUSE_NAME.exec(text);
      if (street !== null && !wordBefore(text, match.index))
        found.push(addressSpan(match.index, street.index + street[0].trimEnd().length, Score.context));
    }
  if (/[Ff]lat|[Aa]p(?:artmen)?t/.test(text))
    for (const match of text.matchAll(FLAT_IN_BLOCK))
      found.push(addressSpan(match.index, match.index + match[0].length, Score.context));
  if (/[ADF]PO[ \u00a0]/.test(text))
    for (const match of text.matchAll(MILITARY_ADDRESS))
      found.push(addressSpan(match.index, match.index + match[0].length, Score.context));
  for (const match of text.matchAll(POST_BOX)) {
    const area = match[1];
    if (wordBefore(text, match.index) || (area !== undefined && area !== area.toUpperCase())) continue;
    // The house the box belongs to may stand before it: "Kimathi House, 4th Floor, P.O. Box 10562".
    const comma = /,[ \u00a0]*$/.exec(text.slice(Math.max(0, match.index - 3), match.index));
    const start = comma === null ? undefined : addressPartsBefore(text, match.index - comma[0].length);
    found.push(addressSpan(start ?? match.index, match.index + match[0].length, Score.keyword));
  }
  if (text.includes("c/o") || text.includes("C/O") || text.includes("C/o")) {
    for (const match of text.matchAll(CARE_OF)) {
      if (!wordBefore(text, match.index))
        found.push(addressSpan(match.index, match.index + match[0].trimEnd().length, Score.context));
    }
  }
  if (CYRILLIC.test(text))
    for (const match of text.matchAll(CYRILLIC_ADDRESS))
      found.push(addressSpan(match.index, match.index + match[0].length, Score.context));
  if (text.includes("Packstation") || text.includes("Postfiliale"))
    for (const match of text.matchAll(PARCEL_STATION))
      found.push(addressSpan(match.index, match.index + match[0].length, Score.context));
  labeledAddresses(text, found);
  detectAddressChains(text, found);
  detectSignatureAddresses(text, found);
  detectAddressBlocks(text, found);
  detectAddressMarkerBlocks(text, found);
  detectNarratedStreets(text, found);
  detectScrambledAddresses(text, found);
  detectLandParcels(text, found);
  withDigitalAddresses(text, found);
  const streetEnds = new Set(found.map((span) => span.end));
  for (const town of towns) {
    addStreetBefore(text, town, streetEnds, found);
    found.push(town);
  }
  for (const i of tokens.withHead(ADDRESS_KEYWORD_HEADS)) {
    STREET_AFTER_KEYWORD_AT.lastIndex = tokens.starts[i]!;
    const match = STREET_AFTER_KEYWORD_AT.exec(text);
    if (match === null) continue;
    const value = match[1]!;
    // "address as of November 1", "address history for the last 3 years": a time, not a street;
    // "at this address or on 0160 …": the search ignores case, a street's name does not.
    if (DATE_NOT_STREET.test(value) || !(STREET_OPENING.test(value) || LOWER_CASE_STREET_WORD.test(value)))
      continue;
    const start = match.index + match[0].length - value.length;
    if (!UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 10))) {
      found.push(addressSpan(start, start + value.length, Score.context));
    }
  }
  mergeAdjacent(text, found, out);
}

/**
 * Streets whose type word comes first ("Via Garibaldi 12", "4 rue de la Paix") or a Turkish
 * street with its type word before the number, tried only at their type words' tokens.
 */
function streetsByTypeWord(text: string, tokens: Tokens, found: Span[]): void {
  const push = (start: number, end: number): void => {
    if (!wordBefore(text, start)) found.push(addressSpan(start, end, Score.format));
  };
  for (const i of tokens.withHead(STREET_TYPE_HEADS)) {
    const start = tokens.starts[i]!;
    STREET_TYPE_FIRST_AT.lastIndex = start;
    const typeFirst = STREET_TYPE_FIRST_AT.exec(text);
    if (typeFirst !== null) push(start, start + typeFirst[0].trimEnd().length);
    const number = HOUSE_NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (number === null) continue;
    const numberStart = start - number[0].length;
    NUMBER_BEFORE_STREET_TYPE_AT.lastIndex = numberStart;
    const numberFirst = NUMBER_BEFORE_STREET_TYPE_AT.exec(text);
    if (numberFirst !== null) push(numberStart, numberStart + numberFirst[0].trimEnd().length);
  }
  if (tokens.withHead(TURKISH_STREET_HEADS).length > 0)
    for (const match of text.matchAll(TURKISH_STREET))
      push(match.index, match.index + match[0].trimEnd().length);
}

/** Lower-case type words that end a street name before its number: "Thorvald Meyers gate 40". */
const LOWER_CASE_STREET_WORDS = new Set(LOWER_CASE_STREET_TYPES.split("|"));
const CAPITAL_FIRST = /^\p{Lu}/u;
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;

/** A street's last word before its number is capitalized ("Hauptstr.", "Nr.") or a lower-case type word. */
function streetWordBefore(text: string, number: number): boolean {
  let end = number;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text[end - 1] === ",") end--;
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  // "(Lindenstraße 37": brackets and quotes before the word are not part of it.
  const word = text.slice(start, end).replace(LEADING_NON_LETTERS, "");
  return CAPITAL_FIRST.test(word) || LOWER_CASE_STREET_WORDS.has(word);
}

function germanStreet(text: string, start: number, end: number, out: Span[]): void {
  // Most numbers after a space follow no street ("am 12.", "Seite 3"): one cheap look at the word first.
  if (!streetWordBefore(text, start)) return;
  const from = lineStartWithin(text, start, MAX_STREET_LENGTH);
  const before = text.slice(from, start);
  const match = DE_STREET_BEFORE_NUMBER.exec(before);
  if (match === null || wordBefore(text, from + match.index)) return;
  HOUSE_NUMBER_REST.lastIndex = end;
  const rest = HOUSE_NUMBER_REST.exec(text);
  const streetEnd = end + (rest?.[0].length ?? 0);
  if (rest === null || UNIT_AFTER.test(text.slice(streetEnd, streetEnd + 10))) return;
  const name = match[0].trimEnd();
  if (
    PREPOSITION_START.test(name) &&
    name.split(/[ \u00a0]+/).some((noun) => NOT_STREET_NOUN.test(noun) || FLAT_NOUN.test(noun))
  )
    return;
  // "Stellplatz 14", "Stellplatz Nr. 4", "Zimmer 3": a noun with a number that is no street.
  if (NOT_STREET_NOUN.test(name.replace(NUMBER_WORD_AT_END, ""))) return;
  // "Anlage KAP Zeile 19", "Formular N Zeile 4": a tax form's line. "Visitor 1093", "Sector 7":
  // English agent nouns end in "tor" as German gates do ("Steintor 3").
  if (FORM_LINE.test(name) || ENGLISH_TOR.test(name)) return;
  const opener = STREET_NAME_OPENER.exec(before.slice(0, match.index));
  const streetStart = opener === null ? from + match.index : from + opener.index;
  out.push(addressSpan(streetStart, streetEnd, Score.format));
}

const ENGLISH_TOR = /(?:^|[ \u00a0])\p{Lu}\p{Ll}*(?:itor|ator|ctor|otor)$/u;
const FORM_LINE = /^(?:Anlage|Formular|Vordruck|Mantelbogen|Erklärung)[ \u00a0]+\S+[ \u00a0]+Zeile$/;
const NUMBER_WORD_AT_END = /[ \u00a0]+(?:Nr|No)\.?$/;
/** "In der Dachgeschoßwohnung Top 22": a flat, not a street. */
const FLAT_NOUN = /wohnung$/;

/**
 * "lindenstr 4", "gartenstrasse 12": a German street in lower case, as some customers write. An
 * abbreviated type word written apart ("gohl str 18") needs a postcode after it, like "weg", but
 * not after a town's adjective ("neusser str 88"); "gonsenheimer strasse 201" does not; an article before it makes prose ("die strasse 5"). A
 * town's adjective may open it ("gröpelinger heerstr 180"), or stand before "str" with its capital
 * ("Luxemburger str 77").
 */
const LOWER_CASE_DE_STREET =
  /(?<![\p{L}\d-])(?!(?:der|die|das|den|dem|des|eine[mnrs]?|diese[mnrs]?|jede[mnrs]?|welche[mnrs]?|unsere?[mnrs]?|meine[mnrs]?|ihre[mnrs]?|seine[mnrs]?|the|this|that|which|any|every)[ \u00a0])(?:(?!(?:aber|oder|über|unter|hinter|wieder|immer|hier|euer|unser|leider|sicher|später)[ \u00a0])[a-zäöüß]{3,}er[ \u00a0])?(?:[a-zäöüß]{3,}(?:(straße|strasse|str\.?|allee|gasse|[ \u00a0](?:straße|strasse|allee)|(?<=er)[ \u00a0]?str\.?)|[ \u00a0]str\.?|weg|platz|ring|damm|(?<=er)[ \u00a0](?:weg|platz|ring|damm))|[A-ZÄÖÜ][a-zäöüß]{2,}er[ \u00a0]str\.?|(?:[a-zäöüß]{2,}-){1,3}(?:straße|strasse|str\.|weg|platz|allee|gasse))(?:[ \u00a0]+|(?<=str\.))$/u;
/**
 * After a lower-case street: the postcode and town, lower case too ("in 34117 kassel", ", köln",
 * " 04155 leipzig", Austria's " 1060 wien", "20253 hh" for Hamburg, or on the next line), a big
 * town after a bare space ("neusser straße 388 köln nippes"), or the town given back its capital
 * (see recase.ts).
 */
const LOWER_CASE_DE_TOWN = new RegExp(
  String.raw`^(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+in[ \u00a0]+|[ \u00a0]+(?=\d{4,5}[ \u00a0])|[ \u00a0]*\r?\n[ \u00a0>]*(?=\d{4,5}[ \u00a0])|[ \u00a0]+(?=(?:${BIG_CITIES_TEXT.split(/\s+/).join("|")})(?![\p{L}])))(\d{4,5}[ \u00a0]+)?(?:[a-zäöüßA-ZÄÖÜ][a-zäöüß-]{2,24}|(?<=\d[ \u00a0]+)(?:hh|hb|ffm))(?![\p{L}\d])`,
  "iu",
);

/** The word before a number ends like a lower-case street: tested on its last seven characters. */
const LOWER_CASE_STREET_END = new RegExp(`(?:${LOWER_CASE_DE_STREET_TYPES})$`);

/**
 * "keizersgracht 418", "van woustraat 143-h", "tweede van swindenstraat 24-1, 1093 VB amsterdam": a
 * Dutch street in lower case, as riders and drivers type them, its type word part of its name.
 */
const LOWER_CASE_NL_STREET =
  /(?<![\p{L}\d-])(?:(?:van|de|der|den|het|eerste|tweede|derde|nieuwe|oude)[ \u00a0])*[a-z]{3,}(?:straat|gracht|kade|laan|plein|singel|dijk|baan)[ \u00a0]+$/u;
const NL_HOUSE_REST =
  /^(?:-?[a-z](?![\p{L}])|-\d{1,2}|-(?:hs|h|i{1,3})(?![\p{L}]))?(?:,?[ \u00a0]+\d{4}[ \u00a0]?[A-Za-z]{2}[ \u00a0]+[a-z]{3,}(?![\p{L}]))?/u;

function lowerCaseDutchStreet(text: string, start: number, end: number, out: Span[]): void {
  const from = Math.max(0, start - 48);
  const street = LOWER_CASE_NL_STREET.exec(text.slice(from, start));
  if (street === null) return;
  const rest = NL_HOUSE_REST.exec(text.slice(end, end + 40))![0];
  out.push(addressSpan(from + street.index, end + rest.length, Score.format));
}

/** Where a line of notes opens: a time or a bullet may stand before, or "ecke" (a corner). */
const NOTE_LINE_START = /(?:^|\n)[ \t>*•-]*(?:\d{1,2}[:.]\d{2}[ \t]+|ecke[ \t]+)?$/;

/** "im kirschgarten 7", "an der steige 3": a street named with its preposition, in lower case. */
const LOWER_CASE_ARTICLE_STREET =
  /(?<![\p{L}\d-])(?:am|im|an der|an den|auf der|auf dem|in der|zum|zur)[ \u00a0][a-zäöüß]{4,}[ \u00a0]+$/u;

/** The cheap look first: a preposition ends two words before the number. */
const ARTICLE_BEFORE_WORD = /(?:am|im|der|den|dem|zum|zur) [a-zäöüß]{4,} $/;

function lowerCaseGermanStreet(text: string, start: number, end: number, out: Span[]): void {
  const from = Math.max(0, start - 40);
  const typed = LOWER_CASE_STREET_END.test(text.slice(Math.max(0, start - 8), start - 1));
  const withArticle = ARTICLE_BEFORE_WORD.test(text.slice(Math.max(0, start - 32), start));
  if (!typed && !withArticle) return;
  const before = text.slice(from, start);
  const street = typed ? LOWER_CASE_DE_STREET.exec(before) : LOWER_CASE_ARTICLE_STREET.exec(before);
  if (street === null) return;
  // "am sportplatz 3" on a line of its own: the preposition opens a typed street's name too ("wir
  // wohnen an der lindenstraße 5" is prose around it).
  const article = typed && withArticle ? LOWER_CASE_ARTICLE_STREET.exec(before) : null;
  const articleOpensLine =
    article !== null &&
    /(?:^|\n)[ \t>]*$/.test(text.slice(Math.max(0, from + article.index - 8), from + article.index));
  const streetStart = from + (articleOpensLine ? article.index : street.index);
  HOUSE_NUMBER_REST.lastIndex = end;
  const streetEnd = end + (HOUSE_NUMBER_REST.exec(text)?.[0].length ?? 0);
  if (UNIT_AFTER.test(text.slice(streetEnd, streetEnd + 10))) return;
  const town = LOWER_CASE_DE_TOWN.exec(text.slice(streetEnd, streetEnd + 40));
  // "weg", "platz", "ring" end ordinary words too ("durchweg 3"): those need a postcode after
  // them, or to open a line of notes ("11:00 gievenbecker weg 88 …", "ecke birkenweg 2 – …").
  const opensNote = NOTE_LINE_START.test(text.slice(Math.max(0, streetStart - 12), streetStart));
  // Named by its preposition alone, a street needs its postcode after it ("im winter 2 in …").
  if (!typed && town?.[1] === undefined) return;
  if (street[1] === undefined && town?.[1] === undefined && !opensNote) return;
  out.push(addressSpan(streetStart, streetEnd + (town?.[0].length ?? 0), Score.format));
}

/** "HTTP 502 Bad Gateway", "status 301 Moved …": a status line, not a house. */
const STATUS_BEFORE = /(?:http(?:\/[\d.]+)?|status)[ \u00a0:]*$/i;

function englishStreet(text: string, start: number, out: Span[]): void {
  EN_STREET_AT.lastIndex = start;
  const match = EN_STREET_AT.exec(text);
  if (match === null || STATUS_BEFORE.test(text.slice(Math.max(0, start - 14), start))) return;
  const unit = UNIT_BEFORE_NUMBER.exec(text.slice(Math.max(0, start - 20), start));
  const from = unit === null ? start : start - unit[0].length;
  let end = start + match[0].length;
  TOWN_AFTER_STREET.lastIndex = end;
  const town = TOWN_AFTER_STREET.exec(text);
  if (town !== null) end += town[0].length;
  out.push(addressSpan(from, end, Score.format));
}

/** A form's field for postcode and town together: "PLZ / Ort:", "Postcode / City:". */
const POSTCODE_TOWN_LABEL =
  /(?:\bPLZ|\bPostleitzahl|\bPost ?code|\bZip(?: ?code)?|\bPostal code)[ \u00a0]*(?:[/,&]|und|and)[ \u00a0]*(?:Ort|Wohnort|Stadt|City|Town)\*?[ \u00a0]*:[ \u00a0]*$/i;

const GLUED_POSTCODE_LABEL = /(?:PLZ(?:[ \u00a0]*\/[ \u00a0]*Ort)?|Postleitzahl|Wohnort|Ort)\*?:$/i;

function postcodeTown(text: string, start: number, streets: Span[], towns: Span[]): void {
  POSTCODE_TOWN_AT.lastIndex = start;
  const match = POSTCODE_TOWN_AT.exec(text);
  if (match === null) return;
  const town = match[2]!;
  if (NOT_TOWN.test(town.split(/[ \u00a0]/)[0]!)) return;
  const prefix = COUNTRY_PREFIX.exec(text.slice(Math.max(0, start - 4), start));
  const spanStart = prefix === null ? start : start - prefix[0].replace(/^[^A-Z]/, "").length;
  // "PLZ/Ort:8048 Zürich": a form's label glued to the postcode, unlike "Nr.:12345 Bestellung".
  const gluedLabel = GLUED_POSTCODE_LABEL.test(text.slice(Math.max(0, start - 16), start));
  if (prefix === null && /[.,:/-]/.test(text[start - 1] ?? "") && !gluedLabel) return;
  const before = text.slice(Math.max(0, spanStart - 40), spanStart);
  // Streets come in text order, so only the last one can stand right before this postcode.
  const last = streets[streets.length - 1];
  const gap = last !== undefined && last.end <= spanStart ? text.slice(last.end, spanStart) : undefined;
  const afterStreet = gap !== undefined && (JOINER.test(gap) || addressParts(gap) || unitsOnly(gap));
  const lineStart =
    /(?:^|\n)[ \u00a0\t>]*$/.test(before) ||
    /(?:[,;|·•/\t]|\bin|\baus|\bnach|\bPLZ\*?:?|\bOrt\*?:?|\bWohnort\*?:?|\bAnschrift\*?:?|\bAdresse\*?:?)[ \u00a0]*$/i.test(
      before,
    );
  // Six digits (Romania's, Russia's, India's) only right after a street, or after a comma on a
  // line that gave a house's "nr." ("Str. Mihai Eminescu nr. 14, bl. B2, ap. 6, 400012 Cluj-Napoca").
  if (match[1]!.length === 6 && !afterStreet && !HOUSE_NR_BEFORE.test(before)) return;
  if (match[1]!.length === 4) {
    // The countries of these letter codes count four-digit postcodes from 1000: "CH-0074" is a
    // member or item number.
    if (prefix !== null && match[1]!.startsWith("0")) return;
    const known = (lineStart && KNOWN_SHORT_POSTCODE_TOWNS.test(town)) || POSTCODE_TOWN_LABEL.test(before);
    if (prefix === null && !afterStreet && !known && !streetShapeBefore(before)) return;
  } else if (
    prefix === null &&
    !afterStreet &&
    !lineStart &&
    !POSTCODE_TOWN_LABEL.test(before) &&
    !streetShapeBefore(before, true)
  ) {
    return;
  }
  towns.push(
    addressSpan(
      spanStart,
      start + match[0].length,
      afterStreet || prefix !== null ? Score.context : Score.format,
    ),
  );
}

const HOUSE_NR_BEFORE = /\bnr\.[ \u00a0]?\d{1,4}[^\n]{0,30},[ \u00a0]*$/i;

/** A Portuguese postcode and town that open a line or follow a comma: "…, 7630-512 São Teotónio". */
/**
 * A Greek, Swedish, Czech or Slovak postcode and town after a street and a comma: "Akti Miaouli 61,
 * 185 36 Piraeus", "Stadsgårdshamnen 24, 116 45 Stockholm". After a comma only: "mit 120 30 Leuten".
 */
function spacedPostcodeTown(text: string, start: number, towns: Span[]): void {
  if (!/\d[a-zA-Z]?,[ \u00a0]$/.test(text.slice(Math.max(0, start - 4), start))) return;
  SPACED_POSTCODE_TOWN_AT.lastIndex = start;
  const match = SPACED_POSTCODE_TOWN_AT.exec(text);
  if (match === null || NOT_TOWN.test(match[1]!.split(/[ \u00a0]/)[0]!)) return;
  towns.push(addressSpan(start, start + match[0].length, Score.format));
}

function portugueseTown(text: string, start: number, towns: Span[]): void {
  PT_POSTCODE_TOWN_AT.lastIndex = start;
  const match = PT_POSTCODE_TOWN_AT.exec(text);
  if (match === null || NOT_TOWN.test(match[1]!.split(/[ \u00a0]/)[0]!)) return;
  if (!/(?:^|\n|,)[ \u00a0\t>]*$/.test(text.slice(Math.max(0, start - 4), start))) return;
  towns.push(addressSpan(start, start + match[0].length, Score.format));
}

/**
 * "Oberdorf 23, " before "6272 Kaltenbach": a capitalized name and a small house number right
 * before a four-digit postcode, the shape of an Austrian or Swiss village address.
 */
function streetShapeBefore(before: string, spaced = false): boolean {
  const street = (spaced ? STREET_SHAPE_BEFORE_POSTCODE_SPACED : STREET_SHAPE_BEFORE_POSTCODE).exec(before);
  return street !== null && !NOT_STREET_NOUN.test(street[1]!) && !NOT_TOWN.test(street[1]!);
}

function usTown(text: string, start: number, end: number, towns: Span[]): void {
  const state = text.slice(start - 3, start - 1);
  if (!US_STATES.has(state) || !isSpace(text.charCodeAt(start - 1)) || isWordCode(text.charCodeAt(start - 4)))
    return;
  const from = lineStartWithin(text, start - 3, 50);
  const match = US_TOWN_BEFORE_STATE.exec(text.slice(from, start - 3));
  if (match === null || wordBefore(text, from + match.index)) return;
  const zip = ZIP_PLUS_FOUR.exec(text.slice(end, end + 6));
  towns.push(addressSpan(from + match.index, end + (zip?.[0].length ?? 0), Score.format));
}

/** "apt 5c 310 w 97th st new york ny 10025": street, town and state in lower case before a ZIP code. */
function lowerCaseUsAddress(text: string, start: number, end: number, towns: Span[]): void {
  const state = text.slice(start - 3, start - 1);
  if (
    !isSpace(text.charCodeAt(start - 1)) ||
    !US_STATES.has(state.toUpperCase()) ||
    isWordCode(text.charCodeAt(start - 4))
  )
    return;
  if (isWordCode(text.charCodeAt(end)) && text[end] !== "-") return;
  const from = lineStartWithin(text, start - 3, 100);
  const match = US_STREET_AND_TOWN_BEFORE_STATE.exec(text.slice(from, start - 3));
  if (match === null) return;
  const zip = ZIP_PLUS_FOUR.exec(text.slice(end, end + 6));
  towns.push(addressSpan(from + match.index, end + (zip?.[0].length ?? 0), Score.format));
}

/** "Toronto ON  M5A 1B6": a Canadian postal code after a province code and its town. */
function canadianTown(text: string, digit: number, towns: Span[]): void {
  CANADIAN_POSTCODE_AT.lastIndex = digit - 1;
  const postcode = CANADIAN_POSTCODE_AT.exec(text);
  if (postcode === null || wordBefore(text, digit - 1)) return;
  const from = lineStartWithin(text, digit - 1, 60);
  const town = CANADIAN_TOWN_BEFORE_POSTCODE.exec(text.slice(from, digit - 1));
  if (town === null || wordBefore(text, from + town.index)) return;
  if (town[1] !== undefined && !CANADIAN_PROVINCES.has(town[1])) return;
  towns.push(addressSpan(partsBefore(text, from + town.index), digit - 1 + postcode[0].length, Score.format));
}

const AU_STATES = new Set(["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"]);

/** "3/41 Railway Pde, Marrickville NSW 2204": town and state before an Australian postcode. */
function australianTown(text: string, start: number, end: number, towns: Span[]): void {
  const state = /(?:^|[ \u00a0])([A-Z]{2,3})[ \u00a0]+$/.exec(text.slice(Math.max(0, start - 6), start));
  if (state === null || !AU_STATES.has(state[1]!) || /\d/.test(text[end] ?? "")) return;
  const stateStart = start - state[0].length + (state[0].startsWith(state[1]!) ? 0 : 1);
  const from = lineStartWithin(text, stateStart, 50);
  const town = TOWN_BEFORE_POSTCODE.exec(text.slice(from, stateStart));
  const townStart = town !== null && !wordBefore(text, from + town.index) ? from + town.index : stateStart;
  towns.push(
    addressSpan(partsBefore(text, townStart), end, townStart < stateStart ? Score.format : Score.weak),
  );
}

// After an address label and its colon, the rest of the line is the address when it holds a number.
const LABELED_ADDRESS =
  /(?:^|\n)[ \t>]*(?:(?:postal|mailing|home|billing|shipping|delivery|current|communication|new|registered|residential|permanent|site|neue|alte)[ \t]+)?(?:address|adresse|anschrift|wohnadresse|meldeadresse|lieferadresse|rechnungsanschrift|wohnanschrift|property|objekt)[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:[ \t]*([^\n]{6,120})/gi;

function labeledAddresses(text: string, found: Span[]): void {
  if (!/ress|schrift|propert|objekt/i.test(text)) return;
  for (const match of text.matchAll(LABELED_ADDRESS)) {
    const value = match[1]!.replace(/[ \t]*\([^()]*\)?[ \t.]*$|[ \t.,;]+$/, "");
    if (!/\d/.test(value) || value.includes("@")) continue;
    const start = match.index + match[0].length - match[1]!.length;
    found.push(addressSpan(start, start + value.length, Score.context));
  }
}

function ukPostcode(text: string, digitStart: number, towns: Span[]): void {
  for (const back of [2, 1]) {
    const start = digitStart - back;
    if (start < 0 || wordBefore(text, start)) continue;
    UK_POSTCODE_AT.lastIndex = start;
    const match = UK_POSTCODE_AT.exec(text);
    if (match === null) continue;
    const from = lineStartWithin(text, start, 40);
    const town = TOWN_BEFORE_POSTCODE.exec(text.slice(from, start));
    const townStart = town !== null && !wordBefore(text, from + town.index) ? from + town.index : start;
    // A postcode alone may be a product code; with a town before it, it is an address.
    const score = townStart < start ? Score.format : Score.weak;
    towns.push(addressSpan(partsBefore(text, townStart), start + match[0].length, score));
    return;
  }
}

/**
 * Where a British or Irish address line begins: up to four comma-separated parts of address shape
 * before the town ("Flat 9, Kingsley Court, 18 Harbour Street, Plymouth"), on the same line.
 */
function partsBefore(text: string, townStart: number): number {
  const lineStart = lineStartWithin(text, townStart, 120);
  let start = townStart;
  for (let parts = 0; parts < 4; parts++) {
    const part = ADDRESS_PART_BEFORE.exec(text.slice(lineStart, start));
    if (part === null || wordBefore(text, lineStart + part.index)) break;
    start = lineStart + part.index;
  }
  return start;
}

/** The line part (or line) right before a postcode-and-town span is its street when it has the shape of one. */
function addStreetBefore(text: string, town: Span, streetEnds: ReadonlySet<number>, found: Span[]): void {
  for (let end = town.start; end >= town.start - 8 && end >= 0; end--) {
    if (streetEnds.has(end) && JOINER.test(text.slice(end, town.start))) return;
  }
  // This line and the one before it, at most 160 characters back.
  const lineStart = lineStartWithin(text, Math.max(0, lineStartWithin(text, town.start, 80) - 1), 80);
  const before = text.slice(lineStart, town.start);
  const match =
    STREET_BEFORE_TOWN.exec(before) ??
    (/^\d{5}[ \u00a0]/.test(text.slice(town.start, town.start + 6))
      ? STREET_BEFORE_POSTCODE_SPACED.exec(before)
      : null);
  if (match === null) return;
  const value = match[1]!;
  const start = lineStart + match.index + match[0].indexOf(value);
  found.push(addressSpan(start, start + value.length, Score.context));
}

function addressSpan(start: number, end: number, score: number): Span {
  return { type: EntityType.ENTITY_TYPE_STREET_ADDRESS, start, end, score };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 9;
}
