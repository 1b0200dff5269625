import { isDigitCode, isWordCode, L, wordBefore } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { pushListedAfter, Score, type Span, shapeOf, textBefore } from "../spans.js";
import { keywordHeads, type Tokens } from "../tokens.js";
import { detectListedPlates } from "./listed-plates.js";

// German plates: district (1-3 letters, umlauts allowed), 1-2 letters, 1-4 digits that never open with
// a 0 ("HH-AT 0093 4471 22" is a policy's number), optional E/H.
/** "M-KH 912", also with an en dash ("OS–RD 919") or a dash before the digits ("M-KH-912E"). */
const PLATE_DASH = new RegExp(
  String.raw`([A-ZÄÖÜ]{1,3})[-–][ \u00a0]?([A-Z]{1,2})(?:[ \u00a0]|-(?=\d))?([1-9]\d{0,3})[EH]?(?![${L}0-9-])`,
  "gu",
);
/** "Kennzeichen: HH - DK 2207", "F - TD  3318 E": a dash with spaces, read only after a vehicle word (below). */
const PLATE_SPACED_DASH = new RegExp(
  String.raw`([A-ZÄÖÜ]{1,3})[ \u00a0][-–][ \u00a0]([A-Z]{1,2})[ \u00a0]{0,2}([1-9]\d{0,3})(?:[ \u00a0]?[EH])?(?![${L}0-9-])`,
  "gu",
);
const PLATE_SPACE = new RegExp(
  String.raw`([A-ZÄÖÜ]{1,3})[ \u00a0]([A-Z]{1,2})[ \u00a0]?([1-9]\d{0,3})[EH]?(?![${L}0-9-])`,
  "gu",
);
// UK plates since 2001: area letters, age digits, three random letters ("KX19 HZT"). Written with
// its space no postcode, standard or unit has that shape, so it needs no vehicle word.
const PLATE_UK = new RegExp(
  String.raw`(?<![${L}0-9])[A-Z]{2}[ \u00a0]?\d{2}[ \u00a0]?[A-Z]{3}(?![${L}0-9])`,
  "gu",
);
const PLATE_UK_SPACED = /^[A-Z]{2}\d{2}[ \u00a0][A-Z]{3}$/;
// Dutch and French plates: three groups of letters and digits by turns, joined by dashes, six
// (NL "V-482-GK", "VTX-91-K") or seven ("FG-217-LK") in all. Found from the middle group, as
// a search that starts with a dash is quick.
const MIDDLE_GROUP = /-(?:\d{1,3}|[A-Z]{1,3})-/g;
/** Vehicle words and makes: a plate-shaped value soon after one of them is a plate. */
const MAKES = [
  "vw|volkswagen|audi|bmw|mercedes|opel|ford|skoda|škoda|cupra|renault|peugeot|citroën|citroen|fiat",
  "toyota|honda|nissan|mazda|kia|hyundai|volvo|tesla|vauxhall|dacia|porsche|suzuki|mitsubishi|subaru|daf|iveco|isuzu",
  "mini|seat|jeep|jaguar|land rover|range rover|lexus|smart|lancia|chevrolet|dodge|polestar|byd",
].join("|");
/** Models that name a car on their own ("the Corsa (ln21 ozw)"); not those that are also words (Golf, Focus). */
const MODELS = [
  "corsa|astra|zafira|insignia|mokka|passat|tiguan|touran|caddy|octavia|fabia|kodiaq|qashqai|yaris|corolla",
  "clio|megane|mégane|twingo|sandero|fiesta|mondeo|kuga",
].join("|");
const VEHICLE_WORDS = [
  String.raw`kennzeichen|kennz|kfz|fahrzeug\w*|autos?|wagen|zweitwagen|dienstwagen|firmenwagen|mietwagen|leasingwagen|poolwagen|leasingfahrzeug\w*|dienstfahrzeug\w*|firmenfahrzeug\w*|pkw|lkw|transporter|anhänger|auflieger|sattelauflieger|zugmaschine|zugfahrzeug|sattelzug\w*|wohnmobil|motorrad|bulli|angemeldet|zugelassen`,
  "plates?|vehicles?|cars?|vans?|lorry|truck|tractor|camper|trailer|motorbike|registration|reg|kenteken|rejestracja",
  // A fleet's buses: "bus HD-SB 207 makes that noise again". A bare "Busse" is a Swiss fine.
  "(?:reise|klein|schul|mini)?bus(?:es)?|(?:reise|klein|schul|mini)busse|coach",
  MAKES,
  MODELS,
].join("|");
/** A value right after a make is its model: "Isuzu NPR 45-155", "Audi A6 40 TDI". */
const MAKE_BEFORE = new RegExp(`(?<![a-zäöü])(?:${MAKES}|${MODELS})[ \u00a0]*$`, "i");
// German compounds end in their vehicle: "des Pritschenwagens PF - BL 228", "Lieferwagen".
const PLATE_CONTEXT = new RegExp(
  String.raw`(?<![a-zäöü])(?:${VEHICLE_WORDS}|[a-zäöüß]{3,}wagens?)(?![a-zäöü])[^\n]{0,40}$`,
  "i",
);
/** The vehicle in brackets after its plate: "M KH 5390 (VW Passat)", "M-KH-912E (ID.4, E-Kennzeichen)". */
const VEHICLE_AFTER = new RegExp(
  String.raw`^[ \u00a0]*\((?:(?:${MAKES}|${MODELS})(?![a-zäöü])|[^)\n]{0,20}kennzeichen)`,
  "i",
);

