import { countDigits, isDigitCode, isLetterCode, isWordCode } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { partitionPoint } from "../sorted.js";
import { Score, type Span, textBefore } from "../spans.js";
import type { Tokens } from "../tokens.js";
import { amountAfter, parcelCountryAfter, proseWordIn, VALUE_AFTER_COMPOUND } from "./business-ids.js";
import { type Cell, thingCells } from "./tables.js";

// Reference numbers that no keyword announces ("lautet KS-24-771302", "Buchung KR-240915",
// "C7R2K9LX4 | 11.06.1962"). Blind held-out sets showed most missed identifiers are phrased in
// ways no keyword list foresees, but their shape alone marks them as issued by some system: a
// capital-letter prefix joined to a long digit group, letters and digits interleaved, or six and
// more digits that are no date, amount or phone number (those detectors run too and win). The
// masker leaves such a value readable only where the words right before it say it is a product,
// model, error code, standard, flight or register entry.

/** Capitals and digits, joined by single "-" or "/" (no nested repetition, so no backtracking). */
const CANDIDATE = /[A-Z0-9](?:[A-Z0-9]|[-/](?=[A-Z0-9])){5,}/g;
/**
 * "PB 4410 2289 5530", "KF 7730 1194 02", "HH-AT 0093 4471 22", "HR-0571 3390": capitals before
 * groups of digits apart by spaces, eight digits at least; a parcel's label, a policy's number.
 */
const SPACED_GROUPS =
  /(?<![\p{L}\d])([A-Z]{1,3})(?:-[A-Z]{1,3})?[- \u00a0]\d{2,6}(?:[ \u00a0]\d{2,6}){1,3}(?![\p{L}\d]|[ \u00a0]\d)/gu;
/**
 * Capitals before spaced digits that are money, a bank's or a firm's code, a customs tariff, a
 * clinic's institution code or a video call's meeting, not anyone's reference.
 */
const NOT_SPACED_PREFIX = new Set("EUR USD CHF GBP PLN CZK SEK NOK DKK HUF TRY BLZ CVR HS IK ID".split(" "));
/** "Zähler 7 GD 1120 3320": a digit before the capitals makes it a meter's number. */
const METER_DIGIT_BEFORE = /\d[ \u00a0]$/;
/**
 * "GA-0107  Yusuf Demirci   24 due": a member's or a customer's code opening each row of a list
 * pasted as text, a column of spaces or a tab before the name. Two rows at least: one line
 * opening with a code is as often a heading.
 */
const ROW_CODE = /^[ \t>]*([A-Z]{1,4}-\d{3,6})(?=(?: {2,}|\t)\p{Lu})/gmu;
const MIN_ROWS = 2;
/**
 * "AG Celle 20 VI 311/24", "BG Innsbruck 2 A 37/24 m", "BG Linz 3 FAM 118/24k", an asylum
 * case's "VG Gelsenkirchen 14a K 2231/24.A": a court's file number (department, register, number,
 * year) names a case, and so its parties, wherever it stands in a mail about a court or a
 * prosecutor ("StA Graz 6 BAZ 881/23v"). The court's number may open the prosecutor's ("2 Cs 301 Js
 * 7714/23"), an enforcement's register too ("VRs 612 Js 8890/20"); a juvenile case ends in "jug".
 */
const COURT_FILE =
  /(?<![\p{L}\d/.-])(?:(?:\d{1,4} (?:[A-Z][a-z]{1,2}|[A-Z]{1,3})|VRs) )?\d{1,4}[a-z]? (?:[IVX]{1,5}|[A-Z]{1,3}|[A-Z][a-z]{1,2}) \d{1,6}\/\d{2,4}(?: ?[a-z](?![\p{L}\d])|\.A(?![\p{L}\d])| jug(?![\p{L}\d]))?(?![\p{L}\d/])/gu;
