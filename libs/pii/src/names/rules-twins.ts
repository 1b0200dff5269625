import type { Span } from "../spans.js";
import { type NameFinder, NameScore } from "./name-finder.js";

// A writer from Kyiv or Baghdad gives a name in both scripts, one in brackets beside the other:
// "Olena Kovalenko (Олена Коваленко)", "Олена Коваленко\n(Olena Kovalenko)", "Haider Kadhim
// al-Maliki (حيدر كاظم المالكي)". The other script's name is found by other-scripts.ts; its
// Latin twin here, read with the lexicon, so "Mein Name" before it stays out.

const MAX_TWIN_WORDS = 5;
/** Words inside a Latin name that are not capitalized: "al-Maliki", "bin", "ibn", "de". */
const INNER_WORD = /^(?:(?:al|el|ad|as|ash)-\p{Lu}[\p{L}'’-]+|bin|bint|ibn|ben|bat|de|van|von)$/u;
const BEFORE_BRACKET = /^[ \u00a0]*\($/;
const AFTER_NAME = /^[ \u00a0]*\n?[ \u00a0]*\($/;

export function byScriptTwins(f: NameFinder, others: readonly Span[]): void {
  const t = f.tokens;
  const text = f.text;
  const twinWord = (i: number) => !f.covered[i] && (f.nameLike(i) || INNER_WORD.test(t.words[i]!));
  for (const other of others) {
    // The Latin name before the bracket that holds the other.
    if (text[other.start - 1] === "(" && text[other.end] === ")") {
      const last = t.lastEndingBefore(other.start);
      if (last >= 0 && BEFORE_BRACKET.test(text.slice(t.ends[last]!, other.start)) && twinWord(last)) {
        let first = last;
        while (first > 0 && last - first < MAX_TWIN_WORDS - 1 && t.joined(first) && twinWord(first - 1))
          first--;
        if (f.nameLike(first) && twinOf(f, first, last + 1)) f.emit(first, last + 1, NameScore.context);
      }
      continue;
    }
    // The Latin name in the bracket after it.
    const first = t.firstAtOrAfter(other.end);
    if (first >= t.length || !AFTER_NAME.test(text.slice(other.end, t.starts[first]!))) continue;
    let end = first;
    while (
      end < t.length &&
      end - first < MAX_TWIN_WORDS &&
      (end === first || t.joined(end)) &&
      twinWord(end)
    )
      end++;
    if (end > first && text[t.ends[end - 1]!] === ")" && twinOf(f, first, end))
      f.emit(first, end, NameScore.context);
  }
}

/** Two words or more, or one the lexicon knows as a name: "auf Russisch (…)" names a language. */
function twinOf(f: NameFinder, from: number, to: number): boolean {
  return to - from >= 2 || f.known(from);
}
