import { isDigitCode } from "../chars.js";
import { BIG_CITIES_TEXT } from "../data/not-names.js";
import { GIVEN, NOT_NAMES, TITLES } from "../names/lexicon.js";
import { GREETING_FIRST } from "../names/triggers.js";
import { Score, type Span } from "../spans.js";
import { withLinesAbove, withPlaceBefore } from "./address-blocks.js";
import { isTownWithPostcode } from "./address-chains.js";
import { COUNTRIES, HOUSE_NAME, NOT_TOWN, UNIT_AFTER_NUMBER } from "./address-patterns.js";

// One address is often found in parts: the street, then the town. These join the parts, with what
// stands between them (floors, flats, post boxes), and take a town that no town rule knows.

/**
 * Nothing but a comma, semicolon, bar, spaced dash or slash, or line break between two parts of an
 * address.
 */
export const JOINER = /^[ \u00a0]*(?:[,;|·•][ \u00a0]*|[–/-][ \u00a0]+|\t+)?(?:\r?\n[ \u00a0>]*)?$/;

/** One placeholder per postal address: street line and town line become one span. */
export function mergeAdjacent(text: string, found: Span[], out: Span[]): void {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let current: Span | undefined;
  for (const span of found) {
    if (current === undefined) {
      current = { ...span };
      continue;
    }
    if (span.start < current.end) {
      current.end = Math.max(current.end, span.end);
      current.score = Math.max(current.score, span.score);
    } else if (
      JOINER.test(text.slice(current.end, span.start)) ||
      IN_TOWN.test(text.slice(current.end, span.start)) ||
      addressParts(text.slice(current.end, span.start)) ||
      unitsOnly(text.slice(current.end, span.start))
    ) {
      current.end = span.end;
      current.score = Math.max(current.score, span.score, Score.context);
    } else {
      out.push(withTail(text, current));
      current = { ...span };
    }
  }
  if (current !== undefined) out.push(withTail(text, current));
}

/** Only floors and flats between a street and its postcode: "Berliner Str. 40 WE 12 15234 Frankfurt". */
const UNITS_ONLY = new RegExp(
  String.raw`^(?:${UNIT_AFTER_NUMBER})+[ \u00a0]*,?[ \u00a0]*(?:in[ \u00a0]+)?$`,
  "u",
);

export function unitsOnly(gap: string): boolean {
  return gap.length <= 40 && UNITS_ONLY.test(gap);
}

/** "Lindenstraße 4 in 06108 Halle": the town after "in". */
const IN_TOWN = /^[ \u00a0]+in[ \u00a0]+$/;
/** A comma, slash, bar, dot, line break, or a dash with spaces around it. */
const PART_SEPARATOR = /[,/|·•\n]|[ \u00a0][-–][ \u00a0]/;
const BLANK_LINE = /\n[ \u00a0\t>]*\r?\n/;
const NEXT_ROW = /\n[^\n]*\|/;
/** One part of an address between street and town: "Hinterhaus", "3. OG", "Top 11 (3rd floor)", "boîte 12". */
const ADDRESS_PART = /^\.?[ \u00a0]*[\p{L}\d][\p{L}\d. ]{0,24}(?:[ \u00a0]?\([\p{L}\d. ]{1,30}\))?$/u;

/**
 * True for what may stand between two parts of one address: a house number range ("–14"), then
 * up to three short parts, each after a comma, slash or line break ("Hinterhaus, 3. OG,").
 */
export function addressParts(gap: string): boolean {
  // A blank line ends an address: "…LS6 3BE\n\nOld one was 112 Harehills Lane" are two.
  if (gap.length > 60 || !PART_SEPARATOR.test(gap) || BLANK_LINE.test(gap)) return false;
  // A bar after a line break opens a table's next row: "…Karlsruhe\n2 | Waldemar Quint | Am Anger 17".
  if (NEXT_ROW.test(gap)) return false;
  const parts = gap.replace(/^[-–]\d+[a-z]?/, "").split(PART_SEPARATOR);
  if (parts.length > 5 || gap.split("\n").length > 3) return false;
  let named = 0;
  for (const raw of parts) {
    const part = raw.trim().replace(/^>+[ \u00a0]*/, "");
    if (part === "") continue;
    if (!ADDRESS_PART.test(part) || ++named > 3) return false;
  }
  return true;
}

