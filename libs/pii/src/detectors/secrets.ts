import { L, LL, LU } from "../chars.js";
import { EntityType } from "../entity-types.js";
import { matchSpan, pushListedAfter, Score, type Span, shapeOf, valueSpan } from "../spans.js";
import { keywordHeads, type Tokens } from "../tokens.js";

const STRONG = `passwort|kennwort|password|passwd|passphrase|pwd|share code|zugangscode|zugangspasswort|initialpasswort|einmalpasswort|startpasswort|geheimzahl|api[-_ ]?key|api[-_ ]?token|access[-_ ]?token|auth[-_ ]?token|bearer|client[-_ ]?secret|secret(?:[-_ ]?key)?|private[-_ ]?key|wlan-?(?:netzwerk)?(?:schlüssel|passwort|key)|setup key|einrichtungsschlüssel|(?:wi-fi|wifi) (?:password|key)|network key|netzwerkschlüssel|lizenzschlüssel|produktschlüssel|aktivierungsschlüssel|licen[cs]e key|product key|serial key|registration key|activation key|security word|memorable word|secret word|code ?word|sicherheitswort|codewort|losungswort|recovery key|backup codes?|wiederherstellungs(?:schlüssel|code)|entsperr-?(?:pin|code)|geräte-?(?:pin|code)|passcode|sperrcode|adgangskode|adgangskoden`;
const WEAK = `pin(?:-?code|-?nummer)?|pac(?: code)?|key[ -]?safe|key[ -]?box|padlock|vorhängeschloss|fahrradschloss|bügelschloss|kettenschloss|bike lock|schlüssel(?:safe|tresor|kasten)|tresor(?=[ \u00a0]*:?[ \u00a0]*\\d{4,6}(?![\\d.,:/]))|schloss(?=[ \u00a0]*:?[ \u00a0]*\\d{3,6}#?(?![\\d,:/]|\\.\\d|(?<=(?:19|20)\\d\\d)\\.))|(?:bin|box|shed|gate|garage)[ -]?lock(?=[ \u00a0]*:?[ \u00a0]*\\d{3,6}#?(?![\\d,:/]|\\.\\d|(?<=(?:19|20)\\d\\d)\\.))|(?:sattelkammer|spind|garagen|schrank|stall|koppel|box)schloss|alarm|kombination|zahlenkombination|zahlenschloss|codeschloss|keypad|combination|puk|tan|tans|otp|pattern[ -]?lock|unlock pattern|entsperrmuster|cvc|cvv|cvv2|cid|kartenprüfnummer|prüfnummer|prüfnr.?|prüfziffer|code|verification code|security code|security(?<!social security) no.?|sec.?[ \u00a0]code|activation code|login code|2fa code|one[- ]time (?:code|password)|token|pw|pass|sms(?=[ \u00a0]*:)|kode|koden|nøgleboks|nøgleskab|sicherungskarte|sicherheitskarte|security card|key card|tastenfeld`;
/** "ab Montag", "since yesterday": when a code took effect. */
const SINCE_DAY = String.raw`(?:seit|ab|since|from)[ \u00a0]+(?:heute|gestern|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
/** Words between "ist"/"lautet" and the secret: "lautet jetzt wie besprochen …", "ist seit Montag …". */
const FILLER = String.raw`(?:[ \u00a0]+(?:übrigens|eigentlich|immer noch|noch|jetzt|nun|neu|new|es|weiterhin|unverändert|unchanged|nach wie vor|ab sofort|wie besprochen|wie vereinbart|wie immer|wie gehabt|wie üblich|as always|as usual|glaube ich|ich glaube|vermutlich|wahrscheinlich|now|still|actually|as agreed|as discussed|I think|I believe|probably|doch|wohl|${SINCE_DAY})){0,2}`;
/**
 * What may stand between keyword and secret: a colon, "ist"/"is", or a short clause ending in one;
 * a note in brackets before them ("Kennwort (Groß-/Kleinschreibung beachten): …"); a number set
 * off by commas ("a code, 448213, which I typed in", "a door code, B4291, and"); a word of change
 * or staying before digits ("Code bleibt 4471", "code neu 7719"), but not before a year in a clause.
 */
const SEPARATOR = String.raw`(?<sep>[ \u00a0]*:[ \u00a0]*\r?\n[ \u00a0>]*(?=\S{6})|[ \u00a0]+(?:wie immer|wie gehabt|as always|as usual|neu|new|jetzt|now|bleibt|remains|stays|still|(?:changes|changed|switched) to|${SINCE_DAY})[ \u00a0]*:?[ \u00a0]*(?=\d)(?!(?:19|20)\d\d[ \u00a0]+[a-zäöü])|(?:[ \u00a0]*\([^()\n]{1,40}\))?[ \u00a0]*(?:[:=]|lautet:?|ist|is|was|war|wäre|lautet wie folgt:)${FILLER}[ \u00a0]*[(\["'„“‚‘]?|[ \u00a0]+[(\["'„“‚‘]?|\((?=\d)|,[ \u00a0]+(?=[A-Z]{0,2}\d{4,8}[#*]?(?:,|\.(?![\d${L}]))))`;
/** A clause's words up to its end: no sentence's mark, but a time's colon or dot ("23:59") or a date's ("01.–31.08.:"). */
const CLAUSE_WORDS = String.raw`(?:[^\n.:!?]|(?<=\d)[:.](?=\d\d)|(?<=\d)\.(?=[–-]|:)){1,90}`;
/** The clause's words up to the first verb, colon or bracket that may set a value apart. */
const CLAUSE_REST = String.raw`${CLAUSE_WORDS}?(?:[ \u00a0](?:ist|is|it's|it’s|its|lautet|was|war|mit|with|bleibt|remains|(?:changes|changed|switches) to|(?:still|noch)(?=[ \u00a0]+\d))${FILLER}[ \u00a0]+|(?<!\d):[ \u00a0]*|[ \u00a0]\(|,[ \u00a0]+(?=(?:\d{3,8}|\d{3}[ \u00a0]\d{3})[ \u00a0]*(?:[,.;!?)]|$)|(?=[A-Z0-9-]{0,30}(?:[A-Z]\d|\d[A-Z]))[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){1,5}(?![${L}0-9-])))[(\["'„“‚‘]?`;
/**
 * The long way round: "PIN for the lockbox is 8842", "API-Token für den Connector: tk_…", "password
 * straight away; the old one was …", "PIN for the door, valid until 23:59: 604 218" (a time's colon
 * is no separator), "is the code for the lock still 4471?", tried when the value right after the
 * keyword is none.
 */
const CLAUSE_SEPARATOR = String.raw`(?<sep>[ \u00a0,;]+${CLAUSE_REST})`;
/**
 * A passphrase of words: in quotes ('the password "rainbow fish"'), or after a colon up to the
 * line's end ("Password for verification: blue heron 1987"); a word after a blank tells it. Digits
 * first are a code with a note after it ("code: 9090 back door").
 */
const QUOTED_PHRASE = String.raw`(?<=["„“‚‘])(?=[^"'„“”‚‘’\n<>]*[ \u00a0][${L}])[^"'„“”‚‘’\n<>]{2,40}(?=["“”‘’])`;
const LINE_PHRASE = String.raw`(?<=:[ \u00a0]*)(?=[^\n]*[ \u00a0][${L}])(?=[0-9-]*[${L}])[${L}0-9][${L}0-9-]*(?:[ \u00a0][${L}0-9-]+){1,3}(?=[ \u00a0]*(?:\r?\n|$))`;
// Digit groups ("4471 8820 3391", "194 622"), a keypad code typed apart ("4 7 1 9 #", "3-9-1-4") and a UK share code ("W4K 7XP 2RM") keep their spaces.
// Google app passwords ("qwmz tbrx pkle hvso"), authenticator setup keys ("JBSW Y3DP EHPK 3PXP") and
// codes printed in groups of four with a digit in each ("8KD2 P4XM") too.
const VALUE = String.raw`(?<value>\d{3,5}(?:[ \u00a0]\d{3,5}){1,5}(?![${L}0-9])|\d{4}[ \u00a0]\d{2}(?![${L}0-9.,:])|\d{2}(?:[ \u00a0]\d{2}){2,4}(?![${L}0-9])|\d(?:[ \u00a0-]\d){3,7}(?:[ \u00a0]?[#*])?(?![${L}0-9])|[a-z]{4}(?:[ \u00a0][a-z]{4}){3}(?![${L}0-9])|[A-Z2-7]{4}(?:[ \u00a0][A-Z2-7]{4}){3,7}(?![${L}0-9])|(?=[A-Z0-9 \u00a0]{0,10}\d)[A-Z0-9]{3}[ \u00a0][A-Z0-9]{3}[ \u00a0][A-Z0-9]{3}(?![${L}0-9])|(?=[A-Z]{0,3}\d)[A-Z0-9]{4}(?:[ \u00a0](?=[A-Z]{0,3}\d)[A-Z0-9]{4}){1,3}(?![${L}0-9])|(?<phrase>${QUOTED_PHRASE}|${LINE_PHRASE})|[^\s"'<>\[\]]{3,128})`;

const SECRET_AT = new RegExp(
  `(?:(?<strong>${STRONG})|(?<weak>${WEAK}))(?![${L}0-9])${SEPARATOR}${VALUE}`,
  "iy",
);
const SECRET_CLAUSE_AT = new RegExp(
  `(?:(?<strong>${STRONG})|(?<weak>${WEAK}))(?![${L}0-9])${CLAUSE_SEPARATOR}${VALUE}`,
  "iy",
);
/**
 * The clause going on from a word that was no value: "the PIN I sent you for the voucher was
 * wrong, it's 4471" ("wrong," is no PIN), "Code … 2580 war der alte, seit dem Schlosswechsel ist es
 * 7391#".
 */
const CLAUSE_GOES_ON_AT = new RegExp(`(?<sep>${CLAUSE_REST})${VALUE}`, "iy");
/**
 * "kennwort für die box ist übrigens noch das vom aufkleber: ahorn7142", "Türcode Seiteneingang
 * (nur 08:30–13:30): 4471": a clause up to its colon, a time's colon no end.
 */
const CLAUSE_TO_COLON = String.raw`(?<sep>[ \u00a0,;]+${CLAUSE_WORDS}(?<!\d):[ \u00a0]*[(["'„“‚‘]?)`;
const SECRET_CLAUSE_COLON_AT = new RegExp(
  `(?:(?<strong>${STRONG})|(?<weak>${WEAK}))(?![${L}0-9])${CLAUSE_TO_COLON}${VALUE}`,
  "iy",
);
/** "the code from the text doesn't work. It was 552 918.": the value opens the next sentence. */
const SECRET_NEXT_SENTENCE_AT = new RegExp(
  `(?:(?<strong>${STRONG})|(?<weak>${WEAK}))(?![${L}0-9])(?<sep>[^\n.!?]{0,60}[.!?][ \u00a0]+(?:(?:it|this|that|er|sie|es|der|die|das)(?:[ \u00a0]+(?:code|pin))?[ \u00a0]+(?:was|is|lautet|lautete|war|ist)|it['’]?s)[ \u00a0]*:?[ \u00a0]*)${VALUE}`,
  "iy",
);
/**
 * "The new temporary password is:" and the password alone on a line below, perhaps after a blank
 * or quoted-empty line: only after a strong keyword, and only a value that fills its line.
 */
const SECRET_NEXT_LINE_AT = new RegExp(
  String.raw`(?<strong>${STRONG})(?![${L}0-9])(?<sep>[^\n]{0,40}?(?::|[ \u00a0](?:is|ist|lautet))[ \u00a0]*\r?\n(?:[ \u00a0>]*\r?\n){0,2}[ \u00a0>]*)(?<value>[^\s"'<>\[\]]{6,128})(?=[ \u00a0]*(?:\r?\n|$))`,
  "iy",
);
/**
 * "change the password, my ex knows the old one. new one is tangerine-otter", "altes war
 * 'Zitronenbaum' neues ist Hafenkran42": the new secret a sentence or two after its keyword.
 */
const NEW_SECRET_AT = new RegExp(
  String.raw`(?<strong>${STRONG})(?![${L}0-9])(?<sep>[^\n]{0,160}?(?<![${L}])(?:(?:the|das|mein|my|our|unser)[ \u00a0]+)?(?:new(?:[ \u00a0]+one)?|neue[sr]?)[ \u00a0]+(?:is|ist|lautet|wäre|will be|should be)${FILLER}[ \u00a0]*:?[ \u00a0]*[(["'„“‚‘]?)${VALUE}`,
  "iy",
);
const SECRET_HEADS = keywordHeads(`${STRONG}|${WEAK}`);
/**
 * "changed the wifi key to …", "changed my password on Tuesday to …", "das Passwort auf …
 * geändert": a new secret after "to"/"auf", a few words after the keyword at most.
 */
const CHANGED_TO_AT = new RegExp(
  `(?:${STRONG}|${WEAK})(?![${L}0-9])[ \u00a0]+(?:(?:habe|hab|hat|haben|hatte|hatten)[ \u00a0]+(?:ich|wir|er|sie)(?:[ \u00a0]+[a-zäöüß]+){0,3}?[ \u00a0]+)?(?:[A-Za-zÄÖÜäöüß]+,?[ \u00a0]+){0,3}?(?:(?:again|wieder|jetzt|now|neu|zuletzt|last)[ \u00a0]+)?(?:to|auf)[ \u00a0]+[(["'„“‚‘]?${VALUE}`,
  "iy",
);
const CHANGE_BEFORE =
  /(?:chang|set|reset|updat|switch)\w*[ \u00a0]+(?:(?:the|my|our|your|its)[ \u00a0]+)?[\w -]{0,12}$/i;
const CHANGE_AFTER = /^[ \u00a0]*(?:geändert|gesetzt|umgestellt|changed)/i;
const CHANGE_BETWEEN = /(?:geändert|gesetzt|umgestellt|changed|reset),?[ \u00a0]/i;
/** "Türcode", "Sicherheitscode": found by their "code" ending, then read forward from there. */
const AFTER_CODE = new RegExp(`(?![${L}0-9])${SEPARATOR}${VALUE}`, "iy");
const AFTER_CODE_CLAUSE = new RegExp(`(?![${L}0-9])${CLAUSE_SEPARATOR}${VALUE}`, "iy");
const AFTER_CODE_CLAUSE_COLON = new RegExp(`(?![${L}0-9])${CLAUSE_TO_COLON}${VALUE}`, "iy");
/** Compounds naming something public or technical, not a secret. */
const NOT_SECRET_CODE =
  /^(?:fehler|error|status|bar|qr|html|source|quell|post|zip|area|country|länder|produkt|product|artikel|farb|color|zoll|tarif|rabatt|promo|discount|coupon|gutschein|voucher|iso|ean|iban|swift|bank|sort|routing|antwort|response|exit|return|http|zugangs|post|bic|programm|program|quelltext|beispiel|sample|example|projekt|project|aktions|kampagnen|campaign|transaktions|transaction|grund|reason)-?code$/i;
/** "Karten-PIN", "Erst-PIN", "SMS-TAN", "Push-TAN", "Kartenpin": a PIN, PUK or TAN of something. */
const PIN_COMPOUND = /^[a-zäöü][a-zäöü-]+(?:-(?:pin|puk|tan)|(?<=karten|online|zugangs|sim|geheim)pin)$/;
/** "X-API-Key", "X-Auth-Token", "Webhook-Secret": a header or setting that holds a key. */
const KEY_COMPOUND =
  /^(?:[a-z]+-)*(?:api|auth|access|client|app|webhook|bearer|session|refresh|private|signing|license|licence|lizenz|master)-(?:key|token|secret)$/;
/** Secret formats that need no keyword: vendor key prefixes, JWTs, PEM private keys. */
const KEY_FORMATS =
  /(?<![\w-])(?:sk-(?:proj-|live-|test-)?[A-Za-z0-9_-]{20,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{16,}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35}|xox[abprs]-[A-Za-z0-9-]{10,}|glpat-[A-Za-z0-9_-]{20}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*)?|(?<=Authorization:[ \u00a0]?Basic[ \u00a0])[A-Za-z0-9+/]{12,}={0,2}|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----)/g;
/** A vendor's key with its mode in the name: "kbn_live_9Qz4…", "acme_test_…". */
const MODE_KEY = /(?<![\w-])[a-z]{2,8}_(?:live|test|prod)_[A-Za-z0-9]{16,}/g;
const MODE_KEY_MARKS = ["_live_", "_test_", "_prod_"];
/** A connection string's password: "postgresql://reporting:Vq7mZp2-Kx9s!@db-rep-01…". */
const URL_PASSWORD = /(?<![\w])[a-z][a-z0-9+.-]{1,20}:\/\/[^:/@\s]{1,64}:([^@\s/]{3,128})@/gi;
/**
 * A setting that holds a secret: "DB_PASSWORD=…", "AWS_SECRET_ACCESS_KEY=…", "GITHUB_TOKEN: …",
 * PHP's "define( 'DB_PASSWORD', '…' )" and "'API_TOKEN' => '…'".
 */
const SETTING_SECRET =
  /(?<![A-Za-z0-9_])(?:[A-Z][A-Z0-9]*_)*(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN|[A-Z]+_KEY)(?:_[A-Z0-9]+)*(?:[ \t]*(?:=>|[=:])|["'][ \t]*(?:,|=>))[ \t]*["']?([^\s"']{6,256})/g;
const SETTING_MARKS = ["PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN", "_KEY"];
/** A secret in JSON: '"api_key":"mk_prod_…"', '"password": "…"'. */
const JSON_SECRET =
  /"(?:[a-z_]*(?:key|token|secret|password|passwd|pwd))"[ \t]*:[ \t]*"([^"\s]{6,256})(?=")/gi;
/** A piece of every key format: no mail without one of them is worth the full pattern. */
const KEY_FORMAT_MARKS = [
  "sk-",
  "k_",
  "_pat_",
  "p_",
  "o_",
  "u_",
  "s_",
  "r_",
  "AKIA",
  "AIza",
  "xox",
  "glpat-",
  "eyJ",
  "SG.",
  "-----BEGIN",
  "Authorization",
];
const NOT_SECRET_BEFORE_CODE = new Set([
  // Customs: "HS code 9403 20 80", "commodity code", "tariff code".
  "hs",
  // "Merchant category code: 7011": the kind of shop, as card statements print it.
  "category",
  "commodity",
  "tariff",
  "customs",
  "institution",
  "item",
  "article",
  "part",
  "model",
  "style",
  "sort",
  "post",
  "postal",
  "zip",
  "area",
  "country",
  "promo",
  "promotion",
  "discount",
  "voucher",
  "coupon",
  "error",
  "status",
  "bar",
  "qr",
  "iso",
  "swift",
  "bank",
  "routing",
  "product",
  "color",
  "colour",
  "source",
  "dress",
  "tax",
  "fehler",
  "länder",
  "gutschein",
  "rabatt",
  "aktions",
  "branch",
  "clearing",
  "bankleit",
  "project",
  "projekt",
  "campaign",
  "employer",
  "reason",
  "transaction",
  "response",
  "return",
  "result",
  "exit",
  "antwort",
]);
const PLAIN_WORD = new RegExp(`^(?:[${LU}]?[${LL}]+|[${LU}]+)$`, "u");
/** Sentence punctuation and closing quotes after a secret; "!" and "?" may end the secret itself. */
// A question's mark after a code of digits ("still 4471?") too; a password may end in one.
export const TRAILING = /(?:[.,;:)\]“”‘’»«]+|(?<=^\d+)[?!]+)$/;

