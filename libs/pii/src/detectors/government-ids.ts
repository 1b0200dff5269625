import { countDigits, endOfLine, isWordCode, L, wordBefore } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { matchSpan, pushListedAfter, Score, type Span, textBefore, valueSpan } from "../spans.js";
import { keywordHeads, type Tokens } from "../tokens.js";

// German Steuer-ID: 11 digits, often written 2-3-3-3, and in any groups after its keyword
// ("18 739 3204 60", "904 316 857 11").
const TAX_ID = /[1-9]\d(?:[ \u00a0]?\d{3}){3}(?![\d]|[.,/-]\d|[ \u00a0]\d)/g;
const TAX_HINT = /[Ss]teuer|STEUER|[Tt]ax|TAX|TIN|[Ii]dentifikation|[Ii][Dd]-?[Nn][Rr]/;
const GROUPED_TAX_ID = /[1-9](?:[ \u00a0]?\d){10}(?![\d]|[.,/-]\d|[ \u00a0]\d)/g;
const TAX_CONTEXT =
  /(?:steuer-?\s?id(?:entifikationsnummer)?|steuerliche[n]?\s+identifikationsnummer|identifikationsnummer|steuer-?idnr\.?|\bidnr\.?|\bid-nr\.?|\btin\b|tax\s+id(?:entification)?(?:\s+number)?|tax\s+number|finanzamt)(?:[^\n\d]{0,100}|[^\n\d]{0,70}[:.]?[ \t]*\r?\n[^\n\d:]{1,40}:[ \t]*)$/i;
// Foreign tax ids that mails name: India's PAN, the US employer number (EIN).
// Australia's tax file number and the UK's Unique Taxpayer Reference likewise. The acronyms are
// matched in capitals only: German "ein" and English "pan" are words.
const FOREIGN_TAX_ID =
  /(?:\bPAN\b|\bEIN\b|[Ee]mployer [Ii]dentification [Nn]umber|\bTFN\b|[Tt]ax [Ff]ile (?:[Nn]o\.?|[Nn]umber)|\b(?:UTR|utr)\b|[Uu]nique [Tt]axpayer [Rr]eference)[^\n\d]{0,40}?(?<![A-Z0-9])([A-Z]{5}\d{4}[A-Z]|\d{2}-\d{7}|\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}|\d{5}[ \u00a0]?\d{5}|\d{4}[ \u00a0]\d{3}[ \u00a0]\d{3}|\d{4}[ \u00a0]\d{5}[ \u00a0]\d)(?![A-Z0-9]|[ \u00a0]\d)/g;
// Older Steuernummer (per state, with slashes or spaces, perhaps its check digit after one more
// slash: "22/651/0844/7") only with its keyword.
const STEUERNUMMER =
  /(?:steuernummer|steuer-?nr\.?|st\.?-?nr\.?)[^\n\d]{0,40}?(\d{2,3}[ \u00a0]?\/[ \u00a0]?\d{3,4}[ \u00a0]?\/[ \u00a0]?\d{4,5}(?:\/\d)?|\d{2,3}[ \u00a0]\d{3,4}[ \u00a0]\d{4,5}|\d{2}[ \u00a0]\d{3}\/\d{4}|\d{10,13})(?!\d)/gi;
// Other countries' tax numbers after their name: Spain's NIF/NIE/CIF, Italy's codice fiscale,
// Australia's ABN, a US TIN; the value is whatever id-shaped run follows, with three digits at least.
const TAX_AFTER_KEYWORD =
  /(?:\bNIF\b|\bNIE\b|\bCIF\b|[Cc]odice fiscale|\bC\.F\.|\bABN\b|\bTIN\b|[Tt]ax (?:[Ii][Dd]|identification number|reference|ref\.?|code|no\.?|number)|[Tt]axpayer (?:[Ii][Dd]|number)|[Nn]uméro fiscal|[Nn]umero fiscale)(?:[ \u00a0]*\([^()\n]{1,12}\))?[^\n\dA-Z]{0,12}([A-Z0-9](?:[A-Z0-9]|[ ./-](?=[A-Z0-9])){4,20})(?![A-Za-z0-9])/g;

/**
 * Italy's codice fiscale needs no keyword: surname and given-name letters, birth year, month letter,
 * day (plus 40 for women), municipality code, check letter.
 */
const CODICE_FISCALE = /(?<![A-Za-z0-9])[A-Z]{6}\d{2}[A-EHLMPR-T][0-7]\d[A-Z]\d{3}[A-Z](?![A-Za-z0-9])/g;

/**
 * What separates two values of one list: a comma or "and", perhaps after a note in brackets or a
 * partner's genitive ("meine …, Giulias …", "Dariusz' …"), or the next row's label ("\nmeine Frau: ").
 */