const COURT_HINT = /gericht|court|nachlass|\b(?:AG|LG|OLG|BG|VG|SG|ArbG|Az|StA)\b/;
/** "#48213", "#SW-3318": after a hash sign, four digits are enough, a capitals' prefix before them too. */
const HASH_NUMBER = /#((?:[A-Z]{1,4}-)?\d{4,5})(?![\d-])/g;
const LETTERS = /^[A-Z]+$/;
const CREDITOR_ID = /^[A-Z]{2}\d{2}ZZZ/;
/** "Q8K2", "K3L9Q2": a check code opens with a letter ("09T02" is the hour of a timestamp). */
const CHECK_SUFFIX = /^[A-Z](?=.*\d)[A-Z0-9]{1,5}$/;
const DIGITS = /^\d+$/;
/** A middle group of letters and digits mixed, as a bet slip's "BS-3F9K-22AQ-0917" has. */
const MIXED_GROUP = /^(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4}$/;

/** Prefixes of standards, registers, patches and product codes, never a customer's reference. */
const NOT_PREFIX = new Set(
  "ISO DIN EN IEC VDE RFC CVE KB HRB HRA GNR VR PR PZN EAN GTIN ISBN ISSN SKU ASIN UN ECE FW SN REV VER MAC IMEI COVID SARS".split(
    " ",
  ),
);
/**
 * Words right before the value (or a list it belongs to) that make it a thing or a firm, not a
 * person's case. A "Registriernummer" is a keeper's with an office (bees, animals), not a firm's.
 */
