import { type NameFinder, NameScore } from "./name-finder.js";
import { roleMailboxAfter, teamMailboxAfter } from "./rules-context.js";
import {
  ANGLE_ADDRESS,
  POSSESSIVES,
  QUOTED_DISPLAY_NAME,
  SIGNOFF_INLINE,
  SIGNOFF_LINE_END,
  SIGNOFF_WHOLE_LINE,
  WROTE_WORDS,
} from "./triggers.js";
import { flagsOf, Word } from "./word-flags.js";

const SENTENCE_END_BEFORE = /[.!?)][ \t]+$/;
/** A number that ends a message's last words: "…Mähwerk 0151 2280 Gruß Kaya". */
const NUMBER_BEFORE = /\d[ \t]+$/;
/** Nothing after the signed name but punctuation, or a phone number: "Gruß B. Kowalski 0160 …". */
const LINE_REST_EMPTY = /^[ \t]*(?:$|\r?\n|[,|(/–-]|(?:\+|0)\d{2,4}[ \d/-]{5,}(?:\r?\n|$))/;
const MAX_NAME_TOKENS = 6;
const MAX_SIGNOFF_LINE = 90;

/** "Mit freundlichen Grüßen\nAnna Schmidt", "Gruß Max", "Best regards, John", "--\nMax Mustermann". */
export function bySignoff(f: NameFinder): void {
  const t = f.tokens;
  const text = f.text;
  let lastLine = -1;
  for (let i = 0; i < t.length; i++) {
    // "…Dentist at 3. Thanks, Dan": a sign-off may open the last sentence of a line too.
    const signoff = f.has(i, Word.signoffFirst);
    const before = signoff && !t.opensLine(i) ? text.slice(Math.max(0, t.starts[i]! - 3), t.starts[i]) : "";
    // After a number only a capitalized sign-off: "…drei zwei sechs danke schön" is dictation.
    const afterNumber = NUMBER_BEFORE.test(before);
    const afterSentence = SENTENCE_END_BEFORE.test(before) || afterNumber;
    const opens = signoff && (t.opensLine(i) || afterSentence);
    const closes = f.has(i, Word.signoffLast) && t.closesLine(i);
    if (!opens && !closes) continue;
    const lineStart = opens && afterSentence ? t.starts[i]! : lineStartOf(text, t.starts[i]!);
    if (lineStart === -1 || lineStart === lastLine) continue;
    const newline = lineEndOf(text, t.starts[i]!);
    if (newline === -2) continue;
    const line = text.slice(lineStart, newline === -1 ? text.length : newline).replace(/\r$/, "");
    if (line.length > MAX_SIGNOFF_LINE) continue;
    if (
      (opens && !afterSentence && SIGNOFF_WHOLE_LINE.test(line)) ||
      (closes && SIGNOFF_LINE_END.test(line.slice(-45)))
    ) {
      lastLine = lineStart;
      nameOnNextLine(f, newline);
      continue;
    }
    const inline = opens ? SIGNOFF_INLINE.exec(line) : null;
    if (inline === null) continue;
    const first = f.skipTitles(t.firstAtOrAfter(lineStart + inline[0].length));
    if (lowerCaseInitialName(f, first)) {
      lastLine = lineStart;
      f.emit(first, first + 2, NameScore.context);
      continue;
    }
    // "Gruß M. Schäfer-Lindner", "mfg E Arslan", "Gruß HP Brückner": the family name after
    // initials says it is a name.
    const initials = t.isInitial(first) || /^\p{Lu}{1,2}$/u.test(t.words[first] ?? "");
    const anchor = first + 1 < t.length && initials && f.nameLike(first + 1) ? first + 1 : first;
    if (anchor >= t.length || f.covered[first] || !(f.nameLike(anchor) || f.firstName(anchor))) continue;
    if (afterNumber && !t.isCapitalized(i)) continue;
    let end = f.extendRight(anchor, anchor + 1);
    if (!t.isCapitalized(anchor)) end = f.extendLowerCase(end);
    const rest = text.slice(t.ends[end - 1]! + (t.dots[end - 1] ? 1 : 0)).replace(/^[.!]/, "");
    if (LINE_REST_EMPTY.test(rest) || (f.known(first) && !afterSentence)) {
      lastLine = lineStart;
      f.emit(first, end, NameScore.context);
    }
  }
  for (let dash = text.indexOf("--"); dash !== -1; dash = text.indexOf("--", dash + 2)) {
    if ((dash === 0 || text[dash - 1] === "\n") && /^--[ \t]?\r?\n/.test(text.slice(dash, dash + 4))) {
      nameOnNextLine(f, text.indexOf("\n", dash));
    }
  }
  // "…direct debit.\n\nDemetris Ioannou\n07712 605 338": a signature with no sign-off above it.
  for (const match of text.matchAll(NAME_OVER_CONTACT)) nameOnNextLine(f, match.index + match[0].length - 1);
}

/**
 * "gruß r. hoffmann": in a mail typed in lower case (read recased, so the name may have its
 * capital back), an initial and a known family name, all the signed line holds.
 */
function lowerCaseInitialName(f: NameFinder, first: number): boolean {
  const t = f.tokens;
  const family = first + 1;
  if (family >= t.length || !t.dots[first] || !/^[a-zäöü]$/.test(t.words[first]!)) return false;
  if (t.gapBefore(family) !== " ") return false;
  if ((f.flags[family]! & (Word.surname | Word.notName)) !== Word.surname) return false;
  return LINE_REST_EMPTY.test(f.text.slice(t.ends[family]!));
}

/** A paragraph's break, then a line of two or three capitalized words over a phone or an e-mail. */
const NAME_OVER_CONTACT =
  /\n[ \t]*\r?\n(?=[ \t]*\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}[ \t]*\r?\n[ \t]*(?:\+\d|0\d|(?:[Tt]el|TEL|[Pp]hone|[Mm]ob|[Hh]andy|[Ff]on)[.:]?[ \t]|[^\s@]+@[^\s@]+\.))/gu;