/**
 * What a compound names, if a secret: "Kundenkennwort", "X-API-Key" (password), "Karten-PIN",
 * "SMS-TAN" (pin: weak, it needs digits), "Türcode" (code). The plain words are keywords of their
 * own. Read on every word of a mail, so the last letter decides first which endings to try.
 */
function compoundKind(word: string): "password" | "pin" | "code" | undefined {
  if (word.length <= 5) return undefined;
  switch (word.charCodeAt(word.length - 1)) {
    case 116: // t
      if (word.length > 8 && (word.endsWith("kennwort") || word.endsWith("passwort"))) return "password";
      return word.endsWith("-secret") && KEY_COMPOUND.test(word) ? "password" : undefined;
    case 110: // n
      if (word.endsWith("-token")) return KEY_COMPOUND.test(word) ? "password" : undefined;
      return (word.endsWith("pin") || word.endsWith("-tan")) && PIN_COMPOUND.test(word) ? "pin" : undefined;
    case 121: // y
      return word.endsWith("-key") && KEY_COMPOUND.test(word) ? "password" : undefined;
    case 107: // k
      return word.endsWith("-puk") && PIN_COMPOUND.test(word) ? "pin" : undefined;
    case 101: // e
      // "PayPal-Transaktionscode": a compound's last part says what the code is.
      return word.endsWith("code") && !NOT_SECRET_CODE.test(word.slice(word.lastIndexOf("-") + 1))
        ? "code"
        : undefined;
    default:
      return undefined;
  }
}

