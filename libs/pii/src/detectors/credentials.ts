import { L } from "../chars.js";
import type { Span } from "../spans.js";
import { keywordHeads, type Tokens } from "../tokens.js";
import { secretSpan, TRAILING } from "./secrets.js";

// Secrets that stand where no keyword is right before them: access codes in a list of doors and
// boxes, a Wi-Fi key after the network's name, the password of a "user / password" pair, a
// password a sentence later called "the old one" or changed "to" something, and the answer to a
// security question.

const SECRET_VALUE = String.raw`[^\s"'“”„<>\[\]]{4,64}`;
const ACCESS_WORDS = `haustür|hoftür|hintertür|kellertür|gartentür|seitentür|hoftor|gartentor|hauseingang|tür|tor|schlüsselbox|schlüsselkasten|schlüsseltresor|tresor|safe|alarm(?:anlage)?|garage|key ?box|lockbox|key safe|door|gate|entrance|building door|front door|schranke|barrier`;
/**
 * "Haustür unten: 2580#", "Lockbox on the 3rd floor: 0-4-7-2", "Code Schlüsselbox: 7319", "die
 * Haustür geht mit 1234# auf", "Code für die Haustür 1397", "key safe 3-8-8-2" (a box's code right
 * after it, not a year), "unset with 1 9 7 3", "Schranke Parkplatz Nordufer: 3390"; tried at the
 * word.
 */
const ACCESS_CODE_AT = new RegExp(
  String.raw`(?:${ACCESS_WORDS})(?![${L}])(?:[^\n:]{0,25}:[ \u00a0]*|[^\n:.]{0,25}?[ \u00a0](?:mit|with)[ \u00a0]+|(?<=code[ \u00a0]+(?:für|for|zur|zum|to)[ \u00a0]+(?:(?:die|den|das|der|the)[ \u00a0]+)?[${L}]+)[ \u00a0]+|(?<=key ?safe|lockbox|key ?box|schlüssel(?:box|kasten|tresor))[ \u00a0]+(?!(?:19|20)\d{2}(?![\d-])))(\d(?:[- ]?\d){2,9}[#*]?)(?![${L}0-9])(?![ \u00a0]*(?:mm|cm|m|kg|€|eur|euro|%|stück|x)(?![${L}]))`,
  "iuy",
);
const ACCESS_HEADS = keywordHeads(ACCESS_WORDS);
/** 'WLAN "Seeblick_Gast", Schlüssel kR7pL2qW9xZm', "… und der Schlüssel ist 4471 8820": the key after the network's name. */
const WIFI_KEY = new RegExp(
  String.raw`(?:wlan|wifi|wi-fi)[^\n]{0,40}?(?<![${L}])(?:schlüssel|key|passwort|password|pw|pass)(?![${L}])[ \u00a0]*(?:[:=]|(?:ist|is|lautet)(?![${L}]))?[ \u00a0]*["„]?(\d{3,5}(?:[ \u00a0]\d{3,5}){1,5}(?![${L}0-9])|${SECRET_VALUE})`,
  "giu",
);
const CREDENTIAL_WORDS = `admin-login|zugangsdaten|anmeldedaten|logindaten|login(?:[ -]?(?:details|daten|data))?|credentials|mysql|ftp|sftp|ssh|admin(?:istrator)?|datenbank|database|db`;
/**
 * "Zugangsdaten: webshop-admin / Qx7!mLp2", "MySQL: dbadmin / b7Rk2pLm9XqN", "Login admin /
 * Qr7!vTm#40": the second of a pair.
 */