/** The name on the first line after `newline` that holds text, if that line is just a name. */
function nameOnNextLine(f: NameFinder, newline: number): void {
  if (newline === -1) return;
  const t = f.tokens;
  const lineStart = nextNonEmptyLine(f.text, newline);
  if (lineStart === -1) return;
  const first = t.firstAtOrAfter(lineStart);
  if (first >= t.length || /[^\s>]/.test(f.text.slice(lineStart, t.starts[first]!))) return;
  const i = f.skipTitles(first);
  if (i >= t.length || f.covered[i]) return;
  if (!(f.nameLike(i) || f.firstName(i))) {
    nameInCapitals(f, i);
    return;
  }
  const end = f.extendRight(i, i + 1);
  const rest = f.text.slice(t.ends[end - 1]! + (t.dots[end - 1] ? 1 : 0));
  if (LINE_REST_EMPTY.test(rest)) f.emit(i, end, NameScore.context);
  else if (COUPLE_JOINER.test(rest)) coupleOnLine(f, i, end);
}

const COUPLE_JOINER = /^[ \t]*(?:&|\+|und|u\.|and)[ \t]+\p{Lu}/u;
/** What follows "&" in a firm's name: "Brinkmann & Söhne", "Lee & Partner". */
const FIRM_AFTER_AMPERSAND = /^(?:söhne|sohn|sons|son|partner|partners|co|cie|kollegen|team)$/;

/** "Max & Eleni", "Bex and Ollie", "Gerlinde u. Horst Wenzlaff": a couple signing together. */
function coupleOnLine(f: NameFinder, i: number, end: number): void {
  const t = f.tokens;
  const second = end + 1 < t.length && /^(?:and|und|u)$/.test(t.lowers[end]!) ? end + 1 : end;
  if (second >= t.length || !(f.nameLike(second) || f.firstName(second))) return;
  // "Sanitätshaus Brinkmann & Söhne": a firm's name after the sign-off.
  if (f.has(second, Word.company) || FIRM_AFTER_AMPERSAND.test(t.lowers[second]!)) return;
  const secondEnd = f.extendRight(second, second + 1);
  if (!LINE_REST_EMPTY.test(f.text.slice(t.ends[secondEnd - 1]!))) return;
  f.emit(i, end, NameScore.context);
  if (!f.covered[second]) f.emit(second, secondEnd, NameScore.context);
}

/** "YOURS FAITHFULLY\nA. PENHALIGON": a line of one to four words in capitals, initials among them, and nothing else. */
function nameInCapitals(f: NameFinder, first: number): void {
  const t = f.tokens;
  let end = first;
  while (end < t.length && end - first < 4 && (end === first || t.joined(end))) {
    const word =
      t.isUpperCase(end) &&
      t.words[end]!.length >= 2 &&
      t.lowers[end]!.split("-").every((part) => (flagsOf(part) & (Word.notName | Word.company)) === 0);
    if (!word && !t.isInitial(end)) break;
    end++;
  }
  if (end === first || !t.isUpperCase(end - 1)) return;
  if (LINE_REST_EMPTY.test(f.text.slice(t.ends[end - 1]!))) f.emit(first, end, NameScore.context);
}