/**
 * True when a "to"/"auf" value follows a verb of changing: before the keyword, between it and the
 * value ("Passwort zweimal zurückgesetzt, zuletzt auf …"), or after the value.
 */
function changeAround(text: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  return (
    CHANGE_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) ||
    CHANGE_BETWEEN.test(match[0]) ||
    CHANGE_AFTER.test(text.slice(end, end + 14))
  );
}

/** "581 204 is your sign-in code", "123456 ist Ihr Bestätigungscode": a text message's code, named after it. */
const CODE_NAMED_AFTER = new RegExp(
  String.raw`(?<![${L}0-9-])(?:\d{3}[ \u00a0-]?\d{3}|\d{4,8}|[A-Z]-\d{4,8})(?=[ \u00a0]+(?:is your|ist (?:ihr|dein)e?)[ \u00a0]+(?:[${L}-]+[ \u00a0]+){0,3}?(?:[${L}-]*code|pin|tan|passcode|password|passwort|otp)(?![${L}]))`,
  "gi",
);
/** A two-factor setup key: base32, sixteen characters or more, in a mail about two-factor sign-in. */
const TOTP_KEY = /(?<![A-Za-z0-9])(?=[A-Z2-7]*[2-7])[A-Z2-7]{16,64}(?![A-Za-z0-9])/g;
const TWO_FACTOR = /2fa|totp|authenticator|zwei-faktor|two-factor|2-faktor|\bmfa\b/i;
/** "KTXS-41AB-7HX2-NN8P-0QDW": a licence key, four groups or more, two of them letters and digits mixed. */
const KEY_GROUPS = /(?<![A-Za-z0-9-])[A-Z0-9]{4,5}(?:-[A-Z0-9]{4,5}){3,7}(?![A-Za-z0-9-])/g;
const KEY_GROUPS_HINT = /[A-Z0-9]{4}-[A-Z0-9]{4,5}-[A-Z0-9]{4,5}-/;
/**
 * "7KD4-92PX", "Q8RT-4LMZ-2X9C", "KP-38XW-QL": an access code printed on a card or sent by text,
 * two to four groups, in a mail about a code: the shape says what it is wherever it stands, after
 * "isn't working??" as after "Code:".
 */