/**
 * Town, region and postcode after a street that no town rule found: ", Pretoria, 0081",
 * "\nCarmichael\nCA 95608", ", Postfach, 8152 Glattbrugg", Israel's seven digits ", Haifa 3463312".
 */
const ADDRESS_TAIL =
  /^(?:[ \u00a0]*[,\n][ \u00a0]*\p{Lu}[\p{L} '-]{1,24}){1,2}(?:[ \u00a0]*[,\n]?[ \u00a0]*(?:[A-Z]{2}[ \u00a0])?\d{4,7}(?:[ \u00a0]\p{Lu}[\p{L}-]{1,24})?)(?![\d\p{L}]|[ \u00a0]*[/-]?[ \u00a0]*\d)/u;

/** Towns without a postcode, told by the country after them: "\nApapa, Lagos\nNigeria", ", Kandy, Sri Lanka". */
const TOWN_BEFORE_COUNTRY_TAIL = new RegExp(
  String.raw`^(?:[ \u00a0]*[,\n][ \u00a0]*\p{Lu}[\p{L} '-]{1,24}){1,2}(?=[ \u00a0]*(?:,[ \u00a0]*|\r?\n[ \u00a0>]*)(?:${COUNTRIES})(?![\p{L}]))`,
  "u",
);

/** Postcodes and towns after a street that no town rule took: ", 1057 HD Amsterdam", ", 31-147 Kraków", ", 118 26 Stockholm", ", 1040 Etterbeek". */
const FOREIGN_POSTCODE_TAIL =
  /^[ \u00a0]*[,;\t\n][ \u00a0]*(?:\d{4}[ \u00a0]?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \u00a0]\d{2}|\d{4,5})[ \u00a0]+\p{Lu}[\p{L}-]{1,24}(?:[ \u00a0]\p{Lu}\p{Ll}[\p{L}-]{1,24}(?=[ \u00a0]*(?:$|[\n,]|\.(?!\p{L})))|[ \u00a0]\d{1,2}(?!\d))?/u;
/** A Canadian town, province and postal code: ", Montréal QC H3A 1G1". */
const CANADIAN_TAIL =
  /^[ \u00a0]*[,\n][ \u00a0]*\p{Lu}[\p{L}'-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}'-]{1,24})?,?[ \u00a0]+(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \u00a0]+[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d(?![\p{L}\d])/u;
/** The town after a Dutch postcode that a town rule took for a town ("1016 JK" + " Amsterdam"). */
const DUTCH_TOWN =
  /^[ \u00a0]+(?:'s-|'t-)?\p{Lu}[\p{L}-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}-]{1,24}(?=[ \u00a0]*(?:$|\r?\n|,|\.(?!\p{L}))))?/u;
/**
 * A town alone after a house number: "Lindenweg 3a, Syke.", "Hafenstr. 3, Bremerhaven by my
 * cousin", a subject's "Rüttenscheider Str. 171, Essen - Schaden-Nr. …", a site list's
 * "Hauptstr. 112, Troisdorf (Nachbarin …)", a spa town's "Rosenweg 3, Bad Säckingen, 2nd floor".
 */
const TOWN_TAIL =
  /^(?:,[ \u00a0]*|[ \u00a0]+in[ \u00a0]+)((?:Bad[ \u00a0])?\p{Lu}[\p{L}-]{2,24})(?=[ \u00a0]*(?:[.,;:)!?\n]|$)|[ \u00a0]+[a-zäöüß(]|[ \u00a0][-–/][ \u00a0]|[ \u00a0]{2}|\t)/u;
/**
 * A town after a bare space where a clause or a table's cell ends: "Burgstraße 9 Herbstein, since
 * …", "Lindenallee 3 Frechen (Verlängerung …)", "KASTANIENWEG 2 ULRICHSTEIN" on a line of its own.
 * Any capitalized word could stand there in German, so common words are not taken.
 */