const THING_WORDS = [
  String.raw`art|artikel\w*|articles?|sku|stock|lager\w*|zähler\w*|hkv|heizkostenverteiler\w*|meter|modell?\w*|typ|type|serien\w*|serial|s\/n|sn|teil(?!nehm|kasko)\w*|part|item|produkt\w*|product`,
  String.raw`fehler\w*|error|code|\w*version|ver|firmware|patch|build|norm|standard|din|en|bs|iso|önorm|vde|iec|astm|ean|gtin|upc|isbn|imei|mac|frame|installation|fabr\w*|water|wasser|grundbuch\w*|gb|ez|pzn|ik|institutionskennzeichen|institution code|zahlstelle\w*|hilfsmittel\w*|rahmen\w*|fahrgestell\w*|vin|chassis`,
  String.raw`flug(?!hafen)\w*|flight|zug|train|gleis|platform|linie|raum|room|zimmer`,
  // An odometer's reading: "km 312448 -> 312871", "Tachostand 88412".
  "km|km-stand|kilometerstand|tacho(?:-?stand)?|odometer|mileage",
  // Freight: air waybills, containers, customs tariff numbers and procedure codes.
  String.raw`[mh]?awb|air ?waybill|luftfrachtbrief|container|cntr|tarif\w*|tariff|hs|commodity|warennummer|proc`,
  // Sizes, races and projects: "Kids 146/152", "project (KE-WAT-2023-07)"; listings of flats.
  // Stamp catalogues: "Mi. 123-138", "Michel-Nr. 24".
  String.raw`mi|michel|kids|size|größe|konfektion[a-zäöüß]*|gr|patent\w*|projekt\w*|projects?|objekt\w*|exposé|expose|scout|immoscout\w*|listing|property|inserat\w*`,
  String.raw`\w*register\w*|regist(?!riernummer|rier-?nr)\w*(?:[ \u00a0]+(?:in|of|and|&|england|wales|scotland|ireland|[A-Z]\w*)){0,4}(?:[ \u00a0]+under)?|reg|regon|co|cro|org|company|companies house|firmenbuch\w*|fn|hrb|hra|krs|kvk|y-tunnus|ičo|ico|siret|siren|practice|praxis|betrieb\w*|inventar\w*`,
  // A firm's regulator: "SRA number 604417", "FRN 612345", "IP No. 18842"; a club's register
  // ("VR 620157", Austria's "ZVR 123456789"), a cooperative's ("GnR 112"), Austria's data register
  // ("DVR 0019348"), Denmark's firms' ("CVR 31487602").
  "sra|frn|fca|ip|vr|zvr(?:-zahl)?|gnr|dvr|cvr",
  // The European Union's acts: "VO (EU) 2020/1784", "Regulation (EC) No 1393/2007", "EU regulation
  // 1169/2011"; a firm's cost centre.
  String.raw`\((?:eu|eg|ewg|ec|eec)\)|regulation|verordnung|directive|richtlinie|kostenstelle\w*|cost cent(?:re|er)s?`,
].join("|");
const THING_BEFORE = new RegExp(
  String.raw`(?<![a-zäöüß])(?:${THING_WORDS})(?![a-zäöüß])[ \u00a0.:#()-]*(?:nr|no|nummer|number|codes?|id|#)?[ \u00a0.:#()-]*(?:is|ist|lautet|was|war|were|are|sind|waren|, u\. ?a\.|, e\.g\.|, z\. ?b\.)?[ \u00a0:]*(?:[A-Z]{2,3}[ \u00a0]+)?(?:[A-Z0-9./-]{1,20}[ \u00a0]*(?:,|und|and|or|oder|&|/|->|→)[ \u00a0]*){0,3}$`,
  "i",
);
/** "Q3/2025": a quarter of a year. */
const QUARTER = /^Q[1-4][-/](?:19|20)?\d{2}$/;
/** "2024-10-12", "12/10/2024", "2019-2023", "20240115": dates and spans of years, not references. */
const DATE_OR_RANGE =
  /^(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|(?:19|20)\d{2}[-/](?:19|20)?\d{2}|(?:0?[1-9]|1[0-2])[-/](?:19|20)\d{2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?)$/;

// The nearest of these words before the value names its type; a bare reference is a ticket.
const TYPE_WORDS = new RegExp(
  [
    "(?<claim>schaden|claim|leistungsfall)",
    "(?<id>pass|ausweis|licen[cs]e|führerschein|permit|aufenthalt|visa|visum|dokument|document|identity)",
    "(?<order>bestell|order|auftrag|buchung|booking|reserv|sendung|tracking|paket|parcel|lieferschein|retoure|return|pnr|shipment|consignment)",
    String.raw`(?<invoice>rechnung|invoice|beleg|gutschrift|bill\b)`,
    String.raw`(?<contract>vertrag|police|policy|contract|versicherungsschein|agreement|mandat\b|antrag|application|quote|angebot)`,
    "(?<customer>kunde|customer|mitglied|member|client|mandant|konto|account)",
  ].join("|"),
  "gi",
);
const GROUP_TYPES: Record<string, EntityType> = {
  claim: EntityType.ENTITY_TYPE_CLAIM_NUMBER,
  id: EntityType.ENTITY_TYPE_ID_DOCUMENT,
  order: EntityType.ENTITY_TYPE_ORDER_NUMBER,
  invoice: EntityType.ENTITY_TYPE_INVOICE_NUMBER,
  contract: EntityType.ENTITY_TYPE_CONTRACT_NUMBER,
  customer: EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
};

export function detectReferenceShapes(text: string, out: Span[]): void {
  // Read only once a value is about to be taken: most mails hold no candidate at all.
  let things: Cell[] | undefined;
  const inThing = (start: number, end: number) => {
    things ??= text.includes("|") || text.includes("│") || text.includes("  ") ? thingCells(text) : [];
    return things.some((cell) => cell.start <= start && end <= cell.end);
  };
  const covered = coverageOf(out);
  const plain = (start: number, end: number) => covered(start, end) || inThing(start, end);
  for (const match of text.matchAll(CANDIDATE)) {
    const value = match[0];
    // Inside a longer word, a decimal number, a path or a URL.
    if (isWordCode(text.charCodeAt(match.index - 1)) || ".-/_@".includes(text[match.index - 1] ?? " "))
      continue;
    if (value.length <= 24 && isReferenceShape(value)) {
      pushReference(text, match.index, match.index + value.length, plain, out);
      continue;
    }
    // A booking system's line of fields apart by slashes ("FA PAX 431-2301884712/ETRW/GBP412"):
    // each field on its own.
    if (!value.includes("/")) continue;
    let at = match.index;
    for (const field of value.split("/")) {
      // The words before the line, not the fields before this one, say what it is.
      if (field.length <= 24 && isReferenceShape(field))
        pushReference(text, at, at + field.length, plain, out, match.index);
      at += field.length + 1;
    }
  }
  for (const match of text.matchAll(SPACED_GROUPS)) {
    const prefix = match[1]!;
    if (countDigits(match[0]) < 8 || NOT_SPACED_PREFIX.has(prefix) || NOT_PREFIX.has(prefix)) continue;
    if (METER_DIGIT_BEFORE.test(text.slice(match.index - 2, match.index))) continue;
    const end = match.index + match[0].length;
    pushReference(text, match.index, end + parcelCountryAfter(text, end, match[0]), plain, out);
  }
  const rows = [...text.matchAll(ROW_CODE)];
  if (rows.length >= MIN_ROWS)
    for (const row of rows)
      pushReference(text, row.index + row[0].length - row[1]!.length, row.index + row[0].length, plain, out);
  // A court's file number holds a slash: most mails are spared the hint's scan.
  if (text.includes("/") && COURT_HINT.test(text))
    for (const match of text.matchAll(COURT_FILE))
      pushReference(text, match.index, match.index + match[0].length, plain, out);
  if (text.includes("#"))
    for (const match of text.matchAll(HASH_NUMBER))
      pushReference(text, match.index + 1, match.index + match[0].length, plain, out);
  if (GLUED_DATE_HINT.test(text)) detectGluedToDates(text, plain, out);
}

// Columns of a PDF that its text run together: "MF-24-033819214.05.2024P-118274" is an invoice's
// number, a date and a patient's; "Mr Oluwaseun AdeyemiDB-A-22091731/05/2024". A date with two
// digits for its day, glued to a code on either side, says where the code ends or starts.
const GLUED_DATE = /\d{2}([./])\d{2}\1(?:19|20)\d{2}/g;
const GLUED_DATE_HINT = /[A-Z0-9]\d{2}([./])\d{2}\1(?:19|20)\d{2}|\d{2}([./])\d{2}\2(?:19|20)\d{2}[A-Z]/;
const CODE_CHAR = /[A-Z0-9-]/;

function detectGluedToDates(
  text: string,
  covered: (start: number, end: number) => boolean,
  out: Span[],
): void {
  for (const date of text.matchAll(GLUED_DATE)) {
    const dateEnd = date.index + date[0].length;
    // Before the date: capitals, digits and dashes back to a space or a word in lower case.
    let start = date.index;
    while (start > 0 && CODE_CHAR.test(text[start - 1]!)) start--;
    if (start < date.index) pushGlued(text, start, date.index, covered, out);
    // After it: the same, up to a word's capital ("INV-310227Orthodontic").
    let end = dateEnd;
    while (end < text.length && CODE_CHAR.test(text[end]!)) end++;
    if (end > dateEnd && /\p{Ll}/u.test(text[end] ?? "")) end--;
    if (end > dateEnd) pushGlued(text, dateEnd, end, covered, out);
  }
}

function pushGlued(
  text: string,
  start: number,
  end: number,
  covered: (start: number, end: number) => boolean,
  out: Span[],
): void {
  const value = text.slice(start, end);
  if (!/^[A-Z]/.test(value) || !isReferenceShape(value) || covered(start, end) || thingBefore(text, start))
    return;
  out.push({ type: referenceType(text, start), start, end, score: Score.weak });
}

function pushReference(
  text: string,
  start: number,
  end: number,
  covered: (start: number, end: number) => boolean,
  out: Span[],
  readFrom = start,
): void {
  if (isWordCode(text.charCodeAt(end)) || "-_@".includes(text[end] ?? " ")) return;
  if (covered(start, end) || thingBefore(text, readFrom)) return;
  if (amountAfter(text, text.slice(start, end), end)) return;
  out.push({ type: referenceType(text, start), start, end, score: Score.weak });
}

/**
 * A capital prefix joined to at least five digits ("KS-24-771302", "INC0012345", "7100-RS-228417"),
 * eight to sixteen characters with letters and digits alternating at least four times
 * ("C7R2K9LX4", a British driving licence), letters around eight digits and more ("SP5501938204GB"),
 * or six digits and more outside dates and year ranges ("0348219576", "0417-22").
 * Model names ("WH-1000XM4", "RTX4090") have fewer alternations or digits.
 */
export function isReferenceShape(value: string): boolean {
  // Every shape below needs three digits at least; most capital runs ("WICHTIG") have none.
  if (countDigits(value) < 3 || QUARTER.test(value)) return false;
  const parts = value.split(/[-/]/);
  let digits = 0;
  let letters = 0;
  let longestDigits = 0;
  for (const [index, part] of parts.entries()) {
    const glued = /^([A-Z]{1,5})(\d+)$/.exec(part);
    if (DIGITS.test(part)) {
      digits += part.length;
      longestDigits = Math.max(longestDigits, part.length);
    } else if (LETTERS.test(part) && part.length <= 5) {
      if (NOT_PREFIX.has(part)) return false;
      letters++;
    } else if (glued !== null && !NOT_PREFIX.has(glued[1]!)) {
      letters++;
      digits += glued[2]!.length;
      longestDigits = Math.max(longestDigits, glued[2]!.length);
    } else if (index > 0 && index < parts.length - 1 && MIXED_GROUP.test(part)) {
      letters++;
      digits += countDigits(part);
    } else if (index > 0 && index === parts.length - 1 && CHECK_SUFFIX.test(part)) {
      // "CAS-0284417-Q8K2", "CAS-88210-K3L9Q2": a check code of letters and digits after the number.
      letters++;
    } else if (parts.length === 1) {
      const turns = alternations(part);
      if (turns >= 4) return part.length >= 8 && part.length <= 16 && countDigits(part) >= 3;
      // A parcel's ("SP5501938204GB", "H01PLA0089331275"): letters around a long digit run; not a
      // firm's SEPA creditor id ("DE98ZZZ09999999999") or a vehicle's 17 characters.
      return (
        turns >= 2 &&
        countDigits(part) >= 8 &&
        LETTERS.test(part[0]!) &&
        part.length !== 17 &&
        !CREDITOR_ID.test(part)
      );
    } else {
      return false;
    }
  }
  if (letters > 0) return digits >= 5 && longestDigits >= 3;
  return digits >= 6 && !DATE_OR_RANGE.test(value);
}

// Any "...nummer" or "... number" names an identifier ("Mandantennummer 10452", "application
// number 88-1204"), except where the word before says it is a thing, a place, a phone or a firm's
// regulator ("SRA number 604417", "IP No. 18842").
const NUMBER_COMPOUND = /^([a-zäöüß]{3,}?)s?-?(?:nummer|nr|referenz)$/;
const NUMBER_WORDS = new Set(["number", "no", "nr", "ref", "reference"]);
const NOT_NUMBER_STEM =
  /^(?:rahmen|betriebs?|employer|zahlstellen?|hilfsmittel|institutions?|fahrgestell|motor|akku|geräte|gerät|imei|chassis|katalog|artikel|art|produkt|modell?|model|serien|serial|teile?|ersatzteil|part|item|product|register|handelsregister|registration|company|version|zimmer|raum|room|flug|flight|zug|train|gleis|seat|sitzplatz|platz|haus|house|hausnummer|telefon|tel|ruf|fax|handy|mobil|mobile|phone|seiten?|page|kapitel|chapter|bus|linien?|line|steuer|tax|vat|ust|konto|account|bank|iban|kenn|sra|frn|fca|ip|start|gläubiger|glaeubiger|creditor|formular|form|fahrzeug|flotten|fleet|machine|automaten|vehicle|objekt|exposé|expose|scout|listing|property|inserat|zolltarif|warentarif|tarif|zoll)$/;

const UNDER_BEFORE = /under[ \u00a0]+(?:(?:number|no\.?|nr\.?)[ \u00a0]*)?$/i;
/** An energy certificate's registration number names a building: "Energieausweis …, Registriernummer". */
const ENERGY_CERTIFICATE_BEFORE =
  /(?:energie(?:ausweis|pass)|verbrauchsausweis|bedarfsausweis)[^\n]{0,80}regist[a-zäöü]*[ \u00a0.:#-]*$/i;

/** Whether the words before `at` make the value there a thing or a firm's (see THING_BEFORE). */
function thingBefore(text: string, at: number): boolean {
  if (THING_BEFORE.test(wordsBefore(text, at, 40))) return true;
  // "registered in England and Wales under number …": the register stands a clause before.
  if (UNDER_BEFORE.test(textBefore(text, at, 20)) && THING_BEFORE.test(wordsBefore(text, at, 70)))
    return true;
  return ENERGY_CERTIFICATE_BEFORE.test(textBefore(text, at, 120));
}

/**
 * Up to `max` characters before `at`, without the tail of a word the cut fell into: the end of
 * "Rechnungen" is no "EN" standard.
 */
function wordsBefore(text: string, at: number, max: number): string {
  let start = Math.max(0, at - max);
  while (
    start > 0 &&
    start < at &&
    isLetterCode(text.charCodeAt(start - 1)) &&
    isLetterCode(text.charCodeAt(start))
  )
    start++;
  return text.slice(start, at);
}

/** Values after any word for "number": the same filler and value shape as the keyword rules. */
export function detectNumberCompounds(text: string, tokens: Tokens, out: Span[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens.lowers[i]!;
    let stem: string | undefined;
    if (NUMBER_WORDS.has(lower)) stem = i > 0 && tokens.joined(i, true) ? tokens.lowers[i - 1] : undefined;
    else if (lower.endsWith("nummer") || lower.endsWith("nr") || lower.endsWith("referenz"))
      stem = NUMBER_COMPOUND.exec(lower)?.[1];
    // "Prämienrechnung PR-2024-06-3318204", "Schlussrechnung": a kind of invoice, then its number.
    else if (lower.length > 8 && lower.endsWith("rechnung")) stem = lower;
    // "Legitimations-ID", "Kunden-ID": an id joined by a hyphen (alone, "-id" ends "David").
    else if (lower.endsWith("-id") && lower.length > 5) stem = lower.slice(0, -3).replace(/s$/, "");
    // The stem keeps an "s" of its own that the pattern read as a joining one: "Chassisnummer".
    if (stem === undefined || NOT_NUMBER_STEM.test(stem) || NOT_NUMBER_STEM.test(`${stem}s`)) continue;
    if (thingBefore(text, tokens.ends[i]!)) continue;
    VALUE_AFTER_COMPOUND.lastIndex = tokens.ends[i]!;
    const match = VALUE_AFTER_COMPOUND.exec(text);
    if (match === null) continue;
    const value = match.groups!["value"]!.replace(/[. ]+$/, "");
    const start = match.index + match[0].length - match.groups!["value"]!.length;
    const end = start + value.length;
    if (value.length < 4 || /^(?:19|20)\d{2}$/.test(value) || DATE_OR_RANGE.test(value) || proseWordIn(value))
      continue;
    if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(value) || amountAfter(text, value, end)) continue;
    out.push({ type: referenceType(text, start), start, end, score: Score.context });
  }
}

/**
 * Whether a confident span found before already holds [start, end): a phone, an IBAN, a date.
 * Spans sorted by start with the running maximum of their ends answer in log time.
 */
function coverageOf(spans: readonly Span[]): (start: number, end: number) => boolean {
  const confident = spans.filter((span) => span.score >= Score.format).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const span of confident) maxEnd.push(Math.max(span.end, maxEnd.at(-1) ?? 0));
  return (start, end) => {
    const after = partitionPoint(confident.length, (i) => confident[i]!.start <= start);
    return after > 0 && maxEnd[after - 1]! >= end;
  };
}