const ACCESS_CODE = /(?<![\w-])[A-Za-z0-9]{2,5}(?:-[A-Za-z0-9]{2,5}){1,3}(?![\w-])/g;
/** "K7m-42pQ": every group letters and digits, the letters of both cases, as generators make them. */
const MIXED_CASE_GROUP = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]{3,5}$/;
/**
 * Groups of four with one that mixes capitals and digits; groups of other lengths with two such
 * ("K7HQ-22XP-9M", "Y6-QF72K"): one alone is a model's ("SM-A546B") or a time's ("2024-03-02T07").
 */
function accessCodeShaped(code: string, before: string): boolean {
  if (PRODUCT_BEFORE.test(before)) return false;
  const groups = code.split("-");
  if (/[a-z]/.test(code)) return /[A-Z]/.test(code) && groups.every((group) => MIXED_CASE_GROUP.test(group));
  const mixed = mixedGroups(code);
  const fours = groups.every((group) => group.length === 4);
  return fours ? mixed >= 1 : mixed >= 2;
}
/** "product code FX5-75LTV", "SKU A1263": what a shop sells, not a code to log in with. */
const PRODUCT_BEFORE =
  /(?:product|item|article|artikel|produkt|model|modell|sku|art\.?-?nr\.?)[ \u00a0-]*(?:code|nr\.?|no\.?|number|nummer)?[ \u00a0:(]*$/i;
/** A mail about a code to log in, unlock a gallery or redeem a voucher. */
const CODE_WORDS =
  /(?:access|gallery|galerie|zugangs?|download|login|freischalt|aktivierungs|activation|voucher|gutschein|redeem|recovery|backup|invite|einladungs)[ -]?code|\bcodes?\b|\bpin\b/i;

/**
 * "voucher WHF-5T9D-KK3E", "Gutschein (Code FH-ERL-5QW8)", "Gutscheincode (optional): KIDS24-9PXB":
 * a gift voucher's code right after its word. Whoever holds it can redeem it; a group that mixes
 * capitals and digits tells it from a voucher's order number ("GS-24-1187") and a promotion's word.
 */
const VOUCHER_CODE =
  /(?<![\p{L}])(?:voucher|gutschein)(?:[ -]?code)?[ \u00a0]*(?:\((?:optional|code)\)?[ \u00a0]*)?(?:code[ \u00a0]*)?[:#]?[ \u00a0]*([A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){1,4})(?![\p{L}\d-])/giu;

/** How many of a code's groups mix capitals and digits ("7KD4" does, "AUTH" and "4012" do not). */
function mixedGroups(code: string): number {
  return code.split("-").filter((group) => /\d/.test(group) && /[A-Z]/.test(group)).length;
}
/** "PIN1: 5820", "PUK2: 60338214": a SIM card's codes, numbered (a word with a digit is no keyword token). */
const SIM_CODE = /(?<![\p{L}\d])(?:pin|puk)[12][ \u00a0]*[:=][ \u00a0]*(\d{4,8})(?!\d)/giu;
/**
 * "the three digits on the back are 318", "Security number on the back: 482", "die drei Zahlen auf
 * der Rückseite sind 318", "the 3 digit code 416", "der dreistellige Code 318".
 */
const CARD_CHECK_PHRASE =
  /(?:digits|numbers|[Ss]ecurity (?:number|code)) on the back(?: of (?:the|my|your) card)?(?: are| is|:)[ \u00a0]*(\d{3,4})(?!\d)|(?:Ziffern|Zahlen|Nummer) auf der (?:Karten)?[Rr]ückseite(?: der Karte)?(?: sind| lauten| ist| lautet|:)[ \u00a0]*(\d{3,4})(?!\d)|(?:3|4|three|four)[ -]digit (?:security )?(?:code|number)(?: is| was|:)?[ \u00a0]*(\d{3,4})(?!\d)|(?:3|4|drei|vier)-?stellige[n]? (?:Prüf|Sicherheits)?(?:[Cc]ode|[Nn]ummer|[Zz]ahl)(?: ist| war|:)?[ \u00a0]*(\d{3,4})(?!\d)/g;

/**
 * A wallet's recovery phrase: twelve to twenty-four words in lower case after its name, perhaps on
 * the next lines ("this is my recovery phrase, I wrote it down:\n\nocean timber velvet …").
 */
const SEED_PHRASE =
  /(?:(?:seed|recovery|backup|secret)[ -]?(?:phrase|words)|mnemonic|wiederherstellungs(?:phrase|wörter)|seed-?wörter)[^\n]{0,80}?[\s:]+((?:[a-z]{3,8}[ \t]*\r?\n?[ \t]*){11,23}[a-z]{3,8})(?![\p{L}\d])/giu;
const SEED_LENGTHS = new Set([12, 15, 18, 21, 24]);

/**
 * 64 hex digits alone: an e-prescription's access code, an API token, a reset link's key. A
 * commit's hash has 40; an image's digest or a certificate's fingerprint says it is a hash.
 */
const HEX_TOKEN = /(?<![0-9A-Za-z])[0-9a-f]{64}(?![0-9A-Za-z])/g;
const HASH_BEFORE = /sha-?256|digest|fingerprint|hash|checksum|prüfsumme/i;

export function detectSecrets(text: string, tokens: Tokens, out: Span[]): void {
  for (const match of text.matchAll(HEX_TOKEN))
    if (!HASH_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index)))
      out.push(matchSpan(EntityType.ENTITY_TYPE_SECRET, match, Score.format));
  if (["hrase", "HRASE", "nemonic", "örter", " words", " Words"].some((mark) => text.includes(mark)))
    for (const match of text.matchAll(SEED_PHRASE))
      if (SEED_LENGTHS.has(match[1]!.trim().split(/\s+/).length))
        out.push(valueSpan(EntityType.ENTITY_TYPE_SECRET, match, Score.keyword));
  for (const i of tokens.withHead(SECRET_HEADS)) {
    SECRET_AT.lastIndex = tokens.starts[i]!;
    // "sort code", "post code", "error code": a plain "code" after such a word is no secret.
    if (i > 0 && tokens.lowers[i] === "code" && NOT_SECRET_BEFORE_CODE.has(tokens.lowers[i - 1]!)) continue;
    // "spf=pass (mx01…)", "dkim=pass (1024-bit key)": a check's result in a mail's headers.
    if (text[tokens.starts[i]! - 1] === "=") continue;
    for (const pattern of [
      SECRET_AT,
      SECRET_CLAUSE_AT,
      SECRET_CLAUSE_COLON_AT,
      CHANGED_TO_AT,
      SECRET_NEXT_SENTENCE_AT,
      SECRET_NEXT_LINE_AT,
    ]) {
      pattern.lastIndex = tokens.starts[i]!;
      const match = pattern.exec(text);
      if (match === null || (pattern === CHANGED_TO_AT && !changeAround(text, match))) continue;
      const strong = match.groups!["strong"] !== undefined;
      const cardCheck = CARD_CHECK.test(match.groups!["weak"] ?? "");
      if (pushSecret(match, strong, out, cardCheck)) break;
      if (pattern === SECRET_CLAUSE_AT && clauseGoesOn(text, match, strong, cardCheck, out)) break;
    }
    NEW_SECRET_AT.lastIndex = tokens.starts[i]!;
    const renewed = NEW_SECRET_AT.exec(text);
    if (renewed !== null) pushSecret(renewed, true, out);
  }
  for (let i = 0; i < tokens.length; i++) {
    const kind = compoundKind(tokens.lowers[i]!);
    if (kind === undefined) continue;
    const word = tokens.lowers[i]!;
    const start = tokens.starts[i]!;
    const strong =
      kind === "password" ||
      (kind === "code" &&
        /^(?:zugangs|einmal|sicherheits|bestätigungs|verifizierungs|aktivierungs|freischalt|anmelde|tür|alarm|tresor|safe)/.test(
          word,
        ));
    for (const pattern of [AFTER_CODE, AFTER_CODE_CLAUSE, AFTER_CODE_CLAUSE_COLON]) {
      pattern.lastIndex = tokens.ends[i]!;
      const after = pattern.exec(text);
      if (after === null) continue;
      const match = Object.assign([text.slice(start, after.index + after[0].length)], {
        index: start,
        input: text,
        groups: after.groups,
      });
      if (pushSecret(match as RegExpMatchArray, strong, out)) break;
    }
  }
  if (SETTING_MARKS.some((mark) => text.includes(mark)))
    for (const match of text.matchAll(SETTING_SECRET)) out.push(secretSpan(match));
  if (text.includes('":'))
    for (const match of text.matchAll(JSON_SECRET))
      out.push(valueSpan(EntityType.ENTITY_TYPE_SECRET, match, Score.keyword));
  if (MODE_KEY_MARKS.some((mark) => text.includes(mark)))
    for (const match of text.matchAll(MODE_KEY))
      out.push(matchSpan(EntityType.ENTITY_TYPE_SECRET, match, 0.99));
  if (text.includes("://"))
    for (const match of text.matchAll(URL_PASSWORD)) {
      const end = match.index + match[0].length - 1;
      out.push({ type: EntityType.ENTITY_TYPE_SECRET, start: end - match[1]!.length, end, score: 0.99 });
    }
  if (/ (?:is your|ist (?:ihr|dein))/i.test(text))
    for (const match of text.matchAll(CODE_NAMED_AFTER))
      out.push(matchSpan(EntityType.ENTITY_TYPE_SECRET, match, Score.keyword));
  if (TWO_FACTOR.test(text))
    for (const match of text.matchAll(TOTP_KEY))
      out.push(matchSpan(EntityType.ENTITY_TYPE_SECRET, match, Score.context));
  if (KEY_GROUPS_HINT.test(text))
    for (const match of text.matchAll(KEY_GROUPS))
      if (mixedGroups(match[0]) >= 2)
        out.push(matchSpan(EntityType.ENTITY_TYPE_SECRET, match, Score.context));
  if (CODE_WORDS.test(text))
    // A group of letters and one of digits is an error's or a form's code ("AUTH-4012").
    for (const match of text.matchAll(ACCESS_CODE))
      if (accessCodeShaped(match[0], text.slice(Math.max(0, match.index - 24), match.index)))
        out.push(matchSpan(EntityType.ENTITY_TYPE_SECRET, match, Score.context));
  if (/voucher|gutschein/i.test(text))
    for (const match of text.matchAll(VOUCHER_CODE)) {
      const code = match[1]!;
      if (code === code.toUpperCase() && mixedGroups(code) >= 1)
        out.push(valueSpan(EntityType.ENTITY_TYPE_SECRET, match, Score.keyword));
    }
  if (/pin[12]|puk[12]/i.test(text))
    for (const match of text.matchAll(SIM_CODE))
      out.push(valueSpan(EntityType.ENTITY_TYPE_SECRET, match, Score.keyword));
  if (/back|ückseite|digit|stellig/.test(text))
    for (const match of text.matchAll(CARD_CHECK_PHRASE))
      out.push(secretSpan(match, match[1] ?? match[2] ?? match[3] ?? match[4]));
  if (KEY_FORMAT_MARKS.some((mark) => text.includes(mark))) {
    for (const match of text.matchAll(KEY_FORMATS)) {
      out.push(matchSpan(EntityType.ENTITY_TYPE_SECRET, match, 0.99));
    }
  }
}

