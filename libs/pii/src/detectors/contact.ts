import { isIPv6 } from "node:net";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { countDigits, isDigitCode, L, wordBefore } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { BRANDS, GIVEN, looksLikeSurname, SURNAMES } from "../names/lexicon.js";
import { matchSpan, Score, type Span, textBefore } from "../spans.js";
import { keywordHeads, type Tokens } from "../tokens.js";

/** Letters beyond ASCII as in chars.ts (Latin, Greek, Cyrillic). */
function isWideLetter(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

function isAlnumCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    isWideLetter(code)
  );
}

function isLocalCode(code: number): boolean {
  // . _ % + -
  return isAlnumCode(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/**
 * E-mail addresses, found from each "@" outwards instead of by one big regex: a mail has few "@"
 * and this avoids scanning every position with a Unicode-aware pattern.
 */
/**
 * "Message-ID: <…@host>": an id of a mail, not someone's address. Only in angle brackets, as ids
 * are written: "References: Tom Oyelaran (tom.oyelaran@…)" is a job application's line.
 */
const ID_HEADER = /^[ \t>]*(?:message-id|in-reply-to|references)[ \t]*:/i;

function isMessageId(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== "<" || text[end] !== ">") return false;
  const lineStart = text.lastIndexOf("\n", start) + 1;
  return ID_HEADER.test(text.slice(lineStart, lineStart + 32));
}

export function detectEmails(text: string, out: Span[]): void {
  let at = text.indexOf("@");
  while (at !== -1) {
    // "ayesha.s92 @ hotmail.co.uk": typed on a phone, with a space on either side of the "@".
    const spaceBefore = text.charCodeAt(at - 1) === 32 && isLocalCode(text.charCodeAt(at - 2)) ? 1 : 0;
    const spaceAfter = text.charCodeAt(at + 1) === 32 && isAlnumCode(text.charCodeAt(at + 2)) ? 1 : 0;
    const localEnd = at - spaceBefore;
    let start = localEnd;
    while (start > 0 && localEnd - start < 64 && isLocalCode(text.charCodeAt(start - 1))) start--;
    while (start < localEnd && text.charCodeAt(start) === 46) start++;
    let end = at + 1 + spaceAfter;
    let lastDot = -1;
    while (end < text.length && end - at < 255) {
      const code = text.charCodeAt(end);
      if (
        code === 46 &&
        end > at + 1 &&
        text.charCodeAt(end - 1) !== 46 &&
        isAlnumCode(text.charCodeAt(end + 1))
      )
        lastDot = end;
      else if (code === 45 && text.charCodeAt(end + 1) === 10 && isAlnumCode(text.charCodeAt(end + 2))) {
        // "…@seidel-immobilien-\nverwaltung.de": a domain a letter's line broke at its hyphen.
        end += 2;
      } else if (!(isAlnumCode(code) || code === 45)) break;
      end++;
    }
    while (end > at + 1 && !isAlnumCode(text.charCodeAt(end - 1))) end--;
    const tld = lastDot === -1 ? "" : text.slice(lastDot + 1, end);
    if (
      start < localEnd &&
      lastDot !== -1 &&
      lastDot < end &&
      /^[A-Za-z\u00c0-\u024f]{2,24}$/.test(tld) &&
      text.charCodeAt(localEnd - 1) !== 46 &&
      !isMessageId(text, start, end)
    ) {
      out.push({ type: EntityType.ENTITY_TYPE_EMAIL, start, end, score: 0.99 });
    }
    at = text.indexOf("@", Math.max(end, at + 1));
  }
}

/** A dot as people write it to fool harvesters: ".", "[dot]", " dot ", " punkt ". */
const SPELLED_DOT = String.raw`(?:\.|[ \u00a0]?[[({](?:dot|punkt)[\])}][ \u00a0]?|[ \u00a0](?:dot|punkt)[ \u00a0])`;
/** "anna.schmidt[at]gmx.de", "anna punkt schmidt at gmx punkt de": an address written around spam filters. */
// A spoken address may hold one space in its local part: "siobhan dot o sullivan at gmail dot com".
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\w.+-])[A-Za-z0-9][\w+-]*(?:${SPELLED_DOT}[\w+-]+)*(?:[ \u00a0][\w+-]+(?:${SPELLED_DOT}[\w+-]+)*)?(?:[ \u00a0]?[[({](?:at|ät)[\])}][ \u00a0]?|[ \u00a0](?:at|ät)[ \u00a0])[A-Za-z0-9][\w-]*(?:${SPELLED_DOT}[\w-]+)*${SPELLED_DOT}(?:de|com|net|org|at|ch|eu|info|nl|fr|it|es|pl|io|co[ \u00a0]?(?:\.|dot|punkt)[ \u00a0]?uk|uk|ie|be|dk|se|no)(?![\w])`,
  "gi",
);

/** The words that spell an address out: "at" (in brackets), "ät", "dot", "punkt". */
const SPELLED_HEADS = keywordHeads("at|ät|dot|punkt");

/**
 * Addresses written with "[at]" or "at … dot": only mails that spell one out are read for them,
 * found from the words' tokens (a bare " at " counts only beside a spelled-out dot).
 */
export function detectSpelledEmails(text: string, tokens: Tokens, out: Span[]): void {
  let spelled = false;
  for (const i of tokens.withHead(SPELLED_HEADS)) {
    const word = tokens.lowers[i]!;
    const bracket = "[({".includes(text[tokens.starts[i]! - 1] ?? " ");
    // "Punkt" with a capital is the noun of a sentence; a spelled address writes "punkt".
    const spelledDot = (word === "dot" || word === "punkt") && (tokens.words[i] === word || bracket);
    if (spelledDot || word === "ät" || (word === "at" && bracket)) spelled = true;
  }
  if (!spelled) return;
  for (const match of text.matchAll(SPELLED_EMAIL)) {
    // "is anna at gmx dot de": a word of the sentence before a one-word local part is no part of it.
    const space = match[0].search(/[ \u00a0]/);
    const first = match[0].slice(0, space).toLowerCase();
    const skip =
      space !== -1 &&
      space < match[0].search(/[ \u00a0](?:at|ät)[ \u00a0]|[[({](?:at|ät)/i) &&
      NOT_LOCAL_PART.has(first);
    const start = match.index + (skip ? space + 1 : 0);
    out.push({
      type: EntityType.ENTITY_TYPE_EMAIL,
      start,
      end: match.index + match[0].length,
      score: Score.format,
    });
  }
}
const NOT_LOCAL_PART = new Set(
  "is ist lautet email e-mail mail address adresse mailadresse my meine mein your ihre me mir to an unter at is: es".split(
    " ",
  ),
);

export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^[\]]+/gi;
export const TRAILING_PUNCT = /[.,;:!?)'"»]+$/;
/** Path segments that put a person's own data behind them. */
const PERSONAL_SEGMENT =
  /^(?:u|usr|user|users|profile|profil|account|accounts|konto|mein|my|me|member|members|kunde|kunden|customer|customers|track|tracking|sendung|sendungsverfolgung|reset|password|passwort|verify|verification|confirm|bestaetigen|activate|aktivieren|invite|einladung|unsubscribe|abmelden|abmeldung|login|auth|token|order|orders|bestellung|bestellungen|invoice|invoices|rechnung|rechnungen|download|share|s|d|doc|docs|file|files|ticket|tickets|case|portal|people|person|in|spieler|player|players|~.+)$/i;
// "!" stands in share tokens: "s!AkR9vT2pLq8mgYcZ7n" (OneDrive).
const TOKEN_LIKE = /^(?=.*\d)(?=.*[a-z])[a-z\d_!-]{10,}$|^[a-z\d_!-]{20,}$|^\d{5,}$/i;
const NAME_LIKE = new RegExp(`^[${L}]{2,}[._-][${L}]{2,}$`, "u");
/**
 * Sites whose first path segment is someone's account ("github.com/kwpetrovic",
 * "independent.academia.edu/JanNovak"), and their own pages.
 */
const PROFILE_HOST =
  /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|twitter\.com|x\.com|instagram\.com|facebook\.com|behance\.net|dribbble\.com|etsy\.com|paypal\.me|patreon\.com|ko-fi\.com|linktr\.ee|xing\.com|tiktok\.com|youtube\.com|threads\.net|soundcloud\.com|vimeo\.com|pinterest\.com|flickr\.com|calendly\.com|cal\.com|[a-z-]+\.academia\.edu)$/i;
const SITE_PAGE =
  /^(?:about|features|pricing|login|signup|join|explore|topics|trending|marketplace|settings|help|search|home|enterprise|security|site|contact|legal|privacy|terms|c|market|watch|results|feed|gift-cards|sell|pages|blog)$/i;

/**
 * "lucia-fernandez.design", "www.jan-novak.cz", "priyaraghunathan.de",
 * "lukasbrunner-fotografie.ch": a site named after a person, a known given name first, then a
 * family name (joined without a hyphen: a known one, or a long one that looks like one, and not a
 * brand named after a person, "jackwolfskin.de").
 */
function personalHost(host: string): boolean {
  const label = host
    .replace(/^www\./i, "")
    .split(".")[0]!
    .toLowerCase();
  const parts = label.split("-");
  if (parts.length === 1) return gluedName(label);
  // "lukasbrunner-fotografie.ch": the name glued, its trade after a hyphen.
  if (parts.length === 2 && gluedName(parts[0]!)) return true;
  return parts.length <= 3 && GIVEN.has(parts[0]!) && parts[1]!.length >= 2;
}

const GLUED_BRANDS = new Set([...BRANDS].map((brand) => brand.replace(/[^\p{L}]/gu, "")));

function gluedName(label: string): boolean {
  if (label.length < 8 || GLUED_BRANDS.has(label)) return false;
  for (let split = 3; split <= label.length - 5; split++) {
    const rest = label.slice(split);
    if (
      GIVEN.has(label.slice(0, split)) &&
      (SURNAMES.has(rest) || (rest.length >= 8 && looksLikeSurname(rest)))
    )
      return true;
  }
  return false;
}

/** True when a URL carries something that points at one person (token, id, user path, address). */
export function urlIsPersonal(url: string): boolean {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  if (cut !== -1) {
    const rest = url.slice(cut + 1);
    if (rest.includes("@") || rest.includes("%40")) return true;
    for (const pair of rest.split(/[&#;]/)) {
      const eq = pair.indexOf("=");
      const value = eq === -1 ? pair : pair.slice(eq + 1);
      if (value.length >= 6 && /\d/.test(value)) return true;
      if (value.length >= 16) return true;
      if (
        eq !== -1 &&
        /^(?:token|key|id|uid|user|userid|email|mail|e|session|sid|code|auth|sig|signature|hash|reset|t|k|access_token|otp|name|phone|tel|customer|kunde|piececode|tracking|idc)$/i.test(
          pair.slice(0, eq),
        ) &&
        value.length >= 3
      ) {
        return true;
      }
    }
  }
  const hostStart = path.startsWith("www.") ? 0 : path.indexOf("//") + 2;
  const hostEnd = path.indexOf("/", hostStart);
  if (hostEnd === -1) return personalHost(path.slice(hostStart));
  const segments = path.slice(hostEnd + 1).split("/");
  const host = path.slice(hostStart, hostEnd);
  if (PROFILE_HOST.test(host) && segments[0]!.length >= 2 && !SITE_PAGE.test(segments[0]!)) return true;
  if (personalHost(host)) return true;
  for (let i = 0; i < segments.length; i++) {
    const segment = decodeSafely(segments[i]!);
    if (segment.length === 0) continue;
    if (segment.includes("@") || TOKEN_LIKE.test(segment) || NAME_LIKE.test(segment)) return true;
    if (PERSONAL_SEGMENT.test(segment) && i + 1 < segments.length && segments[i + 1]!.length >= 3)
      return true;
  }
  return false;
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Profile links written without scheme: "linkedin.com/in/amara-nwosu-4b1a27", "paypal.me/joyokafor". */
const BARE_PROFILE =
  /(?<![\w./@-])(?:linkedin\.com|xing\.com|github\.com|gitlab\.com|instagram\.com|facebook\.com|twitter\.com|x\.com|tiktok\.com|etsy\.com|paypal\.me|linktr\.ee|ko-fi\.com|patreon\.com|vimeo\.com)\/[^\s<>"'`{}|\\^[\]]+/gi;