/** A vehicle word before the value, or the vehicle in brackets after it. */
function vehicleAround(text: string, start: number, end: number): boolean {
  return PLATE_CONTEXT.test(textBefore(text, start, 50)) || VEHICLE_AFTER.test(text.slice(end, end + 40));
}

/** Letter groups that look like a district but are standards, units or file formats. */
const NOT_PLATE = new Set([
  // "SF 22": a no-claims class (Schadenfreiheitsklasse) in car insurance.
  "SF",
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
  // Vehicle papers and engines: "HSN 8004", "EZ 03/2017", "2.0 TDI 150 PS".
  "HSN",
  "TSN",
  "EZ",
  "VIN",
  "FIN",
  "TDI",
  "TSI",
  "PS",
  "KM",
  "HP",
  "GTI",
  "CCM",
  "NM",
  // Company registers: "HRB 174411".
  "HRB",
  "HRA",
  // Vehicle classes and weeks: "LKW 7,5 t", "KW 12".
  "LKW",
  "PKW",
  "KFZ",
  "KW",
]);

const HOST_BEFORE = /(?:server|host|rechner|client|vm)[ \u00a0:]*$/i;
const FULL_PLATE_AFTER_WORD_DISTRICT = /^AB?[-–][A-Z]{2}[ \u00a0]?[1-9]\d{2,3}$/;
// Northern Ireland's plates: a letter, a county's code with an I or a Z ("IG", "KZ"), up to four
// digits ("NKZ 8230", "FIG 3361"). Taken beside a vehicle's word, or in a fleet's list: two or more
// with different letters (a fee code repeats its own: "GOZ 2197 und GOZ 5070").
const PLATE_NI = /(?<![A-Za-z0-9])[A-Z](?:I[ABGJLW]|[A-HJ-PR-Y]Z)[ \u00a0]\d{1,4}(?![A-Za-z0-9])/g;

/** A make's short name and a model: "BMW X3", "VW T6", "Kia EV6", no district and its plate. */
const MAKE_AND_MODEL = /^(?:BMW|VW|KIA|Kia|MG|BYD|GMC|DS|DAF|MAN)[ \u00a0-][A-Za-z]{0,2}\d{1,3}[a-z]?$/;