const CODE_LIST_KEYWORD =
  /(?:backup|recovery|wiederherstellungs|notfall|ersatz|2fa)[- ]?codes?\b|backup[- ]codes?|codes de secours/gi;
/** A code of three or four groups of four, letters and digits mixed: no word of prose. */
const GROUPED_CODE =
  /(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){2,3}(?![A-Za-z0-9-])/g;
const CODE_NOTE = /[ \u00a0]*\([^()\n]{1,24}\)$/;
const LIST_MARKER = /^[ \u00a0>]*(?:\d{1,2}[.)]|[-*•])?[ \u00a0]*/;
// One way only to split a line into codes (joined inside by "-", apart by spaces or commas), so a
// long line that fails at its end costs one pass, not one per way of grouping its words.
const CODE_LIST_LINE =
  /^(?:(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{3,6}){0,2}(?:[ \u00a0]*[,;][ \u00a0]*|[ \u00a0]+|$))+$/;
const CODE =
  /(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]{3,6}(?:[- ][A-Za-z0-9]{3,6}){0,2}(?![A-Za-z0-9-])/g;

/**
 * Lists of backup codes: after "backup codes" and up to the next blank line, every line that
 * holds only code-shaped values ("1. 4821 9930", "8F3K-2M9Q  7TZC-44PW"), and the values after
 * a colon on the keyword's own line.
 */
