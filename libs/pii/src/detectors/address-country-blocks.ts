import { endOfLine } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { COMPANY_WORDS, GIVEN, LEGAL_FORMS, TITLES } from "../names/lexicon.js";
import { Score, type Span } from "../spans.js";
import { COUNTRIES, NOT_ADDRESS_LINE } from "./address-patterns.js";

// An address from abroad is mostly written as a block of short lines that ends with its country:
// "Flat No. 302, Sai Krupa Apartments / 4th Cross, near … Temple / Bengaluru - 560069 / India",
// "3-5-12 Kitahama, Chuo-ku / Osaka 541-0041 / Japan". Its lines follow no street rule of ours, but
// the country line says what the block is. A Mexican or Brazilian postcode line says it too
// ("C.P. 06140, Ciudad de México"). The block is read upwards from that line while its lines read
// as address lines, up to a blank line, a name, a firm or a sentence.

const COUNTRY_NAMES = new Set(COUNTRIES.replace(/\\\./g, ".").toLowerCase().split("|"));
const LONGEST_COUNTRY_WORDS = 4;
const POSTCODE_LINE = /^(?:C\.P\.|CP|CEP)[ \u00a0]?\d{5}(?:-\d{3})?(?!\d)/;
const MAX_LINE_LENGTH = 64;
const MAX_LINES_ABOVE = 6;
/** Lower-case words an address line may hold: "near … Temple", "off Kado Road", "ngõ 42", "apto 82", "bl. B2, ap. 14". */
const ADDRESS_LOWER_WORDS = new Set(
  `near off opp opp. opposite behind beside and & de del la las los da do dos das di van der den ngõ ngách hẻm số
  nº no. apto apto. apt. int. kv. vul. ul. os. c/o bte íbúð nr. bl. sc. et. ap. phường quận huyện xã tỉnh thị
  trấn phố đường`.split(/\s+/),
);
/** Lines that are not part of an address: contact lines, a question or a label. */
const CONTACT_OR_QUESTION =
  /@|https?:|www\.|\+\d|(?:^|[ \u00a0])(?:Tel|Phone|Fax|Mobile|Mobil|Handy|E-Mail|Email)\b|[:?!]$/u;
/** Organisations above an address: their name is no address line. */
const ORGANISATION =
  /\b(?:University|Universität|Hochschule|College|School|Institut|Institute|Department|Abteilung|Office|Büro|Embassy|Botschaft|Konsulat|Consulate)\b/u;
