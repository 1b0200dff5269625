import { GIVEN, TITLES } from "../names/lexicon.js";
import { Score, type Span } from "../spans.js";
import { addressWordsAtEnd, isTownWithPostcode } from "./address-chains.js";
import { lineAt, withoutCountryLine } from "./address-country-blocks.js";
import { HOUSE_NAME, NOT_ADDRESS_LINE, STREET_WORD_AT_END } from "./address-patterns.js";

// British, Irish and New Zealand addresses are often written one part per line, and the lines
// above the postcode or town hold no street shape at all: "Rowan Cottage / Mill Lane / Kippen /
// Stirlingshire / FK8 3DY", "Tullyvin / Cootehill / Co. Cavan / H16 XY72". An address found at a
// line's start takes the lines above it while they read as address parts, up to the street line
// (the one with a house number); above that, only a flat or unit line.

const MAX_LINES_ABOVE = 5;
const MAX_LINE_LENGTH = 48;
/**
 * A line above the street that still belongs to the address: "Flat 2", "Hinterhaus", "Residenz Am
 * Park, App. 114", "Zimmer 214, Haus B", a hall of residence, a care home, a house name ("Rose
 * Cottage", "Apartment 7, Seaview House").
 */
/**
 * Where people live in care or shelter: "Wohnstätte Lindenhof, Haus 3", "Seniorenresidenz Am
 * Park", "Gemeinschaftsunterkunft Weilbrunn-Nord".
 */
const CARE_HOME =
  "(?:Wohnstätte|Wohngruppe|Pflegeheim|Pflegezentrum|Seniorenheim|Seniorenresidenz|Seniorenzentrum|Altenheim|Wohnstift|Care Home|Nursing Home|Gemeinschaftsunterkunft|Erstaufnahmeeinrichtung|Flüchtlingsunterkunft|Notunterkunft|Übergangswohnheim|Frauenhaus|Boardinghouse|Hotel|Gästehaus|Studierendenhaus|Studentenhaus|Wohnheim|Seniorenwohnhaus|Wohnbereich|Station(?:en)?)";
/** A farm or villa by its name, as Italy, Spain, Portugal and France write it: "Podere Il Poggiolo", "Finca Los Olivos". */
const ESTATE_NAME = String.raw`(?:Podere|Villa|Casa|Cascina|Masseria|Agriturismo|Tenuta|Finca|Cortijo|Quinta|Domaine|Château|Mas)(?:[ \u00a0](?:\p{Lu}[\p{L}'’-]+|il|la|le|lo|del|della|di|de|des|du|los|las|el|da|do|dos)){1,4}`;
/** A farm named after its word: "Gut Rosenau", "Hof Sonnenwiese". */
const FARM_WITH_WORD = String.raw`(?:Gut|Hof)[ \u00a0]\p{Lu}[\p{L}-]{2,24}`;
/** A farm by its name: "Seidlhof", or with its word. */
const FARM_NAME = String.raw`\p{Lu}\p{Ll}{2,20}hof|${FARM_WITH_WORD}`;
/** A house's name in quotes on a line of its own, as Irish and British letters give it: "\"Carrigmore\"". */
const QUOTED_HOUSE_NAME = String.raw`["„“'‘]\p{Lu}[\p{L}'’ -]{2,30}["“”'’]`;
/**
 * A floor and side on a line of their own: "3. OG links", "EG rechts", "2. Stock", Czech "4. patro,
 * byt 17"; a remark in brackets or the door after it: "3. OG links (Klingel defekt)", "2. patro
 * (2. Stock), Tür links".
 */