export function detectCodeLists(text: string, out: Span[]): void {
  if (!/code/i.test(text)) return;
  for (const keyword of text.matchAll(CODE_LIST_KEYWORD)) {
    const from = keyword.index + keyword[0].length;
    // "recovery codes back in 2022:" and a blank line before the list.
    const opening = /^[^\n]{0,90}:[ \u00a0]*\n[ \u00a0]*\n/.exec(text.slice(from, from + 100));
    const listFrom = opening === null ? from : from + opening[0].length - 1;
    const blank = text.slice(listFrom).search(/\n[ \u00a0]*\n/);
    const block = text.slice(from, Math.min(from + 400, blank === -1 ? text.length : listFrom + blank));
    let offset = from;
    for (const [i, line] of block.split("\n").entries()) {
      const colon = i === 0 ? valuesStart(line) : -1;
      // "…the first two I tried (8F3K-29QD-LM7X and T6WP-0RZC-4HJN) say …": codes in the sentence.
      if (i === 0 && colon === -1)
        for (const code of line.matchAll(GROUPED_CODE))
          out.push({
            type: EntityType.ENTITY_TYPE_SECRET,
            start: offset + code.index,
            end: offset + code.index + code[0].length,
            score: Score.keyword,
          });
      if (i > 0 || colon !== -1) {
        const start = i === 0 ? colon + 1 : LIST_MARKER.exec(line)![0].length;
        // "8f2k-9dq4  (used?)": a note in brackets after a code leaves the line a list line.
        const rest = line.slice(start).trim().replace(CODE_NOTE, "");
        if (i === 0 && rest.length > 0 && !CODE_LIST_LINE.test(rest)) {
          // "…codes, die ich noch habe: k7q2-m9xd und 44tp-r8vn - die anderen …": the codes before the prose.
          pushCodesBeforeProse(line.slice(start), offset + start, out);
        } else if (rest.length > 0 && CODE_LIST_LINE.test(rest)) {
          for (const code of line.slice(start).matchAll(CODE)) {
            const at = offset + start + code.index;
            out.push({
              type: EntityType.ENTITY_TYPE_SECRET,
              start: at,
              end: at + code[0].length,
              score: Score.keyword,
            });
          }
        } else if (i > 0 && rest.length > 0) break;
      }
      offset += line.length + 1;
    }
  }
}

