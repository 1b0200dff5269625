import { isLetterCode } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";
import { digitWord, englishTens, englishUnit, germanNumber } from "../spoken-numbers.js";
import { NOT_STREET_NOUN } from "./address-patterns.js";

// Older customers tell their address rather than fill it in: "ich wohne im Lerchenweg,
// Hausnummer neun", "die Nummer 5 in der Mühlenstraße", "number 14 on Orchard Way",
// "twenty-three Bramble Close". The street and its number are found here, in either order and
// with the number in words; the town and postcode after them are joined by mergeAdjacent.

/** The type words of German and English streets this file reads. */
const DE_TYPES = "straße|strasse|weg|gasse|allee|platz|ring|damm|ufer|pfad|steig|chaussee";
const EN_TYPES =
  "Street|Road|Lane|Way|Close|Avenue|Drive|Crescent|Grove|Gardens|Terrace|Place|Court|Rise|Walk|Row|Hill|Mews";
const STREET_DE = String.raw`(?:\p{Lu}[\p{L}-]*(?:${DE_TYPES})|(?:Am|An der|Im|Zum|Zur|Auf dem|Auf der|In der)[ \u00a0]\p{Lu}[\p{L}-]+)`;
const STREET_EN = String.raw`(?:\p{Lu}[\p{L}'’-]+[ \u00a0]){1,3}(?:${EN_TYPES})`;
/** A house number written or said: "12a", "neun", "zwölf", "twenty-three". */
const NUMBER = String.raw`(?:\d{1,4}[a-z]?|\p{L}+(?:-\p{L}+)?)`;
const HOUSE_NUMBER_WORD = String.raw`(?:Hausnummer|Hausnr\.?|Nummer|Nr\.?)`;

/**
 * "Lerchenweg, Hausnummer neun", "Dorfstraße siebzehn", "Kirchstraße, Nummer zwölf", "Am
 * Lindenhof, Nummer sieben". Found from the street's type word or "Nummer": a search at every
 * capital costs more than all of this file's other rules.
 */
const STREET_END_DE = new RegExp(String.raw`(?:${DE_TYPES}|Straße|Strasse|Allee|Gasse)(?=,?[ \u00a0])`, "g");
const CAPITAL = /\p{Lu}/u;
const ADJECTIVE_BEFORE = /(?<![\p{L}-])\p{Lu}[\p{L}-]+[ \u00a0]$/u;
const PREPOSITION_STREET_BEFORE =
  /(?<![\p{L}])(?:Am|An der|Im|Zum|Zur|Auf dem|Auf der|In der)[ \u00a0]\p{Lu}[\p{L}-]+(?=,?[ \u00a0]+$)/u;
const NUMBER_AFTER_STREET = new RegExp(
  String.raw`(,?[ \u00a0]+${HOUSE_NUMBER_WORD}(?:[ \u00a0]+ist)?)?[ \u00a0]+(${NUMBER})(?![\p{L}\d])`,
  "uy",
);
/** "Nummer sieben", "Hausnummer ist 4": where a preposition's street may stand before it. */
const NUMBER_CALLED = new RegExp(
  String.raw`${HOUSE_NUMBER_WORD}(?:[ \u00a0]+ist)?[ \u00a0]+${NUMBER}(?![\p{L}\d])`,
  "gu",
);
/**
 * After a number in words with no "Nummer" before it, the address goes on or the clause ends:
 * "Heimweg zwei Stunden" is none.
 */
const ADDRESS_GOES_ON =
  /^(?:[ \u00a0]*[,.;!)]|[ \u00a0]+(?:in|im|bei|und|an|am|zu|das|da)(?![\p{L}])|[ \u00a0]*$)/u;
/**
 * "die Nummer 5 in der Mühlenstraße", "Haus Nummer 4, Am Mühlenbach", "number 14 on Orchard Way",
 * "Die Hausnummer ist 12a, Straße ist die Bahnhofstraße".
 */