const FLOOR = String.raw`(?:\d{1,2}\.[ \u00a0]?(?:OG|Obergeschoss|Stock|Etage|patro|poschodie|piętro)|EG|Erdgeschoss|DG|Dachgeschoss|Hochparterre)(?:[ \u00a0](?:links|rechts|Mitte|li\.|re\.))?(?:[ \u00a0]*\([^()\n]{1,40}\))?(?:,[ \u00a0]*(?:byt|Tür|Whg\.?)[ \u00a0](?:links|rechts|Mitte|\d{1,4}[a-z]?))?`;
const UNIT_LINE = new RegExp(
  String.raw`^(?:Flat|Apt\.?|Apartment|Unit|Suite|Level|Floor|Block|Building|Haus|Hinterhaus|Vorderhaus|Seitenflügel|Quergebäude|Gartenhaus|Rückgebäude|Whg\.?|Wohnung|Postnummer|Packstation|Postfiliale|Studentenwohnheim|Wohnheim|Studierendenwohnheim)(?![\p{L}])|(?:App\.?|Apt\.?|Whg\.?|Wohnung|Zimmer|Zi\.|Flat|Unit|Suite|Room)[ \u00a0]?\d{1,4}[A-Za-z]?(?:,[ \u00a0]*\p{Lu}[\p{L}.]*(?:[ \u00a0][\p{L}\d]{1,12}){0,2})?$|^${FLOOR}$|^${HOUSE_NAME}$|^${QUOTED_HOUSE_NAME}$|^${ESTATE_NAME}$|^(?:${FARM_NAME})$|^${CARE_HOME}(?:[ \u00a0]\d{1,3}(?:[ \u00a0]und[ \u00a0]\d{1,3})?)?(?:[ \u00a0](?:\p{Lu}[\p{L}'’-]{1,20}|St\.|der|des|am|im)){0,3}(?:,[ \u00a0]*(?:Haus|Zimmer|Zi\.|App\.?|Whg\.?|Wohnung|Wohnbereich|Station|Room)[ \u00a0]?[\dA-Z]{1,4}(?:\.\d{1,3})?)?$`,
  "u",
);
/** A street named after a person ends in a capitalized word: "Wilhelm-Raabe-Str.". */
const HYPHENED_STREET_WORD = /-(?:Str\.|Straße|Strasse|Weg|Allee|Platz|Ring|Gasse|Damm|Ufer)$/u;
/** A house number alone on its line, maybe with the building after it: "87", "104, Hinterhaus". */
const NUMBER_LINE =
  /^\p{Nd}{1,4}[a-zA-Z]?(?:,?[ \u00a0]+\p{Lu}[\p{L}.-]{1,20}(?:[ \u00a0]\p{L}[\p{L}.-]{0,12})?)?$/u;
/** A house number after a word ("Mill Lane 4", "Hauptstr. 5", "پلاک ۷") or before one ("14 Cranbourne Road"). */
const STREET_NUMBER =
  /[\p{L}\p{M}]{2,}\.?[ \u00a0]\p{Nd}{1,4}[a-zA-Z]?(?!\p{Nd})|(?:^|[ \u00a0])\p{Nd}{1,4}[a-zA-Z]?[ \u00a0]\p{Lu}\p{Ll}/u;
const DUBLIN_DISTRICT = /^Dublin[ \u00a0]\d{1,2}W?(?![\d\p{L}])/u;
/**
 * "130 00 Praha 3", "602 00 Brno", "118 26 Stockholm": a postcode in two groups, whose digits look
 * like a house number's.
 */
const SPACED_POSTCODE = /^\d{3}[ \u00a0]\d{2}[ \u00a0]\p{Lu}/u;
/** "P.O. Box 66012-00800", "Private Bag X12": where the house stands is written above the box. */
const STARTS_WITH_POST_BOX = /^(?:P\.? ?O\.? ?Box|PO Box|P\.M\.B\.|Private (?:Mail )?Bag)(?![\p{L}])/iu;

/**
 * A farm, an estate, a riding stable, an inn, a castle or a chalet named before the street on the
 * same line: "Gut Ellerbrook, Ellerbrooker Weg 7", "Reitanlage Birkenhof, Birkenweg 30", "Ferme
 * Schmitt, 3 chemin du Moulin", "Gasthof Rossmoos, Inneralpbach 52", "Chalet Edelweiss, …".
 */
const PLACE_BEFORE_STREET = new RegExp(
  String.raw`(?:^|[\s:(])((?:${FARM_WITH_WORD}|${ESTATE_NAME}|(?:Reitanlage|Reitstall|Reiterhof|Gestüt|Weingut|Ferme|Haras|Gasthof|Gasthaus|Berggasthof|Hotel|Pension|Schloss|Chalet)(?:[ \u00a0](?:\p{Lu}[\p{L}'’-]+|du|de|des|la|le)){1,3}),[ \u00a0]*)$`,
  "u",
);

