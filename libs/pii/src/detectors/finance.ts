import { getCountrySpecifications, isValidBIC, isValidIBAN } from "ibantools";
import { L, wordBefore } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { matchSpan, Score, type Span, textBefore, valueSpan } from "../spans.js";

/** IBAN length per country code, from ibantools' registry (read once). */
const IBAN_LENGTH = new Map<string, number>();
for (const [code, spec] of Object.entries(getCountrySpecifications())) {
  if (spec.chars) IBAN_LENGTH.set(code, spec.chars);
}

/** "DE89 3704…", and "DE 52 7118 …" as some type it (or dictate it). */
/** "DE12 …", also with its country's letters apart as a dictated one is typed ("D E 12 2004 …"). */
const IBAN_START = /([A-Za-z])([ \u00a0]?)([A-Za-z])[ \u00a0]?\d{2}(?=[ \u00a0./-]?[A-Za-z0-9])/g;
const IBAN_CONTEXT = /(?:iban|konto|account|bankverbindung)[^\n]{0,12}$/i;

export function detectIbans(text: string, out: Span[]): void {
  for (const match of text.matchAll(IBAN_START)) {
    const letters = match[1]! + match[3]!;
    const apart = match[2] !== "";
    const country = letters.toUpperCase();
    // "Altes KontoDE30 1442 …": a table flattened into text glues the label to the value; a country
    // code in capitals after a lower-case letter still opens an IBAN, if the IBAN is valid whole.
    // A PDF's columns run together glue it on either side ("Meyer & Söhne GmbHDE75…", "…0940250,00"):
    // a compact IBAN in capitals that is valid whole, with its own length, stands there too.
    const glued = letters === country && /\p{L}/u.test(text[match.index - 1] ?? "");
    if (wordBefore(text, match.index) && !glued) continue;
    const length = IBAN_LENGTH.get(country);
    if (length === undefined) continue;
    let end = readGrouped(text, match.index, length);
    if (end === -1 && upperCompactIban(text, match.index, length)) end = match.index + length;
    if (end !== -1) {
      const compact = text
        .slice(match.index, end)
        .replace(/[\s>./-]/g, "")
        .toUpperCase();
      const upperInText = letters === country;
      // ibantools also checks national check digits (Belgium, Portugal, Poland…); a value whose
      // IBAN check digits hold is an account number even where a national digit is mistyped.
      if (isValidIBAN(compact) || (!glued && !apart && ibanCheckDigitsHold(compact))) {
        out.push({
          type: EntityType.ENTITY_TYPE_IBAN,
          start: match.index,
          end,
          score: upperInText ? 0.99 : Score.validated,
        });
        continue;
      }
      if (upperInText && !glued && !apart && IBAN_CONTEXT.test(textBefore(text, match.index, 30))) {
        // A mistyped IBAN is still someone's account number, with all of its groups: "Konto PL52
        // 1090 … 7890 12" has two digits more than Poland's length.
        if (!pushMislengthIban(text, match.index, length, out))
          out.push({ type: EntityType.ENTITY_TYPE_IBAN, start: match.index, end, score: Score.context });
        continue;
      }
    }
    // No IBAN of the country's length reads here: one typed with characters too few or too many
    // may ("PL98 1020 3017 0000 0026 0391 8274 61", its check digits holding).
    if (!apart && !glued) pushMislengthIban(text, match.index, length, out);
  }
}

/** An IBAN's groups of four as typed, however many: "DE17 3706 0405 0738 1120". */
const GROUPED_RUN = /[A-Z]{2}\d{2}(?:[ \u00a0][A-Z0-9]{1,4}){2,8}(?![A-Za-z0-9])/y;
/** How many characters an IBAN typed in its groups may lack, or have too many, and still be read as one. */
const MAX_MISTYPED = 4;

/**
 * "DE17 3706 0405 0738 1120", "DE36 1203 0000 0010 9483 7261": an IBAN with a group or some digits
 * missing, or a group too many, is still someone's account, when its check digits hold or a word
 * before it says it is one.
 */
function pushMislengthIban(text: string, start: number, length: number, out: Span[]): boolean {
  GROUPED_RUN.lastIndex = start;
  const run = GROUPED_RUN.exec(text);
  if (run === null) return false;
  const compact = run[0].replace(/[ \u00a0]/g, "");
  if (compact.length === length || Math.abs(compact.length - length) > MAX_MISTYPED) return false;
  if (!ibanCheckDigitsHold(compact) && !IBAN_CONTEXT.test(textBefore(text, start, 30))) return false;
  out.push({ type: EntityType.ENTITY_TYPE_IBAN, start, end: start + run[0].length, score: Score.context });
  return true;
}

// A UK bank account without IBAN: sort code, then usually the 8-digit account number. The sort
// code names a branch, as a bank code does; only the account number is the customer's.
const UK_ACCOUNT =
  /sort[- ]?code[^\n\d]{0,25}\d{2}-\d{2}-\d{2}[ ,/;]+(?:acc(?:ount)?\.?(?: no\.?| number)?:?[ ]*)?(\d{8})(?!\d)/gi;