const NUMBER_THEN_STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:${HOUSE_NUMBER_WORD}|[Nn]umber|No\.)(?:[ \u00a0]+ist)?[ \u00a0]+(${NUMBER}),?[ \u00a0]+(?:in der[ \u00a0]+|in[ \u00a0]+|on[ \u00a0]+|in the[ \u00a0]+|Straße ist die[ \u00a0]+|die Straße ist die[ \u00a0]+)?(${STREET_DE}|${STREET_EN})(?![\p{L}])`,
  "gu",
);
/** "twenty-three Bramble Close": a house number in words before its street, found from its type word. */
const STREET_TYPE_EN = new RegExp(String.raw` (?:${EN_TYPES})(?![\p{L}])`, "gu");
const WORDS_BEFORE_STREET_TYPE =
  /(?<![\p{L}-])([A-Za-z][a-z]+(?:-[a-z]+)?)[ \u00a0]+(?:\p{Lu}[\p{L}'’-]+[ \u00a0]){1,3}$/u;
const STREET_HINT_EN = new RegExp(STREET_TYPE_EN.source, "u");
/** "Postleitzahl 31515", "die Postleitzahl hatte ich vergessen, die ist 29221": a postcode told alone. */
const POSTCODE_TOLD =
  /(?<![\p{L}])(?:Postleitzahl|PLZ)(?![\p{L}])[^\d\n.]{0,40}?(?<![\d.,/-])(\d{5})(?![\d.,/-]?\d)/gu;
const NUMBER_HINT = /[Nn]ummer|[Nn]umber|Nr\.|No\./;
/** "Ashgrove Road, number forty-two", "Douglas Road, number one hundred and nine": after the type word. */
const EN_NUMBER_AFTER_STREET =
  /,?[ \u00a0]+(?:number|no\.?)[ \u00a0]+(\d{1,4}[a-z]?|[a-z]+(?:[- ][a-z]+){0,4})(?![\p{L}\d])/uy;
/**
 * The town a teller names after the street and number, perhaps after the floor, with its postcode
 * before or after: ", in Bristol", ", dritter Stock, in Kassel", ", in 34117 Kassel", ", in
 * Broughty Ferry, Dundee, DD5 1DJ".
 */
const TOWN_TOLD =
  /^(?:,[ \u00a0]*(?:(?:erster|zweiter|dritter|vierter|fünfter|\d{1,2}\.)[ \u00a0](?:Stock|Etage|OG)|(?:first|second|third|top|ground)[ \u00a0]floor))?,?[ \u00a0]+in[ \u00a0]+(?:\d{4,5}[ \u00a0]+)?\p{Lu}[\p{L}-]+(?:[ \u00a0]\p{Lu}[\p{L}-]+)?(?:,[ \u00a0]*\p{Lu}[\p{L}-]+(?=,))?(?:,?[ \u00a0]*[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}(?![\p{L}\d]))?/u;
const EN_NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and)$/;

export function detectNarratedStreets(text: string, out: Span[]): void {
  const numbered = NUMBER_HINT.test(text);
  const english = STREET_HINT_EN.test(text);
  for (const end of text.matchAll(STREET_END_DE)) {
    const nameEnd = end.index + end[0].length;
    // The street's word back to its capital: "Lerchenweg", "Georg-Schwarz-Straße".
    let start = end.index;
    while (start > 0 && (isLetterCode(text.charCodeAt(start - 1)) || text[start - 1] === "-")) start--;
    // "Kölnische Straße", "Lange Allee": the type word alone, its name the word before.
    const named = ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (start === end.index && named !== null) start -= named[0].length;
    if (start < end.index && CAPITAL.test(text[start]!)) streetThenNumber(text, start, nameEnd, out);
  }
  if (numbered)
    for (const called of text.matchAll(NUMBER_CALLED)) {
      const before = text.slice(Math.max(0, called.index - 40), called.index);
      const street = PREPOSITION_STREET_BEFORE.exec(before);
      if (street !== null) {
        const start = called.index - before.length + street.index;
        streetThenNumber(text, start, start + street[0].length, out);
      }
    }
  if (numbered)
    for (const match of text.matchAll(NUMBER_THEN_STREET))
      if (houseNumber(match[1]!) && !notStreet(match[2]!)) push(out, match.index, match[0].length, text);
  if (text.includes("PLZ") || text.includes("Postleitzahl"))
    for (const match of text.matchAll(POSTCODE_TOLD)) push(out, match.index + match[0].length - 5, 5);
  if (english)
    for (const type of text.matchAll(STREET_TYPE_EN)) {
      // The match opens with the space before the type word.
      const at = type.index + 1;
      const before = WORDS_BEFORE_STREET_TYPE.exec(text.slice(Math.max(0, at - 60), at));
      if (before !== null && (englishNumber(before[1]!) ?? 0) > 0)
        push(out, at - before[0].length, before[0].length + type[0].length - 1, text);
      else if (numbered) englishStreetThenNumber(text, at, at + type[0].length - 1, out);
    }
}

/** "I live in Ashgrove Road, number forty-two, in Bristol": the street's words, then its number. */
function englishStreetThenNumber(text: string, typeStart: number, typeEnd: number, out: Span[]): void {
  EN_NUMBER_AFTER_STREET.lastIndex = typeEnd;
  const number = EN_NUMBER_AFTER_STREET.exec(text);
  if (
    number === null ||
    (!/^\d/.test(number[1]!) && !number[1]!.split(/[- ]/).every((word) => EN_NUMBER_WORD.test(word)))
  )
    return;
  const name = /(?:\p{Lu}[\p{L}'’-]+[ \u00a0]){1,3}$/u.exec(
    text.slice(Math.max(0, typeStart - 50), typeStart),
  );
  if (name === null) return;
  const start = typeStart - name[0].length;
  push(out, start, typeEnd + number[0].length - start, text);
}

/** The street at [start, nameEnd) and the number after it, called one or in words. */
function streetThenNumber(text: string, start: number, nameEnd: number, out: Span[]): void {
  NUMBER_AFTER_STREET.lastIndex = nameEnd;
  const after = NUMBER_AFTER_STREET.exec(text);
  if (after === null) return;
  const [whole, numbered, number] = after as unknown as [string, string | undefined, string];
  // "Lindenstraße 4" is the street rules' own; here the number is in words or called one.
  if (!houseNumber(number) || (numbered === undefined && /^\d/.test(number))) return;
  if (notStreet(text.slice(start, nameEnd))) return;
  const end = nameEnd + whole.length;
  if (numbered === undefined && !ADDRESS_GOES_ON.test(text.slice(end, end + 8))) return;
  push(out, start, end - start, text);
}

/** "Stellplatz", "Im Herbst": a noun with a number that is no street. */
function notStreet(street: string): boolean {
  const words = street.split(/[ \u00a0]/);
  return NOT_STREET_NOUN.test(words[words.length - 1]!);
}

/** Digits, or a German or English number word up to 999. */
function houseNumber(value: string): boolean {
  if (/^\d/.test(value)) return true;
  const number = germanNumber(value) ?? englishNumber(value);
  return number !== undefined && number > 0 && number < 1000;
}

function englishNumber(value: string): number | undefined {
  const [head, tail] = value.toLowerCase().split("-");
  const tens = englishTens(head!);
  if (tens !== undefined) return tail === undefined ? tens : tens >= 20 ? addUnit(tens, tail) : undefined;
  return tail === undefined ? digitWord(head!) : undefined;
}

function addUnit(tens: number, word: string): number | undefined {
  const unit = englishUnit(word);
  return unit === undefined ? undefined : tens + unit;
}

/** Pushes a told street with the town told after it, if any. */
function push(out: Span[], start: number, length: number, text?: string): void {
  const end = start + length;
  const town = text === undefined ? null : TOWN_TOLD.exec(text.slice(end, end + 90));
  out.push({
    type: EntityType.ENTITY_TYPE_STREET_ADDRESS,
    start,
    end: end + (town?.[0].length ?? 0),
    score: Score.context,
  });
}