/** Line start, looking back at most a sign-off line's length (huge one-line texts stay linear). */
function lineStartOf(text: string, index: number): number {
  const stop = Math.max(0, index - MAX_SIGNOFF_LINE);
  for (let i = index - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop === 0 ? 0 : -1;
}

/** The next line break within a sign-off line's length; -1 on the last line, -2 if the line is too long. */
function lineEndOf(text: string, index: number): number {
  const stop = Math.min(text.length, index + MAX_SIGNOFF_LINE);
  for (let i = index; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop === text.length ? -1 : -2;
}

/** Start of the next line holding a letter, from the line break at `newline`, skipping up to two lines. */
function nextNonEmptyLine(text: string, newline: number): number {
  let position = newline;
  for (let skipped = 0; skipped < 3 && position !== -1; skipped++) {
    const next = text.indexOf("\n", position + 1);
    const line = text.slice(position + 1, next === -1 ? undefined : next);
    if (/[A-Za-z\u00c0-\u024f]/.test(line)) return position + 1;
    position = next;
  }
  return -1;
}

/** Display names in quote headers: `"Müller, Thomas" <…>`, `Max Mustermann <…>`, "schrieb Max Mustermann:". */
export function byQuoteHeaders(f: NameFinder): void {
  const t = f.tokens;
  if (f.text.includes('"')) {
    for (const match of f.text.matchAll(QUOTED_DISPLAY_NAME)) {
      const from = t.firstAtOrAfter(match.index + 1);
      const to = t.firstAtOrAfter(match.index + 1 + match[1]!.length);
      if (to <= from) continue;
      let names = true;
      for (let i = from; i < to; i++) names &&= f.nameLike(i) || t.isInitial(i) || f.has(i, Word.particle);
      if (
        names &&
        !f.holdsRoleWord(from, to) &&
        (to - from > 1 || f.firstName(from) || !roleMailboxAfter(f.text, match.index + match[0].length - 1))
      ) {
        f.emit(from, to, NameScore.context);
      }
    }
  }
  if (f.text.includes("<")) {
    for (const match of f.text.matchAll(ANGLE_ADDRESS)) {
      const end = t.lastEndingBefore(match.index) + 1;
      if (end <= 0 || !/^["'\t ]*$/.test(f.text.slice(t.ends[end - 1]!, match.index))) continue;
      emitBackward(f, end, true);
    }
  }
  for (let i = 0; i < t.length; i++) {
    if (!WROTE_WORDS.has(t.lowers[i]!)) continue;
    const after = i + 1;
    if (after < t.length && /^[ \t]{1,2}$/.test(t.gapBefore(after)) && f.nameLike(after)) {
      const end = f.extendRight(after, after + 1);
      // Only a display name: it must end the header ("<address>", ":" or the line end).
      const rest = f.text.slice(t.ends[end - 1]!, t.ends[end - 1]! + 3);
      const mailbox =
        (end - after === 1 && !f.firstName(after) && roleMailboxAfter(f.text, t.ends[end - 1]!)) ||
        (end - after > 1 && teamMailboxAfter(f, after, end));
      if (/^[ \t]*(?:<|:|\r?\n|$)/.test(rest) && !mailbox) f.emit(after, end, NameScore.context);
    }
    if (i > 0 && /^[ \t]{1,2}$/.test(t.gapBefore(i))) emitBackward(f, i);
  }
}

/** Emits the display name that ends right before token `end` (before "<address>" or "schrieb"). */
function emitBackward(f: NameFinder, end: number, beforeAddress = false): void {
  const t = f.tokens;
  let start = end;
  let nameParts = 0;
  while (start > 0 && end - start < MAX_NAME_TOKENS) {
    const i = start - 1;
    const particle = f.has(i, Word.particle);
    // "Nguyen Thi Mai <…>": a given name that is also a word ends a display name of more words.
    const lastGiven =
      beforeAddress &&
      i === end - 1 &&
      i > 0 &&
      t.isCapitalized(i) &&
      f.has(i, Word.ambiguousGiven) &&
      t.joined(i) &&
      f.nameLike(i - 1);
    if (!(f.nameLike(i) || t.isInitial(i) || particle || lastGiven) || (start < end && !t.joined(start)))
      break;
    if (!particle) nameParts++;
    start = i;
  }
  while (start < end && f.has(start, Word.particle) && !t.isCapitalized(start)) start++;
  if (start >= end || nameParts === 0 || f.holdsRoleWord(start, end)) return;
  // "meine Enkelin schreibt diesen Brief": a noun after a possessive writes, not a display name.
  if (!beforeAddress && start > 0 && POSSESSIVES.has(t.lowers[start - 1]!)) return;
  // "Kowalczyk, Agnieszka <…>": the family name first, set off by a comma.
  if (
    beforeAddress &&
    end - start === 1 &&
    start > 0 &&
    f.firstName(start) &&
    /^,[ \t]$/.test(t.gapBefore(start)) &&
    f.nameLike(start - 1) &&
    !f.firstName(start - 1)
  )
    start--;
  // A lone unknown word before a role mailbox ("Alpenbank <info@…>") is no person, nor a firm's
  // name that its address spells ("Payvant Disputes <disputes@payvant.eu>").
  if (beforeAddress && end - start === 1 && !f.firstName(start) && roleMailboxAfter(f.text, t.ends[start]!))
    return;
  if (beforeAddress && f.namesADomain(start, end)) return;
  f.emit(start, end, NameScore.context);
}

/** A transcript line's time or bracket, before its speaker. */
const CHAT_LINE_START = String.raw`^[ \t>]*(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)`;
/**
 * A chat transcript's speaker after the line's time: "08:15 Hollie: Morning!", "[09.04., 09:35]
 * Kasia: ???", "[14:11] Agent Lisa: …", "[10:42] Kowalski, Anna: …" (family name first, as Teams
 * pastes it), "[11/01/2025, 19:02:14] Thandi ❤: …". The role before the name is no part of it.
 */
const CHAT_SPEAKER = new RegExp(
  String.raw`${CHAT_LINE_START}(?:(?:Agent|Agentin|Kunde|Kundin|Customer|Support|Mitarbeiter|Mitarbeiterin)[ \t]+)?(\p{Lu}[\p{L}'’-]+(?:,[ \t]\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?|[ \t]\p{Lu}[\p{L}'’-]+)?(?:[ \t]\p{Lu}\.?)?)[ \t]*(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)[ \t]*)*:`,
  "gmu",
);
/**
 * "[18.07. 21:15] Service-Team (Kai): …": the name in brackets after the speaker's team or role.
 * After a name the brackets hold the firm ("Niklas (Korvell):"), after a visitor nobody ("Anonym").
 */
const CHAT_SPEAKER_IN_BRACKETS = new RegExp(
  String.raw`${CHAT_LINE_START}(?:[\p{L}-]*(?:[Tt]eam|[Ss]ervice|[Ss]upport)|Agent|Agentin|Berater|Beraterin|Mitarbeiter|Mitarbeiterin|Advisor|Adviser)[ \t]*\((\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)\)[ \t]*:`,
  "gmu",
);

/** Speakers a transcript names by their part: "Visitor:", "Caller:", "Mama:". */
const CHAT_ROLES = new Set(
  "visitor caller anrufer anruferin besucher besucherin gast guest user nutzer nutzerin bot system mama papa mum mom dad".split(
    " ",
  ),
);

/** Whether a line opens with a time or a bracket, as a transcript's lines do: one look per line. */
function hasTimedLine(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let i = start;
    while (text[i] === " " || text[i] === "\t" || text[i] === ">") i++;
    const code = text.charCodeAt(i);
    if (code === 91 /* [ */ || (code >= 48 && code <= 57 && (text[i + 1] === ":" || text[i + 2] === ":")))
      return true;
    const newline = text.indexOf("\n", i);
    if (newline === -1) return false;
    start = newline + 1;
  }
  return false;
}

export function byChatSpeakers(f: NameFinder): void {
  if (!hasTimedLine(f.text)) return;
  const t = f.tokens;
  for (const match of [...f.text.matchAll(CHAT_SPEAKER), ...f.text.matchAll(CHAT_SPEAKER_IN_BRACKETS)]) {
    const nameAt = match.index + match[0].lastIndexOf(match[1]!);
    const from = t.firstAtOrAfter(nameAt);
    const to = t.firstAtOrAfter(nameAt + match[1]!.length);
    // "Agent Joseph K:": an initial after the name belongs to it, also where another rule took the name.
    const initial = to - from > 1 && t.lowers[to - 1]!.length === 1;
    if (to <= from || (f.covered[from] && (!initial || f.covered[to - 1]))) continue;
    let names = true;
    for (let i = from; i < to; i++)
      names &&= (f.nameLike(i) || f.known(i) || (initial && i === to - 1)) && !CHAT_ROLES.has(t.lowers[i]!);
    if (names && !f.holdsRoleWord(from, to) && !f.namesADomain(from, to)) f.emit(from, to, NameScore.context);
  }
}