const BARE_TOWN_TAIL = /^[ \u00a0](\p{Lu}[\p{L}-]{2,24})(?=[ \u00a0]*(?:[,;\n(]|$)|[ \u00a0]{2}|\t)/u;
/**
 * A German town told by how its name ends, typed in any case after a bare space and before more
 * words: "Am Steinweg 20 Guxhagen klimageräte …", "Kirchweg 33 baunatal, kunde …" in a driver's
 * notes. Endings that verbs and nouns share ("-ingen", "-leben", "-holz") are left out.
 */
const TOWN_BY_ENDING = new RegExp(
  String.raw`^(?:,?[  ]+|[  ]+in[  ]+)((?:[Bb]ad[  ])?(?:[\p{L}]{2,20}?(?:tal|hagen|hausen|dorf|burg|feld|stadt|stedt|berg|bach|born|brück|brücken|kirchen|hofen|furt|büttel|rode|witz|münden|horst|weiler)|${BIG_CITIES_TEXT.split(/\s+/).join("|")}))(?![\p{L}\d])`,
  "iu",
);
/** ", 34117 kassel", " komma 45127 essen", " 10823 berlin": a German postcode with its town in lower case. */
const LOWER_CASE_TOWN_TAIL =
  /^(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:in|komma)[ \u00a0]+|[ \u00a0]+)\d{5}[ \u00a0]+[a-zäöüß][a-zäöüß-]{2,24}(?![\p{L}\d])/u;
const GERMAN_STREET_WORD = /str(?:\.|aße|asse)|weg\b|allee|gasse|platz/i;
const LOWER_TOWN_AFTER_POSTCODE =
  /^[ \u00a0]+(?!(?:und|oder|in|im|bei|ist|the|and|or)(?![\p{L}]))[a-zäöüß][a-zäöüß-]{2,24}(?![\p{L}\d])/u;
const NOT_LONE_TOWN = new Set([
  "Sie",
  "Ihr",
  "Ihre",
  "Ich",
  "Wir",
  "Danke",
  "Bitte",
  "Thanks",
  "Please",
  "The",
  "We",
  "You",
]);
const HOUSE_NUMBER_END = /\d[a-zA-Z]?$/;

/** A short flat, floor or box part before the town: ", 3 tr", ", boîte 12", ", sc. B". */
const SKIPPABLE_PART = /^,[ \u00a0]*[\p{L}\d][\p{L}\d. ]{0,14}(?=,|\r?\n)/u;

/** What may follow a town: a district, canton or province code (with a Canadian postal code), "/İzmir" (or " / İzmir"), a lone postcode at the end ("Strand, 7140"), a region when a country follows (", Attica, Greece"), or the country (also alone on the next line, there also as a code). */
/** Country codes a shop's address form puts on the last line: "…\nMISSISSAUGA ON L5G 4S1\nCA". */
const COUNTRY_CODES = "US|USA|CA|GB|UK|IE|DE|AT|CH|FR|IT|ES|NL|BE|LU|DK|SE|NO|PL|AU|NZ";
const REGION_TAIL = new RegExp(
  String.raw`^(?:,?[ \u00a0]+(?:[A-Z]{2}|[A-Z](?=[ \u00a0]*(?:$|[\n,.;)])))(?:[ \u00a0]+[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d)?(?![\p{L}\d])|[ \u00a0]*\((?:[A-Z]{2}|\p{Lu}\p{Ll}+)\)(?:[ \u00a0]+[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d)?|[ \u00a0]?\/[ \u00a0]?\p{Lu}[\p{L}-]{0,23}\p{L}(?![\p{L}\d-])|,[ \u00a0]*\d{4}(?=[ \u00a0]*(?:$|[\n.;)])))?(?:,[ \u00a0]*\p{Lu}[\p{L}'-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}'-]{1,24}){0,2}(?=(?:,[ \u00a0]*|[ \u00a0]*\r?\n[ \u00a0>]*)(?:${COUNTRIES})(?![\p{L}])))?(?:[ \u00a0]*[,;·|\t]?[ \u00a0]*(?:${COUNTRIES})(?![\p{L}])|[ \u00a0]*\r?\n[ \u00a0>]*(?:${COUNTRIES}|${COUNTRY_CODES})(?=[ \u00a0]*(?:$|\r?\n)))?`,
  "u",
);

/** A region or island ending the line or sentence after a whole address: "…, 07620 Llucmajor, Mallorca." */
const LINE_END_REGION =
  /^,[ \u00a0]*(\p{Lu}[\p{L}'-]{2,24}(?:[ \u00a0]\p{Lu}[\p{L}'-]{2,24})?)(?=[ \u00a0]*(?:\r?\n|$)|[.;)]{1,2}(?:\s|$))/u;