const SALUTATIONS = new Set(["mr", "mrs", "ms", "miss", "mx", "herr", "frau", "att", "attn", "fao"]);
/** "Address: ", "Wohnadresse: ": a label before the value; "No: 145/7" is a Turkish house number. */
const LABEL = /^(?!(?:No|Nr|Nº)[.:])\p{L}[\p{L} .'’/-]{0,28}:[ \u00a0]+(?=\S)/u;

/** Address blocks that end with a country line or a Latin American postcode line. */
export function detectAddressBlocks(text: string, out: Span[]): void {
  if (!text.includes("\n")) return;
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const line = mayEndBlock(text, lineStart, lineEnd) ? lineAt(text, lineStart, lineEnd) : undefined;
    // "Address: Via Roma 4, 00184 Roma, Italia" is one line, and the chain rules read it.
    if (
      line !== undefined &&
      (endsWithCountry(line.text) || POSTCODE_LINE.test(line.text)) &&
      isBlockLine(line.text, true) &&
      !LABEL.test(line.text)
    ) {
      const start = blockStart(text, lineStart, /\d/.test(line.text));
      if (start !== undefined && /\d/.test(text.slice(start, line.end)))
        out.push({ type: EntityType.ENTITY_TYPE_STREET_ADDRESS, start, end: line.end, score: Score.format });
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
}

/**
 * A cheap first look, as most lines end no block: a short line whose last word ends a country's
 * name, or that opens with a C ("C.P. 06140", "CEP 05411-000").
 */
function mayEndBlock(text: string, lineStart: number, lineEnd: number): boolean {
  if (lineEnd - lineStart > MAX_LINE_LENGTH + 8) return false;
  let end = lineEnd;
  while (end > lineStart && text.charCodeAt(end - 1) <= 32) end--;
  let word = end;
  while (word > lineStart && text.charCodeAt(word - 1) > 32 && text[word - 1] !== ",") word--;
  // Country names end with a letter and their last word starts with a capital: test those only.
  const first = text[word] ?? "";
  if (word < end && /\p{L}/u.test(text[end - 1]!) && first !== first.toLowerCase())
    if (COUNTRY_LAST_WORDS.has(text.slice(word, end).toLowerCase())) return true;
  let start = lineStart;
  while (start < end && (text.charCodeAt(start) <= 32 || text[start] === ">")) start++;
  return text[start] === "C";
}

/** A line's text without quote marks, indent and trailing spaces, with where it starts and ends. */
export function lineAt(
  text: string,
  lineStart: number,
  lineEnd: number,
): { text: string; start: number; end: number } {
  const raw = text.slice(lineStart, lineEnd);
  const indent = /^[ \u00a0\t>]*/.exec(raw)![0].length;
  const trimmed = raw.slice(indent).trimEnd();
  return { text: trimmed, start: lineStart + indent, end: lineStart + indent + trimmed.length };
}

/** The text without its last line when that line is a country alone ("…\nUnited Kingdom"). */
export function withoutCountryLine(text: string): string {
  const newline = text.lastIndexOf("\n");
  if (newline === -1) return text;
  const last = text
    .slice(newline + 1)
    .trim()
    .toLowerCase();
  return COUNTRY_NAMES.has(last) ? text.slice(0, newline) : text;
}

/** The last word of every country name: most lines end with none, and are done with one lookup (mayEndBlock). */
const COUNTRY_LAST_WORDS = new Set([...COUNTRY_NAMES].map((name) => name.slice(name.lastIndexOf(" ") + 1)));

/** "Republic of", "Islamic Republic of", "Kingdom of": what may stand before a country's name. */
const STATE_WORDS =
  /(?:^|[ \u00a0,]+)(?:(?:the|Republic|Rep\.|Kingdom|Federal|Islamic|People's|Democratic|of)(?:[ \u00a0]+|$))+$/i;

/** The line without the country name it ends with, and the state's words before it. */
function withoutCountry(line: string): string {
  const words = line.split(/[ \u00a0]+/);
  for (let n = Math.min(LONGEST_COUNTRY_WORDS, words.length); n >= 1; n--)
    if (COUNTRY_NAMES.has(words.slice(-n).join(" ").toLowerCase().replace(/^,/, "")))
      return words.slice(0, -n).join(" ").replace(STATE_WORDS, "");
  return line;
}

function endsWithCountry(line: string): boolean {
  if (line.length > MAX_LINE_LENGTH) return false;
  const words = line.toLowerCase().split(/[ \u00a0,]+/);
  for (let n = 1; n <= LONGEST_COUNTRY_WORDS && n <= words.length; n++)
    if (COUNTRY_NAMES.has(words.slice(-n).join(" "))) return true;
  return false;
}

/**
 * Where the block above the line at `lineStart` begins; undefined when no line above belongs to
 * it. Once a line with a number is taken (the house's), a line without one is taken only between
 * two such lines ("No. 7, Awolowo Avenue / Old Bodija Estate / P.M.B. 5116"): above the street
 * stand the firm, the role and the name of a signature.
 */
function blockStart(text: string, lineStart: number, numbered: boolean): number | undefined {
  let start: number | undefined;
  let above = lineStart;
  for (let taken = 0; taken < MAX_LINES_ABOVE && above > 0; taken++) {
    const previousStart = text.lastIndexOf("\n", above - 2) + 1;
    const line = lineAt(text, previousStart, above - 1);
    // "Our address: Prinsengracht 214-II": the block starts after the label, and ends there.
    const label = LABEL.exec(line.text);
    const own = label === null ? line.text : line.text.slice(label[0].length);
    if (!isBlockLine(own)) break;
    const digit = /\d/.test(own);
    if (numbered && !digit && !STREET_WORD.test(own) && !numberedLineAbove(text, previousStart)) break;
    numbered ||= digit;
    start = line.end - own.length;
    if (label !== null) break;
    above = previousStart;
  }
  return start;
}

/** "Tehran, Vali-Asr Street, Motahari Junction": a line that names a street belongs above the number. */
const STREET_WORD = /\b(?:Street|Road|Avenue|Lane|Boulevard|Straße|Strasse|Calle|Rua|Rue|Junction)\b/u;

function numberedLineAbove(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  const line = lineAt(text, text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
  return /\d/.test(line.text) && isBlockLine(line.text);
}

/** True when the line reads as part of an address; `ending` for the country line ("Việt Nam" is no name). */
function isBlockLine(line: string, ending = false): boolean {
  if (line.length === 0 || line.length > MAX_LINE_LENGTH) return false;
  if (CONTACT_OR_QUESTION.test(line) || NOT_ADDRESS_LINE.test(line) || ORGANISATION.test(line)) return false;
  // "Republic of Korea": the country's own words in lower case are no prose.
  const words = (ending ? withoutCountry(line) : line).split(/[ \u00a0]+/).filter((word) => word !== "");
  if (words.length === 0) return true;
  const lowers = words.map((word) => word.toLowerCase().replace(/[,;]$/, ""));
  const digit = /\d/.test(line);
  // A firm's name: a legal form says so; a trade word only without a number ("Digital address GA-…").
  const bare = lowers.map((word) => word.replace(/\./g, ""));
  if (bare.some((word) => LEGAL_FORMS.has(word) || (!digit && COMPANY_WORDS.has(word)))) return false;
  // A name line above the address ("Priya Sharma", "Dr. Okafor"): the name is found as a name.
  const first = lowers[0]!.replace(/\.$/, "");
  if (!digit && !ending && (GIVEN.has(first) || TITLES.has(first) || SALUTATIONS.has(first))) return false;
  // Prose has lower-case words; an address line at most one beside a number ("Digital address GA-…").
  let prose = 0;
  for (const [i, word] of words.entries())
    if (/^\p{Ll}/u.test(word) && !ADDRESS_LOWER_WORDS.has(lowers[i]!)) prose++;
  return prose === 0 || (prose === 1 && digit);
}