const CREDENTIAL_PAIR_AT = new RegExp(
  String.raw`(?:${CREDENTIAL_WORDS})(?:[ \u00a0]*:[ \u00a0]*|[ \u00a0](?=[^\s/]*\p{L}))[^\s/]{2,40}[ \u00a0]*\/[ \u00a0]*(${SECRET_VALUE})`,
  "iuy",
);
const CREDENTIAL_HEADS = keywordHeads(CREDENTIAL_WORDS);
/** "the old one was …", "das alte war …", "changed it to …": a password named a clause or line before. */
const PASSWORD_AGAIN = new RegExp(
  String.raw`(?:(?:the|my)[ \u00a0]+(?:old|new|previous|current)[ \u00a0]+one[ \u00a0]+(?:was|is)|(?:das|der|die|mein|meine)[ \u00a0]+(?:alte|neue|alter|neuer|altes|neues)[ \u00a0]+(?:war|ist|lautet|lautete)|changed[ \u00a0]+it[ \u00a0]+to|(?:geändert|umgestellt|gesetzt)[ \u00a0]+auf|(?:es|ihn|sie)[ \u00a0]+auf|(?:mit[ \u00a0]+dem|with[ \u00a0]+the)[ \u00a0]+(?:alten|neuen|old[ \u00a0]+one|new[ \u00a0]+one)[ \u00a0]*\()[ \u00a0]*:?[ \u00a0]*(${SECRET_VALUE})`,
  "giu",
);
/** "the memorable word … is penguin", "Die Antwort auf meine Sicherheitsfrage (…) ist Flocke": one word, even a plain one. */
const SECURITY_ANSWER = new RegExp(
  String.raw`(?:memorable word|memorable information|secret answer|security answer|sicherheitsantwort|antwort auf (?:meine|die) sicherheitsfrage)(?:(?![ \u00a0](?:is|ist|lautet|war|was)[ \u00a0])[^\n.:]){0,80}(?:[ \u00a0](?:is|ist|lautet|war|was)[ \u00a0]+|:[ \u00a0]*)["„“]?(?!(?:the|der|die|das|mein|meine|my|your|his|her|ein|eine|an)[ \u00a0])([${L}0-9][${L}0-9!#$%&*+-]{2,40})`,
  "giu",
);
const PASSWORD_BEFORE = /passwor[dt]|kennwort|\bpin\b|passcode|zugangscode|\bkey\b|schlüssel|wlan|wi-?fi/i;
/**
 * "Neuer Code für die Kellertür ab 01.06.: 5830", "the gate padlock combination changes on 1 June to
 * 6204", "der neue Code für die Müllraumtür ist ab Montag 3915": a code for a door, a gate or a lock
 * a few words after its keyword (the door's word before or after it), a date perhaps between.
 */
const DOOR_CODE = new RegExp(
  String.raw`(?<![${L}])(?:code|combination|zahlenkombination|kombination|portkod(?:en)?|digicode|dørkode(?:n)?)(?![${L}])([^\n]{0,50}?)(?::|[ \u00a0](?:ist|is|lautet|to|auf))[ \u00a0]*(?:(?:ab|from)[ \u00a0]+[${L}]+[ \u00a0]+)?(\d{4,8}#?)(?!\d|[.,:/]\d)`,
  "giu",
);
const DOOR_WORD =
  /tür|tor(?!\p{L})|gate|door|padlock|schloss|lock|box|safe|garage|keller|briefkasten|portkod|digicode|dørkode/iu;

/** "es auf … geändert": the German form needs its verb after the value. */
const GERMAN_CHANGE_AFTER = /^[ \u00a0]*(?:geändert|gesetzt|umgestellt)/;

export function detectCredentials(text: string, tokens: Tokens, out: Span[]): void {
  const push = (match: RegExpMatchArray): void => {
    const value = match[1]!.replace(TRAILING, "");
    if (value.length < 3 || !/\d|[^\p{L}\s]|\p{Lu}.*\p{Ll}|\p{Ll}.*\p{Lu}/u.test(value)) return;
    // "Tor 2: 2024-03-12" names a date, not a code.
    if (/^\d{4}-\d{2}-\d{2}$|^\d{1,2}-\d{1,2}-\d{2,4}$/.test(value)) return;
    out.push(secretSpan(match));
  };
  for (const [pattern, heads] of [
    [ACCESS_CODE_AT, ACCESS_HEADS],
    [CREDENTIAL_PAIR_AT, CREDENTIAL_HEADS],
  ] as const) {
    for (const i of tokens.withHead(heads)) {
      pattern.lastIndex = tokens.starts[i]!;
      const match = pattern.exec(text);
      if (match !== null) push(match);
    }
  }
  if (/wlan|wi-?fi/i.test(text)) for (const match of text.matchAll(WIFI_KEY)) push(match);
  if (/code|kod|kombination|combination/i.test(text))
    for (const match of text.matchAll(DOOR_CODE))
      if (DOOR_WORD.test(text.slice(Math.max(0, match.index - 30), match.index) + match[0]))
        out.push(secretSpan(match, match[2]!));
  if (/memorable|secret answer|security answer|sicherheits(?:antwort|frage)/i.test(text))
    // A security answer is often a plain word, which the checks above would take for prose.
    for (const match of text.matchAll(SECURITY_ANSWER)) out.push(secretSpan(match));
  if (!PASSWORD_BEFORE.test(text)) return;
  for (const match of text.matchAll(PASSWORD_AGAIN)) {
    const before = text.slice(Math.max(0, match.index - 200), match.index);
    if (!PASSWORD_BEFORE.test(before)) continue;
    const lead = match[0].slice(0, match[0].length - match[1]!.length).trimEnd();
    // "es auf … geändert" needs its verb after the value; "geändert auf …" has it before.
    if (/auf$/i.test(lead) && !/^(?:geändert|umgestellt|gesetzt)/i.test(lead)) {
      const end = match.index + match[0].length;
      if (!GERMAN_CHANGE_AFTER.test(text.slice(end, end + 14))) continue;
    }
    push(match);
  }
}