export function detectLicensePlates(text: string, tokens: Tokens, out: Span[]): void {
  const first = out.length;
  findLicensePlates(text, tokens, out);
  for (let i = out.length - 1; i >= first; i--) {
    const span = out[i]!;
    if (MAKE_AND_MODEL.test(text.slice(span.start, span.end))) out.splice(i, 1);
  }
  if (out.length > first) detectListedPlates(text, out.slice(first), out);
}

function findLicensePlates(text: string, tokens: Tokens, out: Span[]): void {
  detectPlatesAfterWord(text, tokens, out);
  detectPlatesNearVehicle(text, tokens, out);
  if (text.includes("(")) detectPlatesInVehicleLists(text, out);
  const dashes = text.includes(" - ") ? [...text.matchAll(PLATE_SPACED_DASH)] : [];
  for (const match of [...text.matchAll(PLATE_DASH), ...dashes]) {
    if (wordBefore(text, match.index) || text[match.index - 1] === "-") continue;
    const end = match.index + match[0].length;
    // "NWS-EX01.nordwerk.local", "file server UK-FS02": a host's name.
    if (/^\.[A-Za-z]/.test(text.slice(end, end + 2)) || HOST_BEFORE.test(textBefore(text, match.index, 12)))
      continue;
    const context = vehicleAround(text, match.index, match.index + match[0].length);
    // "Gruppe B - AB 3": a dash with spaces joins a plate only after a vehicle word ("HH - DK 2207"),
    // and so does a second dash: "INF-B-120" is a module, "SN-KE-118" an article.
    const twoDashes = /-[A-Z]{1,2}-\d/.test(match[0]);
    // Augsburg's "A" and Aschaffenburg's "AB" are words and units too; with two letters and three
    // digits or four after them ("A-SW 2208") the shape is a plate's.
    const district = NOT_PLATE.has(match[1]!) && !FULL_PLATE_AFTER_WORD_DISTRICT.test(match[0]);
    if ((district || match[0].includes(" - ") || twoDashes) && !context) continue;
    pushPlate(out, match.index, match.index + match[0].length, context ? Score.keyword : Score.format);
  }
  for (const match of [...text.matchAll(PLATE_SPACE), ...text.matchAll(PLATE_UK)]) {
    if (wordBefore(text, match.index) || text[match.index - 1] === "-") continue;
    const context = vehicleAround(text, match.index, match.index + match[0].length);
    // Written otherwise ("EY72BKP", "BF 22 ZMV"), a British plate needs a vehicle word: "BA 75 LHR"
    // is a flight, "OK08JUN" a booking's line.
    const british = PLATE_UK_SPACED.test(match[0]);
    if (!context && (!british || ARTICLE_BEFORE.test(textBefore(text, match.index, 25)))) continue;
    pushPlate(out, match.index, match.index + match[0].length, context ? Score.keyword : Score.format);
  }
  if (text.includes("-")) detectThreeGroupPlates(text, out);
  const northernIrish = [...text.matchAll(PLATE_NI)];
  const fleet = new Set(northernIrish.map((match) => match[0].slice(0, 3))).size >= 2;
  for (const match of northernIrish) {
    const context = vehicleAround(text, match.index, match.index + match[0].length);
    if (!context && !fleet) continue;
    pushPlate(out, match.index, match.index + match[0].length, context ? Score.keyword : Score.format);
  }
  detectPlatesBeforeVehicle(text, tokens, out);
}

function detectThreeGroupPlates(text: string, out: Span[]): void {
  for (const match of text.matchAll(MIDDLE_GROUP)) {
    // The outer groups are of the other kind: letters around digits, digits around letters.
    const outer = isDigitCode(text.charCodeAt(match.index + 1)) ? isCapital : isDigitCode;
    let start = match.index;
    while (start > 0 && match.index - start < 3 && outer(text.charCodeAt(start - 1))) start--;
    const from = match.index + match[0].length;
    let end = from;
    while (end - from < 3 && outer(text.charCodeAt(end))) end++;
    const length = end - start - 2;
    if (start === match.index || end === from || (length !== 6 && length !== 7)) continue;
    if (wordBefore(text, start) || /[0-9-]/.test(text[start - 1] ?? "")) continue;
    if (isWordCode(text.charCodeAt(end)) || text[end] === "-") continue;
    if (ARTICLE_BEFORE.test(textBefore(text, start, 25))) continue;
    pushPlate(out, start, end, Score.format);
  }
}
const isCapital = (code: number) => code >= 65 && code <= 90;