/** Danish cities split into postal districts by a letter after the name: "1560 København V", "8000 Aarhus C". */
const DANISH_DISTRICT = /(?:København|Frederiksberg|Aarhus|Odense|Aalborg)$/u;
const DISTRICT_LETTERS = /^[ \u00a0](?:NV|SV|NØ|SØ|V|K|Ø|S|N|C)(?![\p{L}\d])/u;

/** "…, 12345 Berlin, Frau Weber.": the person the address is for, not a region. */
const SALUTATION = /^(?:Herr|Frau|Mr|Mrs|Ms|Miss|Mx|Dr|Prof)$/;

/** The span with the region and country after its town, if any. */
function withRegion(text: string, span: Span): Span {
  const district = DANISH_DISTRICT.test(text.slice(span.end - 13, span.end))
    ? DISTRICT_LETTERS.exec(text.slice(span.end, span.end + 4))
    : null;
  if (district !== null) return { ...span, end: span.end + district[0].length };
  const region = REGION_TAIL.exec(text.slice(span.end, span.end + 40));
  if (region !== null && region[0].length > 0) return { ...span, end: span.end + region[0].length };
  const own = text.slice(span.start, span.end);
  if (!/\d/.test(own) || !/[,\n]/.test(own)) return span;
  const lineEnd = LINE_END_REGION.exec(text.slice(span.end, span.end + 56));
  if (lineEnd === null) return span;
  const first = lineEnd[1]!.split(/[ \u00a0]/)[0]!;
  if (NOT_LONE_TOWN.has(first) || SALUTATION.test(first)) return span;
  return { ...span, end: span.end + lineEnd[0].length };
}

function withTail(text: string, span: Span): Span {
  const headed = withHead(text, withTitle(text, span));
  const whole = withRegion(
    text,
    withTown(text, withUnits(text, withLinesAbove(text, withPlaceBefore(text, headed)))),
  );
  // "51063 Köln / 2. Etage": the floor may come last.
  return whole.end > span.end ? withUnits(text, whole) : whole;
}

/** Building, floor, flat or box parts after the house number: ", Seitenflügel, 1. OG rechts", " bte 4", " lgh 1102". */
const UNIT_TAIL = new RegExp(`^(?:${UNIT_AFTER_NUMBER})+`, "u");

function withUnits(text: string, span: Span): Span {
  const units = UNIT_TAIL.exec(text.slice(span.end, span.end + 80));
  return units === null ? span : { ...span, end: span.end + units[0].length };
}