// A bank account number without IBAN, after its keyword: "Kontonummer 0128374650", "checking account 4820193756",
// "Kto. 5820 4417".
const ACCOUNT_NUMBER =
  /(?::5[09][AFK]?:\/|kontonummer|konto[ \u00a0-]?nr\.?|kto\.?-?nr\.?|\bkto\.?(?=[ \u00a0]*\d)|(?:bank|checking|savings|current|cheque) account(?: no\.?| number)?|account (?:no\.?|number)|acct\.?(?: no\.?)?|\baccount(?=[ \u00a0]+\d{8}))[ \u00a0]*[:#]?[ \u00a0]*(\d(?:[ \u00a0-]?\d){6,17})(?![\d-])/gi;

/** The words the two patterns above start with, looked for once before either runs. */
const ACCOUNT_HINT = /konto|kto|account|acct|sort[- ]?code|blz|bankleitzahl|:5[09][AFK]?:\//i;

// A German bank code beside an old account number: "BLZ 572 615 10". It names the bank, as a BIC
// does, and the two together name the account.
const BANK_CODE =
  /(?:\bBLZ|bankleitzahl)[ \u00a0]*[:.]?[ \u00a0]*(\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{2})(?![\d-])/gi;

/** Bank account numbers without IBAN format, after their keyword: British sort code and account, Kontonummer. */
export function detectBankAccounts(text: string, out: Span[]): void {
  if (!ACCOUNT_HINT.test(text)) return;
  for (const match of [...text.matchAll(UK_ACCOUNT), ...text.matchAll(ACCOUNT_NUMBER)])
    out.push(valueSpan(EntityType.ENTITY_TYPE_IBAN, match, Score.keyword));
  for (const match of text.matchAll(BANK_CODE))
    out.push(valueSpan(EntityType.ENTITY_TYPE_BIC, match, Score.keyword));
}

/**
 * A Polish account number in its domestic form (NRB): the IBAN without "PL", two check digits and
 * six groups of four ("09 1020 1026 1698 0472 2625 1619"). Taken where the check digits hold with
 * "PL" before them.
 */
const POLISH_ACCOUNT = /(?<![\d-])\d{2}(?:[ \u00a0]?\d{4}){6}(?![\d-])/g;

export function detectPolishAccounts(text: string, out: Span[]): void {
  for (const match of text.matchAll(POLISH_ACCOUNT))
    if (ibanCheckDigitsHold(`PL${match[0].replace(/[ \u00a0]/g, "")}`))
      out.push(matchSpan(EntityType.ENTITY_TYPE_IBAN, match, Score.validated));
}

/** ISO 13616 check: the IBAN, rotated and read as a number, is 1 modulo 97. */
function ibanCheckDigitsHold(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rotated = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rotated) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** End offset after `count` alphanumerics, allowing one space or dash between them or a line break; -1 if the run breaks. */
/** A compact, valid IBAN of capitals and digits at `start`, whatever follows it. */
function upperCompactIban(text: string, start: number, length: number): boolean {
  const value = text.slice(start, start + length);
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value) && value.length === length && isValidIBAN(value);
}

