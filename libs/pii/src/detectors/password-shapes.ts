import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// A password as people make them up, letters, digits and a mark mixed ("Kestrel!Moor84",
// "LfE#Kitz-0917", "Sommer#2024"), in a mail about logging in: the shape says what it is wherever
// it stands, after "it's definitely", "the last one I set was" or "neu:" as after "Passwort:".

/** A mail about an account or a device's login. */
const LOGIN_WORDS = /passw|kennw|pwd|\bpw\b|log-?in|anmeld|zugang|wlan|wi-?fi|router|schlüssel|\bkey\b/i;
/** The marks passwords take: each word around one is looked at, not every word of the mail. */
const MARKS = /[!#%&*?@§+]/g;
/** What ends a word around a mark: a blank, a quote, a bracket, or an export's ";" between cells. */
const WORD_END = /[\s"'“”„‘’<>()[\];]/;
const LETTER = /[A-Za-z]/;
const DIGIT = /\d/;
const MARK = /[!#%&*?@§+]/;
/**
 * Addresses, links, tags, a log's or a header's "key=value", a time's zone ("GMT+01:00") and a
 * dialling code ("+43-Nummer") have the marks too.
 */
const NOT_PASSWORD = /@[^\s]*\.|:\/\/|^www\.|^#|^@|=|\d:\d\d|^\+\d/i;

export function detectPasswordShapes(text: string, out: Span[]): void {
  if (!MARK.test(text) || !LOGIN_WORDS.test(text)) return;
  let after = -1;
  for (const mark of text.matchAll(MARKS)) {
    if (mark.index < after) continue;
    let start = mark.index;
    while (start > 0 && !WORD_END.test(text[start - 1]!)) start--;
    let end = mark.index + 1;
    while (end < text.length && !WORD_END.test(text[end]!)) end++;
    after = end;
    // A question's mark ends the sentence; a password's "!" is kept ("Sommer2024!").
    const value = text.slice(start, end).replace(/[.,;:?]+$/, "");
    if (value.length < 8 || value.length > 40) continue;
    if (!LETTER.test(value) || !DIGIT.test(value) || !MARK.test(value) || NOT_PASSWORD.test(value)) continue;
    out.push({
      type: EntityType.ENTITY_TYPE_SECRET,
      start,
      end: start + value.length,
      score: Score.context,
    });
  }
}

/**
 * "Die Passwörter könnte sie alle probieren:\n\nSelin&Can2017\nIstanbul.Koeln.34": a list of
 * passwords, one to a line after a line about passwords that ends in a colon, up to a blank line
 * or a line of prose.
 */
const PASSWORD_LIST_HEAD = /(?:passw|kennw|pwd)[^\n]{0,80}:[ \t]*\r?\n(?:[ \t]*\r?\n)?/gi;
const LISTED_PASSWORD = /^([ \t>]*(?:[-*•]|\d{1,2}[.)])?[ \t]*)(\S{4,40})[ \t]*\r?$/;
const PASSWORD_CHARACTER = /[\d!#%&*?@§+.$_-]/;

export function detectPasswordLists(text: string, out: Span[]): void {
  if (!/passw|kennw|pwd/i.test(text)) return;
  for (const head of text.matchAll(PASSWORD_LIST_HEAD)) {
    let at = head.index + head[0].length;
    while (at < text.length) {
      const lineEnd = text.indexOf("\n", at);
      const line = text.slice(at, lineEnd === -1 ? text.length : lineEnd);
      const listed = LISTED_PASSWORD.exec(line);
      if (listed === null || !PASSWORD_CHARACTER.test(listed[2]!)) break;
      const start = at + listed[1]!.length;
      out.push({
        type: EntityType.ENTITY_TYPE_SECRET,
        start,
        end: start + listed[2]!.length,
        score: Score.keyword,
      });
      if (lineEnd === -1) break;
      at = lineEnd + 1;
    }
  }
}