/** Article, part and model numbers share plate shapes: "(Art.-Nr. TB-140-EI)", "new model KX19 HZT". */
const ARTICLE_BEFORE =
  /(?<![a-zäöü])(?:art(?:ikel)?\w*|sku|item|part|teil\w*|model\w*|typ|type|pos)\b[^\n]{0,12}$/i;

/**
 * A list line that starts with a plate and goes on with the vehicle: "ma xy4410 – Golf 7 Variant",
 * "- W-58214 P (Skoda Superb iV, driver …)". Lower case is taken here, as people type it.
 */
const PLATE_BEFORE_VEHICLE =
  /^[ \t>]*(?:[-*•][ \t]+)?([A-Za-zÄÖÜäöü]{1,3}(?:[ \u00a0-]?[A-Za-z0-9]{1,6}){1,3})[ \t]*(?:[–—:-]|\()[ \t]*$/;
const LISTED_VEHICLES = `${MAKES}|${MODELS}|golf|polo|focus|puma`;
const LISTED_VEHICLE_AT = new RegExp(`(?:${LISTED_VEHICLES})(?![a-zäöü])`, "iy");
const LISTED_VEHICLE_HEADS = keywordHeads(LISTED_VEHICLES);
/**
 * A German plate typed in lower case without its dash: "ma xy4410", "bnrs71", "ro ab 412"; not a
 * preposition before a number ("plates by 4 July").
 */
const LOWER_PLATE_NO_DASH =
  /^(?!(?:by|to|at|on|in|um|am|ab|im|bis|per|for|vor|von|zum|zur|ca) \d)[a-zäöü]{1,3} ?[a-z]{1,2} ?\d{1,4}[eh]?$/;

function detectPlatesBeforeVehicle(text: string, tokens: Tokens, out: Span[]): void {
  for (const i of tokens.withHead(LISTED_VEHICLE_HEADS)) {
    const at = tokens.starts[i]!;
    LISTED_VEHICLE_AT.lastIndex = at;
    if (!LISTED_VEHICLE_AT.test(text)) continue;
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (at - lineStart > 40) continue;
    const match = PLATE_BEFORE_VEHICLE.exec(text.slice(lineStart, at));
    if (match === null) continue;
    const value = match[1]!;
    if (!plateShaped(value) && !LOWER_PLATE_NO_DASH.test(value)) continue;
    if (endsInNonPlateGroup(value)) continue;
    const start = lineStart + match[0].indexOf(value);
    pushPlate(out, start, start + value.length, Score.context);
  }
}

/** An aside in brackets that names a vehicle: "(Wagen meiner Frau", "(E-Auto", "(company car". */
const VEHICLE_ASIDE =
  /\((?=[^)\n]{0,25}?(?:wagen|auto|pkw|lkw|car|van|vehicle|transporter|motorrad|zulassung|registered|registration))/gi;
/** The list entry on the aside's line: marker, label, then the plate right before the bracket. */
const LISTED_PLATE_LINE =
  /[ \t>]*(?:\d{1,2}[.)][ \t]*|[-*•][ \t]*)?([^\n:]{1,25}:[ \t]*)?([A-ZÄÖÜ]{1,3}(?:[ -]?[A-Z0-9]{1,5}){1,3})[ \t]*$/y;

const THING_LABEL =
  /(?:modell?|model|typ|type|artikel|article|produkt|product|serie|series|teil|part|version)/i;