function readGrouped(text: string, start: number, count: number): number {
  let seen = 0;
  let i = start;
  while (i < text.length && seen < count) {
    const code = text.charCodeAt(i);
    if (isAlnum(code)) {
      seen++;
      i++;
    } else if (
      // Spaces and dashes; dots and slashes too, as some type them ("DE05.7002.0270…", "BG26/STSA/…").
      (code === 32 || code === 0xa0 || code === 45 || code === 46 || code === 47) &&
      seen > 0 &&
      isAlnum(text.charCodeAt(i + 1))
    ) {
      i++;
    } else if ((code === 10 || code === 13) && seen >= 4) {
      // An IBAN wrapped onto the next line ("DE77 6863\n3538 6140 8316 00"); the check digits decide.
      let next = i + 1;
      while (next < text.length && /[\n\r \u00a0>]/.test(text[next]!)) next++;
      if (next - i > 24 || !isAlnum(text.charCodeAt(next))) return -1;
      i = next;
    } else {
      return -1;
    }
  }
  if (seen < count || isAlnum(text.charCodeAt(i))) return -1;
  return i;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const BIC = new RegExp(`[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![${L}0-9])`, "gu");
// After the keyword, or on the line of an IBAN or the line below it, written out or only its value
// ("Konto DE70 …, DORTDE33XXX"), perhaps after a label there ("Beneficiary bank:  MRKBDEHHXXX");
// also said in a sentence ("unser BIC ist GENODEF1S10").
const BIC_CONTEXT =
  /:5[1-8][A-D]:[ \u00a0]*$|(?:\bBIC|SWIFT|Swift|bic)(?:[- ]?(?:Code|code))?(?:[ \u00a0]*\([^()\n]{1,40}\))?(?:[ \u00a0]+(?:is|ist|lautet|war|was))?[ \u00a0]*[:.=–-]?[ \u00a0]*$|(?:IBAN|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b)(?:[^\n]{1,50}|[ \u00a0]*\r?\n[ \u00a0>]*(?:[\p{L} ]{1,24}:[ \u00a0]*)?)$/u;

/**
 * "routed through the intermediary bank DEUTDEFF", "your bank (GENODEM1GLS)", "Berliner Volksbank,
 * GENODEF1XXX": a valid code after a bank's word.
 */
const BANK_BEFORE = /(?:bank|kasse|finance(?: AG)?)[ \u00a0]*[(,]?[ \u00a0]*$/i;

export function detectBics(text: string, out: Span[]): void {
  if (
    !/BIC|SWIFT|Swift|bic|IBAN|:5[1-8][A-D]:|[A-Z]{2}\d{2} ?[A-Z0-9]{4}|(?:[Bb]ank|kasse|[Ff]inance AG)[ \u00a0,(]*[A-Z]{6}|[A-Z]{5}XXX/.test(
      text,
    )
  )
    return;
  for (const match of text.matchAll(BIC)) {
    // "ERR_BIC_MISMATCH": a constant's last part, not a bank.
    if (wordBefore(text, match.index) || text[match.index - 1] === "_") continue;
    const before = textBefore(text, match.index, 60);
    const valid = isValidBIC(match[0]);
    // A valid code for a bank's head office ("…XXX") needs no word before it.
    const head = valid && match[0].length === 11 && match[0].endsWith("XXX");
    if (!head && !BIC_CONTEXT.test(before) && !(valid && BANK_BEFORE.test(before))) continue;
    const score = valid ? Score.keyword : Score.context;
    out.push(matchSpan(EntityType.ENTITY_TYPE_BIC, match, score));
  }
  // "(BIC caixesbbxxx)": typed in lower case, right after its keyword and valid once in capitals;
  // of eight letters, a word ("BIC brauchst du nicht") may pass the check, so eleven or a digit.
  for (const match of text.matchAll(LOWER_CASE_BIC))
    if ((match[1]!.length === 11 || /\d/.test(match[1]!)) && isValidBIC(match[1]!.toUpperCase()))
      out.push(valueSpan(EntityType.ENTITY_TYPE_BIC, match, Score.keyword));
}

const LOWER_CASE_BIC =
  /\b(?:BIC|SWIFT|bic|swift)[ \u00a0:]*([a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?)(?![\p{L}\d])/gu;

const CARD = /\d(?:[ -]?\d){12,18}(?![\d]|[ -]\d)/g;
/** "6011 6712  3676 1294": groups of four apart by two spaces, read only where two spaces stand. */
const CARD_SPACED = /(?<!\d)(?<!\d )\d{4}(?: {1,2}\d{4}){2}(?: {1,2}\d{1,7})(?![\d]| \d)/g;
const CARD_CONTEXT =
  /(?:karte|card|visa|master|amex|american express|kreditkarte|kartennummer|cc)[^\n]{0,20}$/i;

export function detectCreditCards(text: string, out: Span[]): void {
  const runs = text.includes("  ")
    ? [...text.matchAll(CARD), ...text.matchAll(CARD_SPACED)]
    : text.matchAll(CARD);
  for (const match of runs) {
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    if (/(?:^|[^\d])[+-]$|\d$|\d[ -]$/.test(before)) continue;
    const value = cardWithin(match[0]);
    if (value === undefined) continue;
    const digits = value.replace(/[ -]/g, "");
    // IMEIs carry a Luhn digit too: fifteen digits after their name are a phone's, not a card's.
    if (digits.length === 15 && /\bIMEI\b[^\n\d]{0,16}$/i.test(textBefore(text, match.index, 24))) continue;
    // A fuel card (ISO 7812's 7 for the petroleum industry): eighteen or nineteen digits.
    const knownIssuer =
      /^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9])|35|30[0-5]|36|38)/.test(digits) ||
      /^70\d{16,17}$/.test(digits);
    const context = CARD_CONTEXT.test(textBefore(text, match.index, 40));
    if (!knownIssuer && !context) continue;
    const grouped =
      /^\d{4}([ -]?)\d{4}\1\d{4}\1\d{1,7}$|^\d{4}([ -]?)\d{6}\2\d{4,5}$|^\d{4}( )\d{4}\3\d{4}\3\d{4}\3\d{2,3}$/.test(
        value.replace(/ {2}/g, " "),
      );
    if (!grouped && !context) continue;
    const score = context ? Score.keyword : Score.validated;
    out.push({
      type: EntityType.ENTITY_TYPE_CREDIT_CARD,
      start: match.index,
      end: match.index + value.length,
      score,
    });
  }
}

/**
 * The run of digits whose Luhn digit holds, or the run without a last group of one or two digits:
 * "4012 8800 3317 6408 03/26" runs on into the expiry date's month.
 */
function cardWithin(run: string): string | undefined {
  if (luhnValid(run.replace(/[ -]/g, ""))) return run;
  const month = /[ -]\d{1,2}$/.exec(run);
  if (month === null) return undefined;
  const value = run.slice(0, month.index);
  const digits = value.replace(/[ -]/g, "");
  return digits.length >= 13 && luhnValid(digits) ? value : undefined;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
