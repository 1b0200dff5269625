import { EntityType } from "../entity-types.js";
import { Score, type Span } from "../spans.js";

// A password as people make them up, letters, digits and a mark mixed ("Kestrel!Moor84",
// "LfE#Kitz-0917", "Sommer#2024"), in a mail about logging in: the shape says what it is wherever
// it stands, after "it's definitely", "the last one I set was" or "neu:" as after "Passwort:".

/** A mail about an account or a device's login. */
const LOGIN_WORDS = /passw|kennw|pwd|\bpw\b|log-?in|anmeld|zugang|wlan|wi-?fi|router|schlüssel|\bkey\b/i;
/** The marks passwords take: each word around one is looked at, not every word of the mail. */
const MARKS = /[!#%&*?@§+]/g;
/** What ends a word around a mark: a blank, a quote or a bracket. */
const WORD_END = /[\s"'“”„‘’<>()[\]]/;
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