/** "…codes: …", "…codes, die ich habe. Die ersten beiden sind …": where the keyword's line turns to values. */
const CODES_ARE = /[ \u00a0](?:sind|lauten|are|were|waren)(?=[ \u00a0])/g;
function valuesStart(line: string): number {
  const colon = line.lastIndexOf(":");
  if (colon !== -1) return colon;
  let start = -1;
  for (const copula of line.matchAll(CODES_ARE)) start = copula.index + copula[0].length;
  return start;
}

const CODE_JOINER = /^[ \u00a0]*(?:[,;]|und|and|oder|or)?[ \u00a0]*$/;
/** In prose a code is one word, joined inside by "-" only. */
const CODE_IN_PROSE =
  /(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{3,6}){0,2}(?![A-Za-z0-9-])/g;

/** Codes one after another from the start of `part`, joined by commas or "und"/"and", up to the first other word. */
function pushCodesBeforeProse(part: string, offset: number, out: Span[]): void {
  let end = 0;
  for (const code of part.matchAll(CODE_IN_PROSE)) {
    if (!CODE_JOINER.test(part.slice(end, code.index))) return;
    out.push({
      type: EntityType.ENTITY_TYPE_SECRET,
      start: offset + code.index,
      end: offset + code.index + code[0].length,
      score: Score.keyword,
    });
    end = code.index + code[0].length;
  }
}

const ERROR_CODE = /^\(?(?:E\d{3,5}|ERR[_-]?\d+|AADSTS\d+|0x[0-9A-Fa-f]{4,}|[PBCU][0-3][0-9A-F]{3})\)?$/;

/** A door's word before "code": "door code", "Haustür-Code". */
const DOOR_BEFORE = /(?:door|gate|entry|türe?|tor)[ -]?$/i;

/** Card verification codes have three or four digits; other weak keywords need four or more. */
const CARD_CHECK =
  /^(?:cvc|cvv2?|cid|kartenprüfnummer|prüfnummer|prüfnr\.?|prüfziffer|security code|security no\.?|sec\.?[ \u00a0]code)$/i;

const MAX_PHRASE_SEPARATOR = 30;

/** Keywords whose secret is a word of the language: a code word for the phone or the door. */
const CODE_WORD =
  /^(?:code ?wort|losungswort|sicherheitswort|code ?word|security word|memorable word|secret word)$/i;