const LIST_GAP =
  /^[ \u00a0]*(?:\([^()\n]{1,24}\))?[ \u00a0]*(?:[,;/&]|und|and|sowie|bzw\.|or|oder)(?:[ \u00a0]+(?:meine|seine|ihre|mine|his|hers|her|\p{Lu}\p{Ll}+(?:s|['’]s?))(?:[ \u00a0]+(?:ist|is|war|was))?)?[ \u00a0]*$|^[ \t]*\r?\n[^\n\d:]{1,40}:[ \t]*$/u;

/**
 * A British PAYE tax code ("1257L", "K475", "S1257L", "0T", "1257L M1" on an emergency basis) says
 * which allowance applies, not who pays.
 */
const UK_TAX_CODE = /^[SC]?(?:\d{1,4}[LMNT]|K\d{1,4}|0T|BR|D[01]|NT)(?:[ \u00a0](?:W1|M1|X|W1\/M1))?$/;

/** Brazil's CPF (its digits grouped or not) and Mexico's RFC after their name; "RFC 5322" is a standard. */
const LATIN_AMERICAN_TAX_ID =
  /\b(?:CPF[^\n\d]{0,30}(\d{3}\.?\d{3}\.?\d{3}-?\d{2})|RFC[^\n\dA-Z]{0,12}([A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}))(?![A-Za-z0-9])/g;
const FOREIGN_TAX_MARKS = ["PAN", "EIN", "TFN", "UTR", "utr", "ax file", "ax File", "axpayer", "mployer"];

export function detectTaxIds(text: string, out: Span[]): void {
  let contextEnd = -1;
  const matches = [...text.matchAll(TAX_ID)];
  // Odd groups count only after the keyword: looked for where one stands.
  if (TAX_HINT.test(text))
    for (const match of text.matchAll(GROUPED_TAX_ID))
      if (!matches.some((other) => other.index === match.index)) matches.push(match);
  matches.sort((a, b) => a.index - b.index);
  for (const match of matches) {
    if (/[\d.,/-]$|\d[ \u00a0]$/.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    const digits = match[0].replace(/[ \u00a0]/g, "");
    const valid = steuerIdValid(digits);
    const grouped = !/^\d{2}(?:[ \u00a0]?\d{3}){3}$/.test(match[0]);
    // "Steuer-ID: … (Ehemann), … (Ehefrau)": the next value of a list after the keyword.
    const context =
      TAX_CONTEXT.test(textBefore(text, match.index, 130)) ||
      (contextEnd !== -1 && LIST_GAP.test(text.slice(contextEnd, match.index)));
    if ((!valid || grouped) && !context) continue;
    const score = context ? Score.keyword : 0.8;
    if (context) contextEnd = match.index + match[0].length;
    out.push(matchSpan(EntityType.ENTITY_TYPE_TAX_ID, match, score));
  }
  const foreign = FOREIGN_TAX_MARKS.some((mark) => text.includes(mark));
  for (const match of [...text.matchAll(STEUERNUMMER), ...(foreign ? text.matchAll(FOREIGN_TAX_ID) : [])])
    out.push(valueSpan(EntityType.ENTITY_TYPE_TAX_ID, match, Score.keyword));
  if (text.includes("CPF") || text.includes("RFC"))
    for (const match of text.matchAll(LATIN_AMERICAN_TAX_ID)) {
      const value = match[1] ?? match[2]!;
      const end = match.index + match[0].length;
      out.push({ type: EntityType.ENTITY_TYPE_TAX_ID, start: end - value.length, end, score: Score.keyword });
    }
  for (const match of text.matchAll(CODICE_FISCALE))
    out.push(matchSpan(EntityType.ENTITY_TYPE_TAX_ID, match, Score.format));
  if (/NIF|NIE|CIF|fiscal|C\.F\.|ABN|TIN|[Tt]ax/.test(text))
    for (const match of text.matchAll(TAX_AFTER_KEYWORD))
      if (countDigits(match[1]!) >= 3 && !UK_TAX_CODE.test(match[1]!))
        out.push(valueSpan(EntityType.ENTITY_TYPE_TAX_ID, match, Score.keyword));
}

/** ISO 7064 MOD 11,10 check digit plus the rule that exactly one digit repeats (two or three times). */
export function steuerIdValid(digits: string): boolean {
  if (digits.length !== 11 || digits[0] === "0") return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48]!++;
  let repeated = 0;
  for (const count of counts) {
    if (count > 3) return false;
    if (count >= 2) repeated++;
  }
  if (repeated !== 1) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === digits.charCodeAt(10) - 48;
}

const VAT = new RegExp(
  String.raw`(?:DE[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}|(?:GB|XI)[ \u00a0]?\d{3}[ \u00a0]?\d{4}[ \u00a0]?\d{2}(?:[ \u00a0]?\d{3})?|ATU[ \u00a0]?\d{8}|IE[ \u00a0]?\d{7}[A-W][A-I]?|IE[ \u00a0]?\d[A-Z+*]\d{5}[A-W]|NL\d{9}B\d{2}|FR[0-9A-Z]{2}[ \u00a0]?\d{9}|IT[ \u00a0]?\d{11}|ES[A-Z0-9]\d{7}[A-Z0-9]|PL[ \u00a0]?\d{10}|BE[ \u00a0]?[01]\d{3}(?:\.\d{3}\.\d{3}|\d{6})|DK\d{8}|SE\d{10}01|LU\d{8}|PT\d{9}|NO\d{9}MVA|CHE[- \u00a0]?\d{3}\.?\d{3}\.?\d{3}(?:[ \u00a0]?(?:MWST|TVA|IVA))?)(?![${L}0-9])`,
  "gu",
);
const VAT_OTHER = new RegExp(
  String.raw`(?:ust\.?-?id(?:nr)?\.?|ust-?idnr\.?|umsatzsteuer-?id(?:entifikationsnummer)?|vat(?:\s+(?:id|no\.?|number|reg(?:istration)?\.?\s*(?:no\.?|number)?))?|uid(?:-nr\.?)?|mwst-?nr\.?|btw(?:-?nummer|-?nr\.?)?|tva(?:\s+intracom(?:munautaire|\.))?|n°\s*tva|p\.?\s?iva|partita\s+iva|ust-?nr\.?(?:\s+\p{Lu}\p{Ll}+)?|mva-?nr\.?|moms-?nr\.?|gst(?:\/hst)?(?:\s+(?:no\.?|number))?|cui)(?:[ \u00a0]+(?:is|ist|lautet))?[ \u00a0]*[:.]?[ \u00a0]*([A-Z]{2}[ \u00a0]?[0-9A-Z+*](?:[0-9A-Z+*]|[ \u00a0.](?=\d|[A-Z]\d)){7,16}(?:[ \u00a0]MVA)?|\d{9}[ \u00a0]?RT\d{4}|\d{11})(?![${L}0-9])`,
  "giu",
);

export function detectVatIds(text: string, out: Span[]): void {
  for (const match of text.matchAll(VAT)) {
    if (wordBefore(text, match.index)) continue;
    out.push(matchSpan(EntityType.ENTITY_TYPE_VAT_ID, match, Score.validated));
  }
  for (const match of text.matchAll(VAT_OTHER)) {
    // The keywords match in any case, the value only in capitals ("… war 48.213" is no VAT id).
    if (!/\d/.test(match[1]!) || /^[a-z]/.test(match[1]!) || wordBefore(text, match.index)) continue;
    out.push(valueSpan(EntityType.ENTITY_TYPE_VAT_ID, match, Score.keyword));
  }
}

// Rentenversicherungsnummer: area(2) birth date(6) initial(1) serial(2) check(1).
const RVNR = new RegExp(
  String.raw`(\d{2})[ \u00a0]?(\d{6})[ \u00a0]?([A-Z])[ \u00a0]?(\d{2})[ \u00a0]?(\d)(?![${L}0-9])`,
  "gu",
);
const SOCIAL_KEYWORDS = String.raw`rentenversicherungs-?(?:nummer|nr\.?)|renten-?(?:nummer|nr\.?)|rentenvers\.-?nr\.?|rv-?nummer|rv-?nr\.?|sozialversicherungs-?(?:nummer|nr\.?)|sv[ -]?nummer|sv[ -]?nr\.?|versicherungsnummer|versichertennummer|krankenversichertennummer|kvnr|svnr|social security(?:\s+number)?|\bssn|national insurance(?:\s+number)?|social insurance(?:\s+number)?|\bsin\b|\bnino|\bahv|\bavs|\bppsn?|\bbsn|burgerservicenummer|sécurité sociale|securite sociale|sécu|\bnir\b|numéro insee|pension insurance(?:\s+number)?|rentenversicherung|rentenbescheid|national register(?:\s+number)?|nationalregister(?:nummer)?|rijksregister(?:nummer)?|num[ée]ro(?:[ \u00a0]+de[ \u00a0]+registre)?[ \u00a0]+national|henkilötunnus|personenkennziffer|personnummer|cpr-?(?:nummer|nr\.?|number)|fødselsnummer|registre national|\bmatricule|\bccss\b`;
// Up to 40 characters between keyword and value: "AHV-Nr. (steht so auf der Spielerlizenz) 756…".
const SOCIAL_CONTEXT = new RegExp(String.raw`(?:${SOCIAL_KEYWORDS})[^\n\d]{0,40}$`, "i");
/** The pension number's own shape may stand a clause after its keyword ("…, falls Sie die brauchen: 24 …"). */
const SOCIAL_CONTEXT_FAR = new RegExp(String.raw`(?:${SOCIAL_KEYWORDS})[^\n\d]{0,90}$`, "i");
/**
 * "Vers.-Nr.: 65 121257 M 008", "Versicherungsnr. …", "his German insurance number was …": words
 * too loose for other formats, enough for a value of the pension number's own shape, its check
 * digit mistyped or not.
 */
const PENSION_SHAPE_CONTEXT =
  /(?:vers\.?-?nr\.?|versicherungs-?nr\.?|insurance (?:number|no\.?))[^\n\d]{0,40}$/i;
/** "my PPSN is 6453821KA and hers is 7120394WA": the next value of the list. */
const SOCIAL_LIST_GAP =
  /^[ \u00a0]*(?:,|;|\/|&|and|und|sowie|or|oder)(?:[ \u00a0]+(?:his|hers|her|mine|seine|ihre|meine)(?:[ \u00a0]+(?:is|ist))?)?[ \u00a0]*$/;
/** Where a social security keyword may start: context-only formats are not worth looking for without one. */
const SOCIAL_KEYWORD_HEADS = keywordHeads(
  "rentenversicherungs|rentenvers|rentennummer|renten|rv|sozialversicherungs|sv|versicherungsnummer|versichertennummer|krankenversichertennummer|kvnr|svnr|social|ssn|national|nino|ahv|avs|pps|ppsn|bsn|burgerservicenummer|sin|sécurité|securite|sécu|nir|numéro|pension|rentenversicherung|rentenbescheid|nationalregister|nationalregisternummer|rijksregister|rijksregisternummer|matricule|ccss|henkilötunnus|personenkennziffer|personnummer|cpr|fødselsnummer",
);
const SSN_US = /(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g;
const NINO = new RegExp(
  String.raw`(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?[A-D](?![${L}0-9])`,
  "gu",
);
const NINO_AFTER_NAME = new RegExp(
  String.raw`(?<![${L}])(?:NI|NINO|[Nn]ational [Ii]nsurance)(?:[ \u00a0]+(?:[Nn]o\.?|[Nn]umber))?[ \u00a0]*[:#]?[ \u00a0]*(?<value>[A-Z]{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?[A-D])(?![${L}0-9])`,
  "gu",
);
// Context-only formats: Austrian SVNR (10 digits), German health insurance number (letter + 9
// digits), Swiss AHV number (756 and ten digits in dotted groups), Irish PPSN (7 digits, 1-2 letters,
// maybe after a space),
// Canadian SIN (three groups of three digits), Dutch BSN (nine digits, or "1842.37.619"), French NIR (sex, year, month, département, commune,
// serial, key: "2 90 02 68 297 044 18"), Belgian national register number ("76.08.04-213.58"),
// Luxembourg matricule (birth date and five digits: "1991 0614 22837"), Nordic personal numbers
// (Finland "230488-517E", Sweden and Denmark "230488-5174").
const SOCIAL_CONTEXT_ONLY = new RegExp(
  String.raw`(?:\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}|(?:19|20)\d{2}[ \u00a0]?[01]\d[0-3]\d[ \u00a0]?\d{5}|[12][ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?(?:\d{2}|2[AB])[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{2}|\d{4}[ \u00a0]?\d{6}|[A-Z]\d{9}|756\.?\d{4}\.?\d{4}\.?\d{2}|\d{7}[ \u00a0]?[A-W][A-IW]?|\d{3}[ \u00a0-]\d{3}[ \u00a0-]\d{3}|\d{4}\.\d{2}\.\d{3}|\d{6}[-+A]\d{3}[0-9A-Y]|\d{6}-\d{4}|\d{9})(?![${L}0-9])`,
  "gu",
);

const SNILS = /(?<![\d-])\d{3}-\d{3}-\d{3}[ -]\d{2}(?![\d-])/g;

/** SNILS: the first nine digits weighted 9 down to 1, their sum modulo 101, 100 written as 00. */
function snilsValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (9 - i);
  return (sum % 101) % 100 === Number(digits.slice(9));
}

export function detectSocialSecurity(text: string, tokens: Tokens, out: Span[]): void {
  for (const match of text.matchAll(RVNR)) {
    if (wordBefore(text, match.index)) continue;
    const [, area, birth, letter, serial, check] = match;
    const valid = rvnrValid(area!, birth!, letter!, serial!, check!);
    const before = textBefore(text, match.index, 120);
    const context = SOCIAL_CONTEXT_FAR.test(before) || PENSION_SHAPE_CONTEXT.test(before);
    if (!valid && !context) continue;
    const score = context ? Score.keyword : Score.validated;
    out.push(matchSpan(EntityType.ENTITY_TYPE_SOCIAL_SECURITY, match, score));
  }
  for (const match of text.matchAll(SSN_US)) {
    if (/[\d-]/.test(text[match.index - 1] ?? "")) continue;
    const context = SOCIAL_CONTEXT.test(textBefore(text, match.index, 40));
    const score = context ? Score.keyword : Score.weak;
    out.push(matchSpan(EntityType.ENTITY_TYPE_SOCIAL_SECURITY, match, score));
  }
  for (const match of text.matchAll(NINO)) {
    if (wordBefore(text, match.index)) continue;
    out.push(matchSpan(EntityType.ENTITY_TYPE_SOCIAL_SECURITY, match, Score.format));
  }
  // After its name any two letters: "NI number: QQ 12 34 56 C", the prefix HMRC never issues.
  if (text.includes("NI") || /insurance/i.test(text))
    for (const match of text.matchAll(NINO_AFTER_NAME))
      out.push(valueSpan(EntityType.ENTITY_TYPE_SOCIAL_SECURITY, match, Score.keyword));
  // A Russian SNILS ("128-447-903 82") carries its check in its last two digits.
  for (const match of text.matchAll(SNILS))
    if (!wordBefore(text, match.index) && snilsValid(match[0].replace(/\D/g, "")))
      out.push(matchSpan(EntityType.ENTITY_TYPE_SOCIAL_SECURITY, match, Score.validated));
  // A Swiss AHV number (756, EAN-13 check digit) needs no keyword: the shape and check say enough.
  if (text.includes("756"))
    for (const match of text.matchAll(AHV)) {
      if (wordBefore(text, match.index) || !ean13Valid(match[0].replace(/\D/g, ""))) continue;
      out.push(matchSpan(EntityType.ENTITY_TYPE_SOCIAL_SECURITY, match, Score.validated));
    }
  // An Irish PPS number alone in a table's cell ("| 6384215T |"): seven digits and the check
  // letter they give, which a product's or a booking's code of that shape rarely has.
  for (const match of text.matchAll(PPSN))
    if (!wordBefore(text, match.index) && ppsnValid(match[0]))
      out.push(matchSpan(EntityType.ENTITY_TYPE_SOCIAL_SECURITY, match, Score.validated));
  // An Austrian SVNR as the e-card prints it ("5053 250348"): serial, check digit, birth date.
  for (const match of text.matchAll(AUSTRIAN_SVNR))
    if (!wordBefore(text, match.index) && svnrValid(match[0].replace(/\D/g, "")))
      out.push(matchSpan(EntityType.ENTITY_TYPE_SOCIAL_SECURITY, match, Score.validated));
  const heads = tokens.withHead(SOCIAL_KEYWORD_HEADS);
  if (heads.length === 0) return;
  // A value needs its keyword at most 80 characters before it, or follows one of the list: only the
  // stretch after each keyword is read, overlapping stretches as one.
  let listEnd = -1;
  for (let h = 0; h < heads.length; ) {
    const from = tokens.starts[heads[h]!]!;
    let to = from + SOCIAL_STRETCH;
    while (++h < heads.length && tokens.starts[heads[h]!]! < to)
      to = tokens.starts[heads[h]!]! + SOCIAL_STRETCH;
    for (const match of text.slice(from, to).matchAll(SOCIAL_CONTEXT_ONLY)) {
      const start = from + match.index;
      const end = start + match[0].length;
      if (wordBefore(text, start) || isWordCode(text.charCodeAt(end))) continue;
      const listed = listEnd !== -1 && SOCIAL_LIST_GAP.test(text.slice(listEnd, start));
      if (!listed && !SOCIAL_CONTEXT.test(textBefore(text, start, 80))) continue;
      listEnd = end;
      out.push({ type: EntityType.ENTITY_TYPE_SOCIAL_SECURITY, start, end, score: Score.keyword });
    }
  }
}

/** How far after a keyword its value may end: a long keyword, 80 characters of context, the value. */
const SOCIAL_STRETCH = 160;

const AUSTRIAN_SVNR =
  /(?<![\d.,/-])[1-9]\d{3}[ \u00a0](?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}(?![\d.,/-])/g;

/** Weights 3 7 9 _ 5 8 4 2 1 6 over the ten digits, mod 11, give the fourth; 10 is never issued. */
const PPSN = /(?<![\p{L}\d-])\d{7}[A-W][A-IW]?(?![\p{L}\d])/gu;

/** The PPS number's check letter: digits weighted 8 to 2, a second letter's value times 9, mod 23 (W is 0). */
function ppsnValid(value: string): boolean {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(value[i]) * (8 - i);
  const second = value[8];
  if (second !== undefined && second !== "W") sum += (second.charCodeAt(0) - 64) * 9;
  const check = sum % 23;
  return value[7] === (check === 0 ? "W" : String.fromCharCode(64 + check));
}

function svnrValid(digits: string): boolean {
  const weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * weights[i]!;
  return sum % 11 === Number(digits[3]);
}

const AHV = /756\.\d{4}\.\d{4}\.\d{2}(?!\d|\.\d)|756\d{10}(?!\d)/g;

/** EAN-13: weights 1 and 3 alternating, the sum including the check digit divisible by 10. */
function ean13Valid(digits: string): boolean {
  if (digits.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** Check digit of the German pension insurance number (weights 2121 2121 2121 over 12 digits, cross sums). */
export function rvnrValid(
  area: string,
  birth: string,
  letter: string,
  serial: string,
  check: string,
): boolean {
  const day = Number(birth.slice(0, 2));
  const month = Number(birth.slice(2, 4));
  // Days above 31 are allowed: replacement numbers add 50 to the day.
  if (month < 1 || month > 12 || day < 1 || day > 81 || (day > 31 && day < 51)) return false;
  const letterNumber = String(letter.charCodeAt(0) - 64).padStart(2, "0");
  const digits = `${area}${birth}${letterNumber}${serial}`;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const product = (digits.charCodeAt(i) - 48) * weights[i]!;
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === Number(check);
}

const ID_DOCUMENT_KEYWORDS = String.raw`sterbeurkunden?|geburtsurkunden?|death\s+certificate(?:\s+(?:no\.?|number|entry))?|birth\s+certificate(?:\s+(?:no\.?|number|entry))?|group\s+registration\s+id|personalausweis(?:es|e)?(?:nummer|-?nr\.?)?|ausweisart[ \u00a0]*:[ \u00a0]*[A-Za-zÄÖÜäöü.]{2,20}|ausweis(?:nummer|-?nr\.?|-?id)?|reisepass(?:es)?(?:nummer|-?nr\.?)?|reiseausweis(?:es)?(?:nummer|-?nr\.?)?|schwerbehindertenausweis(?:es)?(?:nummer|-?nr\.?)?|behindertenpass(?:es)?(?:nummer|-?nr\.?)?|reisepässe|pass(?:nummer|-?nr\.?)|pass(?=[ \u00a0]*:[ \u00a0]*[A-Z]{1,2}[ \u00a0]?\d|[ \u00a0]+[A-Z]{1,2}[ \u00a0]?(?:\d{6}|\d{4}[ \u00a0-]\d{4}))|(?:judo|budo|sport|spieler|kampfsport|karate|ringer)pass(?:es)?(?:nummer|-?nr\.?)?|ci(?=[ \u00a0]+(?:seria[ \u00a0]+)?[A-Z]{2}[ \u00a0]?(?:nr\.[ \u00a0]?)?\d{6}(?!\d))|c\.?i\.?(?=[ \u00a0]+[A-Z]{2}\d{5}[A-Z]{2}(?![A-Z0-9]))|серия и номер|номер паспорта|dow[oó]d(?:[ \u00a0]+osobisty)?|passports?(?:\s+(?:no\.?|numbers?|#))?|id[- ]card(?:\s+(?:no\.?|number))?|identity\s+card(?:\s+(?:no\.?|number))?|id(?:entity)?\s+(?:no\.?|number)|führerschein(?:es)?(?:nummer|-?nr\.?)?|fs-?nr\.?|führerausweis(?:nummer|-?nr\.?)?|hochseeschein|sportbootführerschein(?:\s+(?:see|binnen))?|sbf(?:\s+(?:see|binnen)(?:\s*(?:\+|und|&|/)\s*(?:see|binnen))?)?|sks|sss|shs|(?:jachtowy\s+)?(?:sternik|kapitan)(?:\s+(?:morski|jachtowy|motorowodny))?|bootsführerschein|segelschein|skipper(?:'s)?\s+licen[cs]e(?:\s+(?:no\.?|number))?|patente\s+nautica|bewacherregister(?:[ \u00a0-]?(?:id|nummer|nr\.?|no\.?|number))?|bewacher-?id|presseausweis(?:es)?(?:-?nummer|-?nr\.?)?|dienstausweis(?:es)?(?:-?nummer|-?nr\.?)?|press\s+(?:card|pass)(?:\s+(?:no\.?|number))?|nuj\s+card|sia\s+(?:lic\.?|licen[cs]e)(?:\s+(?:no\.?|number))?|psa\s+(?:lic\.?|licen[cs]e)(?:\s+(?:no\.?|number))?|driver'?s\s+licen[cs]e(?:\s+(?:no\.?|number))?|driving\s+licen[cs]e(?:\s+(?:no\.?|number))?|driver\s+licen[cs]e(?:\s+(?:no\.?|number))?|licen[cs]e(?:\s+(?:no\.?|number))?|dl|dokumentennummer|document\s+(?:no\.?|number)|aufenthaltstitel(?:s)?(?:nummer|-?nr\.?)?|(?:biometric\s+)?residence\s+permit(?:\s+(?:no\.?|number))?|green\s+card(?:\s+(?:no\.?|number))?|a-number|dni(?:-?(?:nummer|nr\.?))?|aadhaar(?:\s+(?:no\.?|number))?|perso(?:-?nr\.?|nummer)|pa-?nr\.?|blue\s+badge(?:\s+(?:no\.?|number))?|visa\s+(?:no\.?|number)|visumnummer|carta\s+d'identità|carta\s+di\s+identità|documento\s+de\s+identidad|carte\s+d'identité|identiteitskaart|dowód\s+osobisty|karta\s+pobytu|nüfus\s+cüzdanı|paszport|passaporto|pasaporte|passeport|paspoort|buletin(?:ul)?|cart[ãa]o de cidad[ãa]o|carte de identitate|kimlik|tazkira|aufenthaltsgestattung|aufenthaltserlaubnis|seefahrtsbuch(?:es)?(?:nummer|-?nr\.?)?|seam[ae]n'?s?\s+book(?:\s+(?:no\.?|number))?|sirb(?:\s+(?:no\.?|number))?|cdc(?=[ \u00a0]*:?[ \u00a0]*[A-Z]{0,3}[ \u00a0]?\d)|sb(?=[ \u00a0]+[A-Z]{2}[ \u00a0]\d{5,7}(?!\d))|waffenbesitzkarten?(?:nummer|-?nr\.?)?|wbk(?:-?nr\.?)?|waffenschein(?:nummer|-?nr\.?)?|waffenpass|(?:jahres)?jagdschein(?:s|nummer|-?nr\.?)?|reisegewerbekarte(?:n-?nummer|-?nr\.?)?|rgk-?nr\.?|(?:jugend|urlauber)?fischereischein(?:s|nummer|-?nr\.?)?|angelschein|vispas|(?:fishing|angling|rod)\s+licen[cs]e(?:\s+(?:no\.?|number))?|jagd(?:gast)?karte(?:n?-?nummer|-?nr\.?)?|patente(?:\s+di\s+guida)?(?:\s+(?:no\.?|n\.|nr\.?))?(?=[ \u00a0:]*[A-Z]{0,2}\d)|(?:europäischer\s+)?feuerwaffenpass|(?:european\s+)?firearms?\s+pass|firearms?\s+certificate(?:\s+(?:no\.?|number))?|shotgun\s+certificate(?:\s+(?:no\.?|number))?|fac|sgc|jachtakte|(?:cédula|cedula)(?:\s+de\s+ciudadan[ií]a)?|rg(?=[ \u00a0]*:?[ \u00a0]*\d{1,2}\.\d{3}\.\d{3}-[\dxX](?!\d))`;
// After the keyword (which may close a bracket: "Romanian ID (carte de identitate): RX 731948"):
// where the card is kept ("Ausweis bei Ihnen (Nr. …)"), a label word before a colon, a bracket, a
// clause ending in "is"/"ist", or a question the writer answers ("Do you need my DNI? It is
// 50731964L."); then filler words. A value may open with a state's code ("MH12 20090034871"), end
// in a check digit set apart, or in a short group ("2703 1005 7719 40"); Romania's "seria DX nr.
// 482917", Russia's series and number ("92 12 384719") and a British licence typed in its three
// parts ("WHITF 052177 E99LN") keep their parts, and so do a firearms licence's district, number and
// year ("WBK KLE 1971/0088", "FK-WBK-118/2016", "KU 006233/2017"), a Polish driving licence's
// three parts ("00457/17/0614"), a fishing licence's state ("FS-BY 09-413872"), a sport boat
// licence's dotted groups ("SBF See 3.14.2207.18"), and Latin America's dotted numbers ("Cédula:
// 1.036.684.921", Brazil's "RG: 38.472.915-6"). A seafarer's book after "SB" needs its letters ("SB
// BR 004127").
const ID_DOCUMENT_AT = new RegExp(
  String.raw`(?:${ID_DOCUMENT_KEYWORDS})(?![${L}])\)?(?:[ \u00a0]+(?:bei|with)[ \u00a0]+(?:ihnen|euch|you)(?![${L}]))?(?:[ \u00a0]+[${L}]{3,21}(?=[ \u00a0]*(?:\([^()\n\d]{1,25}\)[ \u00a0]*)?:)|,[ \u00a0]+[^\n.:;!?\d]{1,40}?(?=:))?(?:[ \u00a0]*\([^()\n\d]{1,25}\))?(?:[ \u00a0]+[^\n.:;!?\d]{1,30}?[ \u00a0](?=(?:is|ist|it's|lautet|war|was)[ \u00a0]))??(?:(?:[ \u00a0]+[^\n.:;!?\d]{1,30}?)?\?(?:[ \u00a0]+(?:it|this|that|es|das)[ \u00a0]+(?:is|ist|lautet)(?![${L}]))?)?(?:[ \u00a0]*(?:[:#(,]|nr\.?|no\.?|nummer|number|lautet|lautete|ist|is|it's|war|was|mit der nummer|with number|hat die|has the|meines|meiner|mein|my|seria|serie|series|[a-zäöü]+(?=,))[ \u00a0]*){0,4}[ \u00a0]*([A-Z]{2}[ \u00a0]nr\.[ \u00a0]?\d{6}|[A-Z9]{5}[ \u00a0]\d{6}[ \u00a0][A-Z9]{2}\d[A-Z]{2}|\d{2}[ \u00a0]\d{2}[ \u00a0]\d{6}|\d{2,4}(?:[ \u00a0]\d{3,4}){2,3}(?:[ \u00a0]\d{1,2}(?![\d.,:]))?|\d{1,3}[ \u00a0]\d{6,9}(?![ \u00a0]?\d)|[A-Z][ \u00a0]\d{1,5}\/\d{4}|[A-Z]{1,3}(?:-[A-Z]{2,4})?[ \u00a0]\d{2,6}\/\d{2,7}(?![/-]?[A-Z0-9])|\d{5}\/\d{2}\/\d{4}(?![/\d])|(?:[A-Z]{1,3}(?:-[A-Z]{2})?[ \u00a0]\d{2,4}-\d{4,6}|[A-Z]{1,3}-[A-Z]{2}[ \u00a0]\d{5,8})(?![/-]?[A-Z0-9])|\d\.\d{2}\.\d{4}\.\d{2}(?![.\d])|(?:[A-Z]{1,3}[ \u00a0-](?:[A-Z]{2,4}-|[A-Z]{1,4}[ \u00a0](?=\d{3,5}\/))?)?\d{3,5}[/-]\d{2,7}(?![/-][A-Z0-9])|\d{1,3}(?:\.\d{3}){2,3}(?:-[\dX])?(?![\d.])|\d{7,8}[ \u00a0]\d[ \u00a0][A-Z0-9]{3}|[A-Z]{1,2}[ \u00a0]\d{4}[ \u00a0]\d{4}(?:[ \u00a0]\d{2}(?!\d|[.,:]\d))?|(?:[A-Z]{1,3}\d{0,2}[ \u00a0](?=\d{5,13}))?[A-Z0-9<](?:[A-Z0-9<]|-(?=[A-Z0-9])){4,20}(?:[ \u00a0][A-Z]{2}(?=[^${L}0-9]|$)|[ \u00a0]\d(?=[,;)\n]|\.(?!\d)|$))?)(?![${L}0-9])`,
  "iy",
);
const ID_DOCUMENT_HEADS = keywordHeads(ID_DOCUMENT_KEYWORDS);

// A national id number after a bare "ID" (South Africa's 13 digits): "Zanele Ndlovu, ID 9303115738089".
// Or a Polish ID card's three letters and six digits: "Monika Kamińska – ID CEB 119046".
const BARE_ID_NUMBER =
  /\bID(?:[ \u00a0]?(?:no\.?|number|nr\.?))?[ \u00a0]*[:#]?[ \u00a0]*(\d{13}|[A-Z]{3}[ \u00a0]?\d{6})(?![\p{L}\d])/gu;

/**
 * Mexico's CURP needs no keyword: four letters of the name, the birth date, H or M, the state, three
 * consonants, a check character and digit.
 */
const CURP = /(?<![A-Za-z0-9])[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d(?![A-Za-z0-9])/g;

/**
 * India's Aadhaar in a mail that names it, where no keyword stands right before the number ("copy
 * of the Aadhaar of my sponsor (4830 1927 6653)"): twelve digits in fours, no leading 0 or 1. Its
 * Verhoeff check digit is not asked for: people copy numbers wrong, and the mail says what it is.
 */
const AADHAAR = /(?<![\d.,-]|\d[ \u00a0])[2-9]\d{3}[ \u00a0]\d{4}[ \u00a0]\d{4}(?![\d.,-]|[ \u00a0]\d)/g;
const AADHAAR_MENTION = /aadhaar/i;

/**
 * A diver's certification number as PADI issues it, the year and month, a letter, five digits
 * ("1903C41276"), in a mail about diving: it names the diver like a licence.
 */
const DIVER_NUMBER = /(?<![\p{L}\d])\d{2}(?:0[1-9]|1[0-2])[A-Z]\d{5}(?![\p{L}\d])/gu;
const DIVING_MENTION = /PADI|\bA?OWD\b|\bdiver|\bTaucher|\bdive\b|\btauchen/i;

/**
 * A prison number in England and Wales, a letter, four digits, two letters ("A1234BC"), in a mail
 * about a prison: every prisoner keeps it for life, and letters and visits go by it.
 */
const PRISON_NUMBER = /(?<![\p{L}\d])[A-Z]\d{4}[A-Z]{2}(?![\p{L}\d])/gu;
const PRISON_MENTION = /\bHMP\b|\bHMYOI\b|[Pp]rison|[Gg]efängnis|[Gg]efangene|[Hh]äftling|\bJVA\b|[Ii]nmate/;

/**
 * Italy's electronic identity card ("CA28471KB"): two letters, five digits, two letters, in a
 * mail that speaks of identity papers, even where a heading stands between the word and the
 * numbers ("Ausweise (Carta d'identità elettronica):" over one line per traveller).
 */
const ITALIAN_ID_CARD = /(?<![\p{L}\d])[A-Z]{2}\d{5}[A-Z]{2}(?![\p{L}\d])/gu;
const IDENTITY_MENTION = /identit|\bCIE\b|ausweis|\bID\b|documento|passport|reisepass/i;

/**
 * "Personalausweis: Jan Rosenbaum, geb. 12.12.1985, Nr. LZ6311T47": a line the document's name
 * opens as its label, with the holder first and the number after "Nr." further on.
 */
const DOCUMENT_WORD = /ausweis|Reisepass|Passport|ID card|Identity card/;
const DOCUMENT_LINE_NUMBER =
  /^[ \t>*•-]*(?:Personalausweis|Reisepass|Ausweis|Passport|ID card|Identity card)[ \t]*:[^\n]{0,80}?(?<![\p{L}])(?:Nr|No|Nummer|number)\.?[ \u00a0]*:?[ \u00a0]*((?=[A-Z0-9]*\d)[A-Z0-9]{6,12})(?![\p{L}\d])/gmu;

export function detectIdDocuments(text: string, tokens: Tokens, out: Span[]): void {
  if (DOCUMENT_WORD.test(text))
    for (const match of text.matchAll(DOCUMENT_LINE_NUMBER))
      out.push(valueSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.keyword));
  if (DIVING_MENTION.test(text))
    for (const match of text.matchAll(DIVER_NUMBER))
      out.push(matchSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.context));
  if (PRISON_MENTION.test(text))
    for (const match of text.matchAll(PRISON_NUMBER))
      out.push(matchSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.context));
  if (IDENTITY_MENTION.test(text))
    for (const match of text.matchAll(ITALIAN_ID_CARD))
      out.push(matchSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.context));
  if (AADHAAR_MENTION.test(text))
    for (const match of text.matchAll(AADHAAR))
      out.push(matchSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.context));
  for (const match of text.matchAll(BARE_ID_NUMBER))
    out.push(valueSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.keyword));
  for (const match of text.matchAll(CURP))
    out.push(matchSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.format));
  for (const i of tokens.withHead(ID_DOCUMENT_HEADS)) {
    ID_DOCUMENT_AT.lastIndex = tokens.starts[i]!;
    const match = ID_DOCUMENT_AT.exec(text);
    if (match === null) continue;
    const value = match[1]!;
    // A check digit set apart ("L-1839204 5") ends a number, never a word ("Klasse 3").
    if (!/\d/.test(value.replace(/[ \u00a0]\d$/, "")) || /^(?:19|20)\d{2}$/.test(value)) continue;
    const span = valueSpan(EntityType.ENTITY_TYPE_ID_DOCUMENT, match, Score.keyword);
    // "CA 48213 KF": a card's series letters after its number, in capitals ("is" is no series).
    if (/[ \u00a0][A-Za-z]{2}$/.test(value) && !/[ \u00a0][A-Z]{2}$/.test(value)) span.end -= 3;
    if (span.end - span.start >= 5) {
      out.push(span);
      pushListedIds(text, span, out);
      pushAlikeBelow(text, span, out);
    }
  }
}

/**
 * A list with one person a line, where only the first line names the document: "Ahmet Korkmaz –
 * Fischereischein Nr. FS-BY 09-413872" over "Cem Korkmaz – Nr. FS-BY 11-207954". A number of the
 * first one's shape on each line below (its letters as they are, its digit runs a digit longer or
 * shorter) is the same kind of document, down to the first empty line.
 */
function pushAlikeBelow(text: string, first: Span, out: Span[]): void {
  const value = text.slice(first.start, first.end);
  if (!/[A-Za-z]/.test(value) || countDigits(value) < 5) return;
  const shape = new RegExp(String.raw`(?<![\p{L}\d])${shapeOf(value)}(?![\p{L}\d])`, "u");
  let lineStart = endOfLine(text, first.end) + 1;
  for (let lines = 0; lineStart <= text.length && lines < 8; lines++) {
    const lineEnd = endOfLine(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === "") return;
    const match = shape.exec(line);
    if (match !== null)
      out.push({
        type: EntityType.ENTITY_TYPE_ID_DOCUMENT,
        start: lineStart + match.index,
        end: lineStart + match.index + match[0].length,
        score: Score.context,
      });
    lineStart = lineEnd + 1;
  }
}

/** "FS-BY 09-413872" → letters as capitals of their length, digits a run one longer or shorter. */
function shapeOf(value: string): string {
  return value.replace(/[A-Za-z]+|\d+|[^A-Za-z\d]/g, (run) => {
    if (/^\d/.test(run)) return String.raw`\d{${Math.max(1, run.length - 1)},${run.length + 1}}`;
    if (/^[A-Za-z]/.test(run)) return `[A-Z]{${run.length}}`;
    return /\s/.test(run) ? String.raw`[ \u00a0]` : run.replace(/[.*+?^${}()|[\]\\/]/, "\\$&");
  });
}

/** "Passports: 21CK48392 and 19AV13307": more numbers of the same shape listed after the first. */
const LISTED_ID = /^[ \u00a0]*(?:,|;|\/|&|and|und|sowie|as well as)[ \u00a0]*([A-Z0-9]{5,12})(?![\p{L}\d])/u;

function pushListedIds(text: string, first: Span, out: Span[]): void {
  const length = first.end - first.start;
  const alike = (value: string) => /\d/.test(value) && Math.abs(value.length - length) <= 1;
  pushListedAfter(
    text,
    first.end,
    { item: LISTED_ID, window: 40, max: 8, alike },
    EntityType.ENTITY_TYPE_ID_DOCUMENT,
    out,
  );
}