function alternations(value: string): number {
  let count = 0;
  for (let i = 1; i < value.length; i++) {
    if (isDigitCode(value.charCodeAt(i)) !== isDigitCode(value.charCodeAt(i - 1))) count++;
  }
  return count;
}

function referenceType(text: string, start: number): EntityType {
  // The words before the value on its line, at most 60 characters (no scan back over a long line).
  const before = text.slice(Math.max(0, start - 60), start);
  const context = before.slice(before.lastIndexOf("\n") + 1);
  let type: EntityType = EntityType.ENTITY_TYPE_TICKET_NUMBER;
  for (const match of context.matchAll(TYPE_WORDS)) {
    const group = Object.keys(GROUP_TYPES).find((name) => match.groups![name] !== undefined)!;
    type = GROUP_TYPES[group]!;
  }
  return type;
}

/**
 * The id of a job opening names no person: "(Stellen-ID 2024-EK-07)", "Kennziffer der Stelle:
 * ET-24-009", "your posting 24-RD-07"; "Job ID 24-AE-112" only in a mail about applying, since a
 * trade's "job no. J-22918" is one customer's work order.
 */
const POSTING_LABEL = String.raw`(?:stellen?|posting|vacancy|requisition|ausschreibung|stellenangebot)(?:[ \u00a0-]?(?:id|ref\.?|reference|code|nr\.?|nummer|number|no\.?|#|kennziffer))?|kennziffer der stelle`;
const JOB_LABEL = String.raw`job[ \u00a0-]?(?:id|ref\.?|reference|code|nr\.?|nummer|number|no\.?|#)`;
const POSTING_BEFORE = new RegExp(String.raw`(?<![a-zäöüß])(?:${POSTING_LABEL})[ \u00a0.:#(]*$`, "i");
const JOB_BEFORE = new RegExp(String.raw`(?<![a-zäöüß])${JOB_LABEL}[ \u00a0.:#(]*$`, "i");
const APPLYING =
  /bewerb|applica|apply|applied|vacanc|career|karriere|stellenanzeige|stellenausschreibung|candidate|kandidat|lebenslauf|\bcv\b|résumé|recruit|hiring/i;
/** Types a job opening's id can be taken for. */
const ID_TYPES: ReadonlySet<EntityType> = new Set([
  EntityType.ENTITY_TYPE_TICKET_NUMBER,
  EntityType.ENTITY_TYPE_CONTRACT_NUMBER,
  EntityType.ENTITY_TYPE_ORDER_NUMBER,
  EntityType.ENTITY_TYPE_CUSTOMER_NUMBER,
  EntityType.ENTITY_TYPE_INVOICE_NUMBER,
  EntityType.ENTITY_TYPE_CLAIM_NUMBER,
  EntityType.ENTITY_TYPE_SECRET,
  EntityType.ENTITY_TYPE_LICENSE_PLATE,
]);

/** Drops ids that a job opening's label stands right before, whichever rule took them. */
export function dropJobPostingIds(text: string, spans: Span[]): Span[] {
  let applying: boolean | undefined;
  return spans.filter((span) => {
    if (!ID_TYPES.has(span.type)) return true;
    const before = textBefore(text, span.start, 40);
    if (POSTING_BEFORE.test(before)) return false;
    if (!JOB_BEFORE.test(before)) return true;
    applying ??= APPLYING.test(text);
    return !applying;
  });
}