/** "2. WE 4829K (Wagen meiner Frau …)", "Stellplatz 15: M EV 2024E (E-Auto …)": a list entry with a vehicle aside. */
function detectPlatesInVehicleLists(text: string, out: Span[]): void {
  for (const aside of text.matchAll(VEHICLE_ASIDE)) {
    const lineStart = text.lastIndexOf("\n", aside.index) + 1;
    if (aside.index - lineStart > 60) continue;
    const line = text.slice(lineStart, aside.index);
    LISTED_PLATE_LINE.lastIndex = 0;
    const match = LISTED_PLATE_LINE.exec(line);
    if (match === null) continue;
    const value = match[2]!;
    if (!plateShaped(value)) continue;
    // "Modell: XR 500 (Auto-Staubsauger)": a label naming a thing.
    if (match[1] !== undefined && THING_LABEL.test(match[1])) continue;
    const start = lineStart + line.lastIndexOf(value);
    pushPlate(out, start, start + value.length, Score.context);
  }
}

const AUSTRIAN_PLATE = /^[A-ZÄÖÜ]{1,2}-\d{1,5}[ \u00a0][A-Z]{1,3}$/;

/** "ISO 9001", "500 MB": a value whose first or last group is a standard, unit or format. */
function endsInNonPlateGroup(value: string): boolean {
  // Austria's "G-317 HP": district, number, letters; its letters are no unit.
  if (AUSTRIAN_PLATE.test(value)) return false;
  const groups = value.toUpperCase().split(/[ \u00a0-]/);
  return NOT_PLATE.has(groups[0]!) || NOT_PLATE.has(groups.at(-1)!);
}

function pushPlate(out: Span[], start: number, end: number, score: number): void {
  out.push({ type: EntityType.ENTITY_TYPE_LICENSE_PLATE, start, end, score });
}

// Any country's plate right after a plate word: "rego CJ 47 KD", "Kontrollschild ZG 41822",
// "reg 171-D-45823". Formats differ too much to list; the word makes the value a plate.
const PLATE_WORDS = [
  String.raw`kfz-kennzeichen|autokennzeichen|amtl(?:iches|\.)?[ \u00a0]*kennzeichen|amtl\.[ \u00a0]*kz|kennzeichen|kennz\.`,
  // An e-scooter's insurance plate: "Versicherungskennzeichen 412 KVR".
  "versicherungskennzeichen|roller-kennzeichen",
  String.raw`kontrollschild|nummernschild|autonummer|kenteken|tablic\w*|rego|kz\.|plaka`,
  // Spanish, Danish and Swedish, Hungarian, Italian: "matricula 4827 KJT", "nummerplade CV 93 170".
  "matr[íi]cula|nummerplade|registreringsnummer|rendszám|targa",
  // A form's vehicle line: "Kfz: M-DI 6810 (vorher W-4837 BT)", a note's "Kz:S-582LM".
  String.raw`kfz(?=[ \u00a0]*:)|kz(?=[ \u00a0]*:)`,
  String.raw`(?:number|licen[cs]e|registration)[ \u00a0]+plates?|plates?|vehicle[ \u00a0]+reg(?:istration)?`,
  String.raw`(?:registration|reg)(?:[ \u00a0]*(?:no\.?|number|mark))?`,
].join("|");
const PLATE_WORD_AT = new RegExp(`(?:${PLATE_WORDS})(?![a-zäöü])`, "iy");
const PLATE_WORD_HEADS = keywordHeads(PLATE_WORDS);
/** Capitals and digits in up to seven groups (a plate spelled out: "H W K 3 8 1"), right after the plate word. */
const PLATE_VALUE = new RegExp(
  String.raw`(?:[ \u00a0]*(?:[:#().]|(?:ist|is|lautet|was|war|no\.?|nr\.?|number)(?![a-zäöü])))*[ \u00a0]*(?:(?<=[:)])\r?\n[ \u00a0]*)?([A-ZÄÖÜa-zäöü0-9]{1,8}(?:[ \u00a0-][A-ZÄÖÜa-zäöü0-9]{1,6}){0,6})(?![${L}0-9])`,
  "y",
);