export function detectUrls(text: string, out: Span[]): void {
  if (/\.(?:com|me|ee)\//.test(text))
    for (const match of text.matchAll(BARE_PROFILE)) {
      const url = match[0].replace(TRAILING_PUNCT, "");
      if (urlIsPersonal(`https://${url}`))
        out.push({
          type: EntityType.ENTITY_TYPE_URL,
          start: match.index,
          end: match.index + url.length,
          score: Score.validated,
        });
    }
  if (!text.includes("http") && !text.includes("www.")) return;
  for (const match of text.matchAll(URL_RE)) {
    const url = match[0].replace(TRAILING_PUNCT, "");
    if (!urlIsPersonal(url)) continue;
    out.push({
      type: EntityType.ENTITY_TYPE_URL,
      start: match.index,
      end: match.index + url.length,
      score: Score.validated,
    });
  }
}

const IPV4 = /(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d)/g;
const VERSION_BEFORE = /(?:\bv|version|vers\.|release|build)\s*$/i;
/** At least three hex groups joined by colons: worth looking for IPv6 at all. */
const HEX_GROUPS = /:[0-9A-Fa-f]{1,4}:/;
const IPV6 = /[0-9A-Fa-f:][0-9A-Fa-f:.]{5,44}/g;

export function detectIpAddresses(text: string, out: Span[]): void {
  for (const match of text.matchAll(IPV4)) {
    const before = text.charCodeAt(match.index - 1);
    if (before === 46 || (before >= 48 && before <= 57)) continue;
    // "Chrome/123.0.0.0" is a version; "http://10.0.0.1" an address.
    if (before === 47 && text[match.index - 2] !== "/") continue;
    if (VERSION_BEFORE.test(textBefore(text, match.index, 10))) continue;
    out.push(matchSpan(EntityType.ENTITY_TYPE_IP_ADDRESS, match, Score.validated));
  }
  if (!text.includes("::") && !HEX_GROUPS.test(text)) return;
  for (const match of text.matchAll(IPV6)) {
    let start = match.index;
    let value = match[0];
    // SPF's "ip6:2a01:4f8::40": the mechanism's "6:" is read first.
    if (value.startsWith("6:") && /ip$/i.test(text.slice(start - 2, start))) {
      start += 2;
      value = value.slice(2);
    } else if (/^:[0-9A-Fa-f]/.test(value) && /ip(?:v6)?$/i.test(text.slice(start - 4, start))) {
      // "IP:2003:e5:9f1c:…": a label's colon glued to the address.
      start += 1;
      value = value.slice(1);
    } else {
      const before = text.charCodeAt(start - 1);
      if (before === 58 || before === 46 || before === 95 || isAlnumCode(before)) continue;
    }
    const after = text.charCodeAt(start + value.length);
    if (after === 95 || isAlnumCode(after)) continue;
    while ((value.endsWith(":") && !value.endsWith("::")) || value.endsWith(".")) value = value.slice(0, -1);
    if (value.indexOf(":") === value.lastIndexOf(":") || !isIPv6(value)) continue;
    out.push({
      type: EntityType.ENTITY_TYPE_IP_ADDRESS,
      start,
      end: start + value.length,
      score: Score.validated,
    });
  }
}

/**
 * Digit groups joined by single separators; "(0)", area codes and a country's code in brackets
 * ("(+49) 175 …") allowed. Every repetition needs a separator, so a long digit run cannot be split
 * in many ways (no backtracking blowup).
 */
const PHONE_RUN = new RegExp(
  String.raw`(?:\(\+\d{1,3}\)[ \u00a0]?|\+[ \u00a0]?|00)?(?:\(\d{1,5}(?:[ \u00a0]\d{1,4}){0,3}\)|\d{1,8}|(?<=^|[^\d])[0+]?\d{8,13}(?!\d))(?:(?:[ \u00a0]?[-–./][ \u00a0]?|[ \u00a0]|(?=\())(?:\(0\)[ \u00a0]?)?(?:\(\d{1,5}\)|\d{1,10})){0,10}(?![${L}0-9@_]|[.,/-]\d)`,
  "gu",
);
/** "Tel.", "Mob.", "Fax." right before a number, glued to it. */
const PHONE_ABBREVIATION_BEFORE = /(?<![\p{L}])(?:tel|mob|fax|telef|handy|mobil)\.$/iu;
/** "Tel0176 2291 8834", "my tel+30 694 …", "nummer ist0152 …": a phone word glued to the number. */
const PHONE_WORD_GLUED = /(?<![\p{L}])(?:tel|telefon|phone|handy|mobil|mobile|nummer ist|number is)$/iu;
/** Characters that, right before a digit run, make it part of something else (a date, an address, a path). */
const NOT_BEFORE_PHONE = "@/_+.,:-";
/** The word right before a number that makes it a phone number ("Tel.", "Mobil:", "erreichbar unter", "call me at"). */
const PHONE_WORD =
  /^(?:tel|telefon|telephone|phone|fon|fax|telefax|fernsprecher|fernruf|mobil|mobile|handy|cell|cellphone|rufnummer|festnetz|durchwahl|hotline|whatsapp|sms|mob|call|anrufen|zurückrufen|erreichbar|erreichen|unter|at|via|t|m|f|[a-zäöü]*(?:telefon|handy|mobil|fax|ruf|(?<!mit)tel)(?:nummer|nr)|phonenumber|direct|direkt|privat|landline|rückruf|callback|tlf|tlfn|telefoon|mobiel|telefono|teléfono|téléphone|tél|portable|cellulare|móvil|telemóvel|telefone|puhelin|puh)$/;
/** Words that stand between the phone word and the number: "Tel. Nr.", "phone number". */
const NUMBER_WORD = /^(?:nr|no|nummer|number|num)$/;
/** Only punctuation and space may separate that word from the number. */
const CONTEXT_GAP = /^[ \u00a0\t.:/(+-]{0,5}$/;
const DATE_SHAPE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}\.\d{1,2}\.$/;
/**
 * "02.04.2024 10" from "Gesendet: 02.04.2024 10:14": a date with a time is no phone number; a real
 * day and month, so Belgian and French numbers in dots ("087/55.42.18", "06.84.27.93.11") stay.
 */
const DATE_INSIDE = /(?:^|\D)(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)?\d{2}(?:\D|$)/;
/** "09/2014 – 07/2017": months of a CV's work history. */
const MONTH_YEAR_INSIDE = /(?:^|\D)(?:0[1-9]|1[0-2])\/(?:19|20)\d{2}(?:\D|$)/;
/** "(+49) 175 …": a country's code in brackets, read as "+49". */
const COUNTRY_IN_BRACKETS = /^\(\+(\d{1,3})\)/;
const FREEPHONE_SHAPE = /^1[38]00[ \u00a0]\d{3}[ \u00a0]\d{3}$/;
const NANP_SHAPE = /^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/;

/** True when the word before `start` (skipping "Nr."/"number") announces a phone number. */
function phoneContext(text: string, tokens: Tokens, start: number): boolean {
  let i = tokens.lastEndingBefore(start);
  if (i < 0 || !CONTEXT_GAP.test(text.slice(tokens.ends[i]!, start))) return false;
  if (
    NUMBER_WORD.test(tokens.lowers[i]!) &&
    i > 0 &&
    CONTEXT_GAP.test(text.slice(tokens.ends[i - 1]!, tokens.starts[i]!))
  )
    i--;
  return PHONE_WORD.test(tokens.lowers[i]!);
}

/** "DIN VDE 0100", "EN 12811": a standard's body, a word of its own ("ANRUFEN 0176 …" is no "EN"). */
const LIST_NUMBER = /^\d{1,2}[.)][ \u00a0]+(?=[+0])/;
const WAYBILL_BEFORE =
  /(?<![\p{L}])(?:[MH]?AWB|air ?waybill|luftfrachtbrief)[ \u00a0]*(?:no\.?|nr\.?|number)?[ \u00a0:#.]*$/iu;
const STANDARD_BEFORE = /(?<![\p{L}])(?:DIN|EN|ISO|VDE|IEC|BS|ÖNORM|ASTM)[ \u00a0]+$/u;

/** A dash or slash with spaces around it: between two values of a list, not inside one number. */
const LIST_SEPARATOR = /[ \u00a0][-–/][ \u00a0]/;

/** An extension after the number: "… 5508 ext. 204", "… 33 40 Durchwahl 12". */
const EXTENSION =
  /^[ \u00a0]*,?[ \u00a0]*(?:ext\.?|extension|x(?=\d)|Durchwahl|DW|Nebenstelle|App\.)[ \u00a0:.]*\d{1,6}(?!\d|[.,]\d)/i;

/** A number read out digit by digit in a voicemail transcript: "0 1 5 1 4 4 7 2 9 0 3 8". */
const DIGIT_BY_DIGIT = /(?<![\p{L}\d]|\d[ \u00a0])0(?:[ \u00a0]\d){9,12}(?![ \u00a0]?\d|\p{L})/gu;

/**
 * A number noted digit by digit as a caller read it, in groups with a slash or dash between:
 * "0 2 1 1 / 5 8 3 3 0 7 1", "0 6 21 / 4 5 9 0 - 77", or typed so after its prefix: "0152 - 0 4 3
 * 8 1 1 7 6", "+49 151 . 2 0 8 8 . 4 1 3 9". Too many groups for PHONE_RUN.
 */
const NOTED_APART =
  /(?<![\p{L}\d]|\d[ \u00a0])(?:\+\d{2,3}[ \u00a0]?(?:\(0\)[ \u00a0]?)?\d{0,4}|0\d{0,4})(?:(?:[ \u00a0]|[ \u00a0]?[/–.-][ \u00a0]?)\d{1,4}){4,14}(?![ \u00a0]?\d|\p{L})/gu;
/**
 * A full date opening a run, then a space and what may be a phone; or "24/7", the hours of a line
 * that never closes ("Leitstelle 24/7 069 4800 21-99").
 */
const LEADING_DATE =
  /^(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|24[ \u00a0]?\/[ \u00a0]?7)[ \u00a0]+(?=[+0])/;
/** "18001 0161 496 0732": a UK number dialled through the text relay service, its prefix first. */
const TEXT_RELAY = /^1800[12][ \u00a0]0\d/;
/** A German mobile's prefix, after the country's code or the trunk's 0. */
const MOBILE_PREFIX = /^(?:\+49[ \u00a0]?(?:\(0\)[ \u00a0]?)?|0)[ \u00a0]?1[ \u00a0]?[5-7]/;

export function detectPhones(text: string, tokens: Tokens, out: Span[]): void {
  for (const match of text.matchAll(DIGIT_BY_DIGIT))
    out.push(matchSpan(EntityType.ENTITY_TYPE_PHONE, match, Score.format));
  for (const match of text.matchAll(NOTED_APART)) {
    const digits = countDigits(match[0]);
    // Read apart: single digits among the groups. A mobile's prefix or a keyword says it is a phone.
    if (digits < 9 || digits > 14 || (match[0].match(/(?<!\d)\d(?!\d)/g)?.length ?? 0) < 2) continue;
    // A country's code ("+31 6 2 8 8 …", "0048 6 0 1 …") says so as well.
    if (
      MOBILE_PREFIX.test(match[0]) ||
      /^(?:\+|00)[1-9]/.test(match[0]) ||
      phoneContext(text, tokens, match.index)
    )
      out.push(matchSpan(EntityType.ENTITY_TYPE_PHONE, match, Score.context));
  }
  PHONE_RUN.lastIndex = 0;
  for (let match = PHONE_RUN.exec(text); match !== null; match = PHONE_RUN.exec(text)) {
    // "1. 07984 113560 - Rebecca (mum)": a list item's number is read apart from the phone after it.
    const item = LIST_NUMBER.exec(match[0]);
    if (item !== null && (match.index === 0 || text[match.index - 1] === "\n")) {
      PHONE_RUN.lastIndex = match.index + item[0].length;
      continue;
    }
    const before = match.index > 0 ? text[match.index - 1]! : "";
    // "tel:0176 22 90 3318", "neu:01512 9930447": a colon glued to a number that reads as a phone.
    // "Tel.+49 351 8472016": a phone word's abbreviation dot glued to the number does as well.
    const colon =
      (before === ":" ||
        (before === "." &&
          PHONE_ABBREVIATION_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index)))) &&
      /^(?:\+|0)\d/.test(match[0]);
    // "…@gmail.com,+34 655 201 847": a cell of a comma-separated export.
    // After a digit only a whole phone's length: "size10,07951338204", not "1,07" of an amount.
    const cell =
      before === "," &&
      /^(?:\+|0)\d/.test(match[0]) &&
      (!isDigitCode(text.charCodeAt(match.index - 2)) || countDigits(match[0]) >= 10);
    const glued =
      /^(?:\+|0)\d/.test(match[0]) &&
      PHONE_WORD_GLUED.test(text.slice(Math.max(0, match.index - 10), match.index));
    if (
      (NOT_BEFORE_PHONE.includes(before) && before !== "" && !colon && !cell && !glued) ||
      (wordBefore(text, match.index) && !glued)
    ) {
      // "Ausweis LZ6311T47 – 0162 5507 3381": the run began inside a code; what follows a spaced
      // dash or slash is read again on its own.
      const listed = LIST_SEPARATOR.exec(match[0]);
      if (listed !== null) PHONE_RUN.lastIndex = match.index + listed.index + listed[0].length;
      continue;
    }
    // "geb. 30.04.1976 – 0151 28837105", "Gr. 38 – 0676 912 44 03": a date or a size, then a
    // spaced dash and the phone, read apart ("030 / 68 97 31" keeps its area code).
    const listed = LIST_SEPARATOR.exec(match[0]);
    const head = listed === null ? "" : match[0].slice(0, listed.index);
    const size = /^[1-9]\d{0,2}$/.test(head) && listed !== null && !listed[0].includes("/");
    if (listed !== null && (DATE_SHAPE.test(head) || size)) {
      PHONE_RUN.lastIndex = match.index + listed.index + listed[0].length;
      continue;
    }
    // "Anna Kowalczyk 12.03.1987 0176 23948571": a date and a phone after it, read apart.
    const leadingDate = LEADING_DATE.exec(match[0]);
    if (leadingDate !== null) {
      PHONE_RUN.lastIndex = match.index + leadingDate[0].length;
      continue;
    }
    for (const part of phoneParts(text, match[0].trimEnd(), match.index)) {
      const { start } = part;
      let { value } = part;
      // "+49 160 93318274 – 18:07 Uhr": the hour after a spaced dash is a time, not the phone's.
      if (/^:\d/.test(text.slice(start + value.length, start + value.length + 2))) {
        const hour = HOUR_AFTER_DASH.exec(value);
        if (hour === null) continue;
        value = value.slice(0, hour.index);
      }
      const digits = countDigits(value);
      if (colon && digits < 9 && !phoneContext(text, tokens, start)) continue;
      if (digits < 6 || digits > 16 || DATE_SHAPE.test(value) || DATE_INSIDE.test(value)) continue;
      if (MONTH_YEAR_INSIDE.test(value)) continue;
      // "DIN VDE 0100-600", "EN 12811-1": a standard's number.
      if (STANDARD_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
      // "AWB:020-48817364": an air waybill's airline prefix and serial.
      if (WAYBILL_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
      const score = TEXT_RELAY.test(value)
        ? Score.format
        : phoneScore(value, digits, phoneContext(text, tokens, start));
      if (score <= 0) continue;
      const extension = EXTENSION.exec(text.slice(start + value.length, start + value.length + 24));
      const end = start + value.length + (extension?.[0].length ?? 0);
      out.push({ type: EntityType.ENTITY_TYPE_PHONE, start, end, score });
    }
  }
}

const HOUR_AFTER_DASH = /[ \u00a0]+[-–][ \u00a0]+\d{1,2}$/;

/**
 * Two numbers on one line, "081 864 12 77 / 079 350 66 81", "+48.692.117.435 / 0335 6812 90",
 * "+49 6221 439 0827 / (703) 555-0148": a slash may also sit inside one.
 */
const JOINED_NUMBERS =
  /^((?:\+|0)[\d \u00a0()./-]*?\d)[ \u00a0]+\/[ \u00a0]+((?:\+|0|\(\d)[\d \u00a0()./-]*\d)$/;

const PHONE_RUN_AT = new RegExp(PHONE_RUN.source, "uy");
const NEXT_FIELD_NUMBER = /^(.*\d)[ \u00a0]+\/[ \u00a0]+\d{1,4}$/;
const WORD_NEXT = /^[ \u00a0]\p{L}/u;

/**
 * The run as one candidate, or its two numbers when each starts as a number does, with 6+
 * digits. The run's group limit may have cut the second short: it is read again from its start.
 */
function phoneParts(text: string, value: string, start: number): { start: number; value: string }[] {
  // "07723 441906 / 19 Kingfisher Way": the next field of a line parted by slashes, a house number.
  const field = NEXT_FIELD_NUMBER.exec(value);
  if (field !== null && WORD_NEXT.test(text.slice(start + value.length, start + value.length + 2)))
    return [{ start, value: field[1]! }];
  const joined = JOINED_NUMBERS.exec(value);
  if (joined === null) return [{ start, value }];
  const [, first, second] = joined as unknown as [string, string, string];
  if (countDigits(first) < 6 || countDigits(second) < 6) return [{ start, value }];
  const secondStart = start + value.length - second.length;
  PHONE_RUN_AT.lastIndex = secondStart;
  const whole = PHONE_RUN_AT.exec(text)?.[0].trimEnd() ?? second;
  return [
    { start, value: first },
    { start: secondStart, value: whole },
  ];
}

function phoneScore(written: string, digits: number, context: boolean): number {
  // A keyword settles it; the metadata check below is the expensive part, so it comes last.
  if (context) return digits >= 7 || /^[+(0]/.test(written) ? Score.context : 0;
  const value = written.replace(COUNTRY_IN_BRACKETS, "+$1");
  const international = value.startsWith("+") || value.startsWith("00");
  if (international) {
    // DACH numbers follow the same shape rule as national ones; the metadata check is for the rest.
    // People keep the trunk's 0 after the country's code ("+49 0175 …"), with or without brackets.
    const dach = /^(?:\+|00)[ \u00a0]?4[139][ \u00a0/-]?(?:\(0\)[ \u00a0]?|0)?\(?[1-9]/.test(value);
    if (dach) return digits >= 8 && digits <= 15 ? Score.validated : 0;
    const number = parsePhoneNumberFromString(value.startsWith("00") ? `+${value.slice(2)}` : value);
    if (number?.isValid()) return Score.validated;
    if (number?.isPossible() ?? false) return Score.format;
    return digits >= 9 ? Score.weak : 0;
  }
  if (value.startsWith("0") || value.startsWith("(0")) {
    // German, Austrian and Swiss national numbers: 0, area code, subscriber; 7 to 13 digits. The
    // metadata check costs more than all other detectors together, and the shape says enough here.
    if (digits < 7 || digits > 13 || value.startsWith("00")) return 0;
    // Without a keyword, a short unseparated run ("No. 08812345") is more likely some other number.
    if (digits < 10 && !/[ /()-]/.test(value)) return 0;
    return /^\(?0[1-9]/.test(value) ? Score.format : 0;
  }
  // Ireland's and Australia's freephone and shared-cost numbers: "1800 372 999", "1300 651 244".
  if (FREEPHONE_SHAPE.test(value)) return Score.format;
  if (NANP_SHAPE.test(value))
    return parsePhoneNumberFromString(value, "US")?.isValid() ? Score.format : Score.weak;
  // A bare digit run without a leading 0 or + is a phone number only if someone says so.
  return 0;
}