/** A unit, building, lot, rural route or parcel locker before the street on the same line: "Unit 14, Sunset Villas, 32 Beach Road", "RR 2, Site 5", "Paczkomat WAW128M, ul. Tamka 40". */
const ADDRESS_HEAD =
  /(?:^|[\s:(|,])[ \u00a0]*((?:(?:Basement|Garden|Ground[ \u00a0]Floor|First[ \u00a0]Floor|Top[ \u00a0]Floor)[ \u00a0]Flat|Unit|Apt\.?|Apartment|Flat|Level|Suite|Shop|Lot|Plot|Block|Bât\.|Bâtiment|Résidence|Door No\.?|House No\.?|No\.|RR|Site|Erf|Stand|Urb\.|Urbanización|Packstation|Postfiliale|Paczkomat|Pakketautomaat)[ \u00a0]*[\p{L}\d./-]{0,8}(?:[ \u00a0]\p{Lu}[\p{L}'’-]{1,20}){0,3}(?:,[ \u00a0]*[\p{Lu}\d][\p{L}\d .'-]{0,30}?){0,3},[ \u00a0]*)$/u;
/**
 * A house name, a hall of residence or a care home before the street, perhaps with a room: "Rose
 * Cottage, 3 Mill Lane", "Studentenwohnheim Vaihingen, Pfaffenwaldring 60", "Seniorenresidenz Am
 * Park, Zimmer 214, Parkallee 3".
 */
const HOUSE_HEAD = new RegExp(
  String.raw`(?:^|[\s:(|,])[ \u00a0]*((?:${HOUSE_NAME}|(?:Studenten|Studierenden)?[Ww]ohnheim|Studierendenhaus|Studentenhaus|Gästehaus|Seniorenresidenz|Seniorenheim|Seniorenzentrum|Pflegeheim|Altenheim|Wohnstift)(?:[ \u00a0](?:\p{Lu}[\p{L}'’-]{1,20}|St\.)){0,3}(?:,[ \u00a0]*(?:Zimmer|Zi\.|Apartment|App\.|Room|Whg\.|Wohnung)[ \u00a0]*\d{1,4}[a-zA-Z]?)?,[ \u00a0]*)$`,
  "u",
);

/**
 * An industrial estate or business park before the street: "Polígono Industrial Fuente del Jarro,
 * Calle …", "Gewerbegebiet Nord, Am Hafen 3", "Riverside Business Park, 4 Mill Road".
 */
const ESTATE_HEAD =
  /(?:^|[\s:(|,])[ \u00a0]*((?:(?:Polígono(?:[ \u00a0]Industrial)?|Pol\.[ \u00a0]?Ind\.|Gewerbegebiet|Industriegebiet|Gewerbepark|Industriepark|Zona[ \u00a0]Industriale|Zone[ \u00a0](?:industrielle|artisanale)|Parque[ \u00a0](?:Empresarial|Industrial|Tecnológico))(?:[ \u00a0](?:\p{Lu}[\p{L}'’-]{1,20}|del|de|la|di|della|des|du)){0,4}|(?:\p{Lu}[\p{L}'’-]{1,20}[ \u00a0]){1,3}(?:Industrial|Trading|Business|Retail)[ \u00a0](?:Estate|Park|Centre)),[ \u00a0]*)$/u;

/** The town before its street, after "in" or "nach": "in Weiterstadt, Am Apfelgarten 5". */
const TOWN_HEAD =
  /(?:^|[\s(])(?:in|nach)[ \u00a0]+(\p{Lu}[\p{L}-]{2,24}(?:[ \u00a0](?:am|an[ \u00a0]der|im|bei|ob[ \u00a0]der)[ \u00a0]\p{Lu}[\p{L}-]{1,24})?,[ \u00a0]*)$/u;

/** The street's other name before a slash, as South Tyrol writes both: "Runkelsteiner Straße/Via Castel Roncolo 17". */
const OTHER_NAME_HEAD = /(?:^|[\s:(])((?:\p{Lu}[\p{L}'’-]{1,24}[ \u00a0]){0,2}\p{Lu}[\p{L}'’-]{2,24}\/)$/u;

/**
 * The town and its postcode before the street, as some write an address: "München 80335
 * Bahnhofstraße 9", "Paderborn, 33102, Riemekestr. 160", "04159 Leipzig, Georg-Schumann-Str. 211".
 */
const TOWN_POSTCODE_HEAD =
  /(?:^|[\s:(>])((\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]+)?)*),?[ \u00a0]+(\d{5}),?[ \u00a0]+)$/u;
const POSTCODE_TOWN_HEAD =
  /(?:^|[\s:(>])(\d{5}[ \u00a0]+(\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+)*),[ \u00a0]*)$/u;

function townPostcodeHead(before: string): RegExpExecArray | null {
  const townFirst = TOWN_POSTCODE_HEAD.exec(before);
  if (townFirst !== null) return isTownWithPostcode(`${townFirst[2]} ${townFirst[3]}`) ? townFirst : null;
  const postcodeFirst = POSTCODE_TOWN_HEAD.exec(before);
  return postcodeFirst !== null && !NOT_TOWN.test(postcodeFirst[2]!) ? postcodeFirst : null;
}

/**
 * A house's own name opening the line before a numbered street: "Heron's Reach, 3 Mill Lane",
 * "Sunnyside, 12 Station Road". A person's name there is not taken ("Anna Cole, 3 Mill Lane").
 */
const HOUSE_LINE_HEAD =
  /(?:^|\n)[ \t>]*((\p{Lu}[\p{L}'’-]+)(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,2},[ \u00a0]*)$/u;

function houseLineHead(text: string, span: Span, before: string): RegExpExecArray | null {
  if (!isDigitCode(text.charCodeAt(span.start))) return null;
  const head = HOUSE_LINE_HEAD.exec(before);
  if (head === null) return null;
  const first = head[2]!.toLowerCase();
  return GIVEN.has(first) || TITLES.has(first) || GREETING_FIRST.has(first) ? null : head;
}

/** A post box without its number before the town: "Postfach, 8010 Zürich". */
const BOX_HEAD = /(?:^|[\s:(])((?:Postfach|Case postale|Casella postale|PO Box|P\.O\. Box),[ \u00a0]*)$/u;

/** "Dr.-Martin-Luther-Str. 5", "Bgm.-Aurnhammer-Str. 31": a title's abbreviation opening the street's name. */
const TITLE_BEFORE_STREET = /(?<![\p{L}.-])\p{Lu}\p{Ll}{0,4}\.-$/u;

function withTitle(text: string, span: Span): Span {
  const title = TITLE_BEFORE_STREET.exec(text.slice(Math.max(0, span.start - 8), span.start));
  return title === null ? span : { ...span, start: span.start - title[0].length };
}

function withHead(text: string, span: Span): Span {
  const before = text.slice(Math.max(0, span.start - 90), span.start);
  if (before.endsWith("/")) {
    const other = OTHER_NAME_HEAD.exec(before);
    return other === null ? span : { ...span, start: span.start - other[1]!.length };
  }
  const reordered = /\d[ \u00a0]*,?[ \u00a0]*$/.test(before) ? townPostcodeHead(before) : null;
  if (reordered !== null) return { ...span, start: span.start - reordered[1]!.length };
  // The other heads end in a comma: most streets have none before them.
  if (!before.trimEnd().endsWith(",")) return span;
  const head =
    houseLineHead(text, span, before) ??
    townPostcodeHead(before) ??
    ADDRESS_HEAD.exec(before) ??
    HOUSE_HEAD.exec(before) ??
    ESTATE_HEAD.exec(before) ??
    TOWN_HEAD.exec(before) ??
    BOX_HEAD.exec(before);
  return head === null ? span : { ...span, start: span.start - head[1]!.length };
}

function withTown(text: string, span: Span): Span {
  const after = text.slice(span.end, span.end + 120);
  // The town may follow a flat or floor part no rule took: "Götgatan 48, 3 tr, 118 26 Stockholm".
  for (let skipped = 0, offset = 0; skipped <= 2; skipped++) {
    const rest = after.slice(offset);
    const tail =
      ADDRESS_TAIL.exec(rest) ??
      FOREIGN_POSTCODE_TAIL.exec(rest) ??
      CANADIAN_TAIL.exec(rest) ??
      LOWER_CASE_TOWN_TAIL.exec(rest) ??
      TOWN_BEFORE_COUNTRY_TAIL.exec(rest);
    if (tail !== null) return { ...span, end: span.end + offset + tail[0].length };
    const part = SKIPPABLE_PART.exec(rest);
    if (part === null) break;
    offset += part[0].length;
  }
  const dutchPostcodeEnd = /\d{4}[ \u00a0]?[A-Z]{2}$/.test(text.slice(span.start, span.end));
  const dutch = dutchPostcodeEnd ? DUTCH_TOWN.exec(after) : null;
  if (dutch !== null) return { ...span, end: span.end + dutch[0].length };
  // "Venloer Str. 389,50825 köln": a German street and postcode, its town typed in lower case.
  const value = text.slice(span.start, span.end);
  const lowerTown =
    /(?<!\d)\d{5}$/.test(value) && GERMAN_STREET_WORD.test(value)
      ? LOWER_TOWN_AFTER_POSTCODE.exec(after)
      : null;
  if (lowerTown !== null) return { ...span, end: span.end + lowerTown[0].length };
  const town = TOWN_TAIL.exec(after) ?? bareTown(after) ?? TOWN_BY_ENDING.exec(after);
  if (
    town === null ||
    NOT_LONE_TOWN.has(town[1]!) ||
    !HOUSE_NUMBER_END.test(text.slice(span.start, span.end))
  )
    return span;
  return { ...span, end: span.end + town[0].length };
}

function bareTown(after: string): RegExpExecArray | null {
  const town = BARE_TOWN_TAIL.exec(after);
  return town === null || NOT_NAMES.has(town[1]!.toLowerCase()) ? null : town;
}