function detectPlatesAfterWord(text: string, tokens: Tokens, out: Span[]): void {
  for (const i of tokens.withHead(PLATE_WORD_HEADS)) {
    PLATE_WORD_AT.lastIndex = tokens.starts[i]!;
    const word = PLATE_WORD_AT.exec(text);
    if (word === null) continue;
    PLATE_VALUE.lastIndex = word.index + word[0].length;
    const match = PLATE_VALUE.exec(text);
    const start = match === null ? -1 : match.index + match[0].length - match[1]!.length;
    // Right after the plate word, lower case without a dash is a plate too: "kennzeichen ist ro ab 412".
    const value = match === null ? undefined : longestPlate(match[1]!, LOWER_PLATE_NO_DASH);
    if (value !== undefined) {
      pushPlate(out, start, start + value.length, Score.keyword);
      platesListedAfter(text, value, start + value.length, out);
    }
    platesLaterInSentence(text, word.index + word[0].length, out);
  }
}

const LISTED_PLATE = /^,[ \u00a0]*([A-Z0-9][A-Z0-9 -]{1,10}[A-Z0-9])(?![A-Za-z0-9])/;

/** "110 SMA, 110 SMC, 118 SMK": more plates of the first one's shape, listed after it. */
function platesListedAfter(text: string, first: string, from: number, out: Span[]): void {
  const shape = shapeOf(first);
  const list = {
    item: LISTED_PLATE,
    window: 16,
    max: 20,
    alike: (value: string) => shapeOf(value) === shape,
  };
  pushListedAfter(text, from, list, EntityType.ENTITY_TYPE_LICENSE_PLATE, out);
}

/**
 * "das neue Kennzeichen eintragen: alt G 482 KL, neu W-77318B", "the plate on the notice is
 * California 7KQD482": plates in capitals later in the plate word's sentence.
 */
function platesLaterInSentence(text: string, from: number, out: Span[]): void {
  const stop = text.slice(from, from + 90).search(/[.!?](?:\s|$)|\n/);
  const sentence = text.slice(from, stop === -1 ? from + 90 : from + stop);
  PLATE_SHAPE.lastIndex = 0;
  for (let match = PLATE_SHAPE.exec(sentence); match !== null; match = PLATE_SHAPE.exec(sentence)) {
    const value = longestPlate(match[0]);
    if (value === undefined || value !== value.toUpperCase() || !/[A-Z]/.test(value)) {
      PLATE_SHAPE.lastIndex = match.index + /^[^ \u00a0-]+/.exec(match[0])![0].length;
      continue;
    }
    if (endsInNonPlateGroup(value)) continue;
    if (MAKE_BEFORE.test(sentence.slice(0, match.index))) continue;
    const start = from + match.index;
    pushPlate(out, start, start + value.length, Score.context);
  }
}

/** German and British plates as people type them in lower case ("ms-nf 316", "lk64 ypr"). */
const LOWER_PLATE = /^(?:[a-zäöü]{1,3}-[a-z]{1,2} ?\d{1,4}[eh]?|[a-z]{2} ?\d{2} ?[a-z]{3})$/;

/**
 * The longest run of leading words that reads as a plate ("VS 123 456" of "VS 123 456 gehört").
 * Groups joined by dashes stay whole: "VK-2231-08817" is a policy's number, not "VK-2231" and more.
 */
function longestPlate(value: string, alsoShaped?: RegExp): string | undefined {
  for (let candidate = value; ; ) {
    if (plateShaped(candidate) || alsoShaped?.test(candidate)) return candidate;
    const cut = Math.max(candidate.lastIndexOf(" "), candidate.lastIndexOf("\u00a0"));
    if (cut <= 0) return undefined;
    candidate = candidate.slice(0, cut);
  }
}