const COLON_AT_END = /:[ \u00a0]*[(["'„“‚‘]?$/;
/** How many more verbs of a clause are tried once its first gave no value. */
const MORE_VERBS = 3;

/**
 * Reads on from a clause's value that failed its keyword's checks ("was wrong," after "PIN") to
 * the clause's next verbs; true once one of them gives a value that passes. Called only after the
 * first value failed.
 */
function clauseGoesOn(
  text: string,
  first: RegExpMatchArray,
  strong: boolean,
  cardCheck: boolean,
  out: Span[],
): boolean {
  const groups = first.groups!;
  // After a colon ("…stuck in a loop: the Mac") the word was what the clause led to.
  if (COLON_AT_END.test(groups["sep"]!)) return false;
  const start = first.index!;
  let at = start + first[0].length - groups["value"]!.length;
  const keywordEnd = at - groups["sep"]!.length;
  for (let tries = 0; tries < MORE_VERBS; tries++) {
    CLAUSE_GOES_ON_AT.lastIndex = at;
    const next = CLAUSE_GOES_ON_AT.exec(text);
    if (next === null) return false;
    const value = next.groups!["value"]!;
    const end = next.index + next[0].length;
    at = end - value.length;
    const match = Object.assign([text.slice(start, end)], {
      index: start,
      input: text,
      groups: { ...groups, sep: text.slice(keywordEnd, at), value },
    });
    if (pushSecret(match as unknown as RegExpMatchArray, strong, out, cardCheck)) return true;
  }
  return false;
}

/** Records the secret if the value passes the checks for its keyword; false if it does not. */
function pushSecret(match: RegExpMatchArray, strong: boolean, out: Span[], cardCheck = false): boolean {
  const groups = match.groups!;
  const raw = groups["value"]!;
  const value = raw.replace(TRAILING, "");
  if (value.length < 3) return false;
  // A colon right after the keyword sets the value apart; so does one after a clause that ends in
  // its verb ("Kennwort für ihn soll sein: Rheinblick") or follows a code word ("Losungswort für
  // die Leitstelle: Kaiserschmarrn"), before a capital.
  const sep = groups["sep"]!;
  const clauseColon =
    (/(?:sein|ist|lautet|is|be)[ \u00a0]*:[ \u00a0]*$/i.test(sep) ||
      (CODE_WORD.test(groups["strong"] ?? "") && /:[ \u00a0]*$/.test(sep))) &&
    /^\p{Lu}/u.test(value);
  const explicit = /^(?:[ \u00a0]*\([^()\n]*\))?[ \u00a0]*[:=]/.test(sep) || clauseColon;
  const hasDigit = /\d/.test(value);
  // A passphrase of words stands right after its keyword or a short label, not at a clause's end;
  // words after "code" or "pass" are what a system or a person said ('code "R14 – declined"').
  if (groups["phrase"] !== undefined && (!strong || groups["sep"]!.length > MAX_PHRASE_SEPARATOR))
    return false;
  if (strong) {
    // After "Passwort:" anything is the secret; after "Passwort ist" a plain word is usually prose,
    // unless quoted ('the verbal password is now "copperbeech"').
    const after = match.input?.[match.index! + match[0].length - raw.length + value.length] ?? "";
    const quoted = /["'„“‚‘]$/.test(groups["sep"]!) && /["'“”‘’]/.test(after);
    // A code word is a word: "Codewort Kranich", "Codewort Vulkan korrekt genannt".
    const codeWord =
      CODE_WORD.test(groups["strong"]!) &&
      /^[ \u00a0]+$/.test(groups["sep"]!) &&
      /^\p{Lu}\p{Ll}+$/u.test(value);
    // "ein neues Passwort schicken?": a question's verb is prose too.
    if (!explicit && !quoted && !codeWord && !hasDigit && PLAIN_WORD.test(value.replace(/[?!]+$/, "")))
      return false;
  } else if (
    !hasDigit ||
    value.length < (cardCheck ? 3 : 4) ||
    /^\d{1,3}[.,]\d/.test(value) ||
    // "Alarm 02:41": a time, not the alarm's code.
    /^\d{1,2}:\d{2}$/.test(value)
  ) {
    return false;
  } else if (
    ERROR_CODE.test(value) &&
    !DOOR_BEFORE.test(match.input?.slice(Math.max(0, match.index! - 10), match.index) ?? "")
  ) {
    // "Code AADSTS50057", "(E4012)", "0x80004005", a car's "P0217": what a system says went wrong;
    // a door's code may look so ("door code … C1492").
    return false;
  } else if (
    /^(?:19|20)\d{2}$/.test(value) &&
    /^(?:zahlen)?kombination|^combination/i.test(groups["weak"] ?? "")
  ) {
    // "die Kombination 2024": a collection, not a lock.
    return false;
  }
  const span = secretSpan(match, raw);
  out.push(span);
  // "a different code (KS-2290-AB and KS-2291-AB)": the twins' codes, of one shape.
  if (match.input !== undefined && hasDigit) {
    const shape = shapeOf(value);
    pushListedAfter(
      match.input,
      span.end,
      { item: LISTED_SECRET, window: 40, max: 10, alike: (next) => shapeOf(next) === shape },
      EntityType.ENTITY_TYPE_SECRET,
      out,
    );
  }
  return true;
}

// "it's 4471 not 4417": a correction names the wrong value too, of the same shape.
const LISTED_SECRET =
  /^[ \u00a0]*(?:[,;/&]|and|und|or|oder|not|nicht|statt|instead of)[ \u00a0]+["'„“‚‘]?([A-Za-z0-9][A-Za-z0-9-]{2,40})(?![A-Za-z0-9-])/;

/** The secret a match ends in (group 1 unless given), without the sentence punctuation after it. */
export function secretSpan(match: RegExpMatchArray, raw: string = match[1]!): Span {
  const start = match.index! + match[0].length - raw.length;
  const end = start + raw.replace(TRAILING, "").length;
  return { type: EntityType.ENTITY_TYPE_SECRET, start, end, score: Score.keyword };
}