/** The span, started before the farm or estate named on its line ahead of the street, if any. */
export function withPlaceBefore(text: string, span: Span): Span {
  const place = PLACE_BEFORE_STREET.exec(text.slice(Math.max(0, span.start - 60), span.start));
  return place === null ? span : { ...span, start: span.start - place[1]!.length };
}

/** The span, started higher up to take the address lines above it, if any. */
export function withLinesAbove(text: string, span: Span): Span {
  let lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  if (!/^[ \u00a0\t>]*$/.test(text.slice(lineStart, span.start))) return span;
  // A country on a line of its own says nothing of where the street is.
  const own = withoutCountryLine(text.slice(span.start, span.end));
  const box = STARTS_WITH_POST_BOX.test(own);
  // A Dublin postal district ("Dublin 4, D04 X2Y6") is a town with a number, not a street.
  let streetReached =
    !DUBLIN_DISTRICT.test(own) &&
    !SPACED_POSTCODE.test(own) &&
    !box &&
    (own.includes("\n") || STREET_NUMBER.test(own) || streetInChain(own));
  let start = span.start;
  for (let taken = 0; taken < MAX_LINES_ABOVE && lineStart > 0; taken++) {
    const aboveStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const { text: line, start: lineTextStart } = lineAt(text, aboveStart, lineStart - 1);
    // A street whose number a form or a narrow field pushed onto the next line: "Hauptstr.\n12".
    const street = NUMBER_LINE.test(line) ? streetLineAbove(text, aboveStart) : undefined;
    if (street !== undefined) {
      start = street;
      break;
    }
    const unit = UNIT_LINE.test(line);
    if (!(unit || isAddressLine(line)) || (streetReached && !unit)) break;
    // Above a post box, only the house's own line: a firm's name there is no address.
    if (box && !/\d/.test(line)) break;
    // A flat or floor stands between street and town; its number is not the street's.
    if (!unit && /\d/.test(line)) streetReached = true;
    start = lineTextStart;
    lineStart = aboveStart;
  }
  // Lines of address parts above a postcode make it more than a code-shaped guess.
  return start === span.start ? span : { ...span, start, score: Math.max(span.score, Score.format) };
}

/**
 * Start of the street name without a number that ends the line above `lineStart`, after a name or
 * label before it ("Petra Kühn / Dorfstr.", "Anschrift: Wilhelm-Raabe-Str.").
 */
function streetLineAbove(text: string, lineStart: number): number | undefined {
  if (lineStart === 0) return undefined;
  const { text: line, start } = lineAt(text, text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
  const slash = line.lastIndexOf(" / ");
  const colon = line.lastIndexOf(": ");
  const street = line.slice(Math.max(slash === -1 ? 0 : slash + 3, colon === -1 ? 0 : colon + 2));
  const fits =
    street.length <= MAX_LINE_LENGTH &&
    !/\d/.test(street) &&
    (STREET_WORD_AT_END.test(street) || HYPHENED_STREET_WORD.test(street));
  return fits ? start + line.length - street.length : undefined;
}

/** A chain of parts holds its street unless it opens with a town and its postcode ("Bengaluru 560038, Karnataka"). */
function streetInChain(own: string): boolean {
  return own.includes(",") && !isTownWithPostcode(own.slice(0, own.indexOf(",")).trim());
}

function isAddressLine(line: string): boolean {
  if (line.length === 0 || line.length > MAX_LINE_LENGTH || NOT_ADDRESS_LINE.test(line)) return false;
  // "Address:", "Lieferadresse:": a label above the address is none of its lines.
  if (line.trimEnd().endsWith(":")) return false;
  // Each comma-separated part whole: "No. 14, 3rd Cross, Indiranagar 2nd Stage".
  for (const part of line.split(",")) {
    const trimmed = part.trim();
    if (trimmed === "" || addressWordsAtEnd(trimmed) !== trimmed.length) return false;
  }
  if (STREET_WORD_AT_END.test(line)) return true;
  // A person's name opens the block: "Morag Fraser", "Dr. Anna Weber".
  const first = line.split(/[ \u00a0.]+/)[0]!.toLowerCase();
  return !GIVEN.has(first) && !TITLES.has(first) && !/^(?:mr|mrs|ms|miss|herr|frau|mx)$/.test(first);
}