/** A power socket's or a supply's rating: "16A CEE", "230V", "32 A". */
const ELECTRIC_RATING = /^\d{1,4}(?:[.,]\d)?[ \u00a0]?(?:A|V|W|kW|kVA|Ah)(?![A-Za-z0-9])/;

/** Four to ten letters and digits, both present; capitals, or a lower-case plate format. */
function plateShaped(value: string): boolean {
  const compact = value.replace(/[ \u00a0-]/g, "");
  if (compact.length < 4 || compact.length > 10 || !/\d/.test(value) || !/[A-Za-zÄÖÜäöü]/.test(value))
    return false;
  if (ELECTRIC_RATING.test(value)) return false;
  return value === value.toUpperCase() || LOWER_PLATE.test(value);
}

// Any country's plate soon after a vehicle word or make, set off by punctuation or a little
// filler: "Vauxhall Astra, MA21 TVO", "Peugeot 208 (GZ-312-K)", "Fahrzeug GH-418-TZ". A value
// right after the make ("DAF LF 230", "Audi A6 40 TDI") is the model, not the plate.
const PLATE_SHAPE = new RegExp(
  String.raw`(?<![${L}0-9-])[A-Za-zÄÖÜäöü0-9]{1,8}(?:[ \u00a0-][A-Za-zÄÖÜäöü0-9]{1,6}){0,2}(?![${L}0-9-])`,
  "g",
);
/** A vehicle word right before the value, not a make: "Fahrzeug GH-418-TZ", "Wagen ms-nf 316". */
const VEHICLE_BEFORE =
  /(?:fahrzeug\w*|wagen|auto|pkw|lkw|transporter|anhänger|auflieger|zugmaschine|motorrad|car|van|vehicle|truck|lorry|trailer|motorbike|motorcycle|camper|bus|coach)[ \u00a0]*\(?[ \u00a0]*$/i;
const FLIGHT_BEFORE =
  /(?:flight|flug|ankunft|abflug|arrival|departure|landing|landung|rückkehr|return|outbound|inbound)[^,;.\n]{0,20}$/i;
const SET_OFF =
  /(?:[,(|:–]|\b(?:mit|is|ist|with|was|war|von|vom|des|wie|und|and|sowie|oder|or)\b)[ \u00a0]*$/i;

function detectPlatesNearVehicle(text: string, tokens: Tokens, out: Span[]): void {
  for (const i of tokens.withHead(VEHICLE_HEADS)) {
    VEHICLE_WORD_AT.lastIndex = tokens.starts[i]!;
    const word = VEHICLE_WORD_AT.exec(text);
    if (word === null) continue;
    const from = word.index + word[0].length;
    const window = text.slice(from, from + 80);
    PLATE_SHAPE.lastIndex = 0;
    for (let match = PLATE_SHAPE.exec(window); match !== null; match = PLATE_SHAPE.exec(window)) {
      const value = longestPlate(match[0]);
      // "is PO 7J221": when the words from here are no plate, try again from the next one.
      if (value === undefined)
        PLATE_SHAPE.lastIndex = match.index + /^[^ \u00a0-]+/.exec(match[0])![0].length;
      if (value === undefined || endsInNonPlateGroup(value)) continue;
      const before = window.slice(0, match.index);
      if (before.includes("\n") || !(SET_OFF.test(before) || VEHICLE_BEFORE.test(word[0] + before))) continue;
      // "Ankunft mit LX 1071", "Flight in was AA 2417": a flight number near a rental car.
      if (FLIGHT_BEFORE.test(before)) continue;
      if (/^[ \u00a0]*\/[ \u00a0]*\d/.test(window.slice(match.index + value.length))) continue;
      const start = from + match.index;
      pushPlate(out, start, start + value.length, Score.context);
    }
  }
}
const VEHICLE_WORD_AT = new RegExp(`(?:${VEHICLE_WORDS})(?![a-zäöü])`, "iy");
const VEHICLE_HEADS = keywordHeads(VEHICLE_WORDS);
