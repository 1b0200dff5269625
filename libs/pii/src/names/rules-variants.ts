import { endOfLine } from "../chars.js";
import { type NameFinder, NameScore } from "./name-finder.js";
import { markless, Word } from "./word-flags.js";

// A name carried from another script is spelled several ways in one mail: "Rana Al-Khatib (im
// Pass: RANA ALKHATIB)", "Rezaei … "Rezaee" (Arbeitsvertrag), "Rezaie"", "Leen Alhasan, im Pass
// "LIN ALHASSAN"". A passport's capitals or a quoted spelling close to a name found in the mail
// is that name.

const MIN_PART = 4;

export function bySpellingVariants(f: NameFinder): void {
  const t = f.tokens;
  const spellings = new Set<string>();
  for (const span of f.found)
    for (let i = t.firstAtOrAfter(span.start); i < t.length && t.starts[i]! < span.end; i++)
      if (t.lowers[i]!.length >= MIN_PART && !f.has(i, Word.particle | Word.notName))
        spellings.add(t.lowers[i]!);
  if (spellings.size === 0) return;
  // Taken apart only once a word in capitals or quotes asks: most mails hold none.
  let skeletons: Set<string> | undefined;
  for (let i = 0; i < t.length; i++) {
    if (f.covered[i] || f.has(i, Word.notName | Word.company)) continue;
    // Capitals among words in lower case (a line all in capitals is a heading or a form's), or a
    // quotation that holds the name alone.
    const quotation = quotedAlone(f, i);
    const capitals = !quotation && t.isUpperCase(i) && /\p{Ll}/u.test(lineOf(f.text, t.starts[i]!));
    if (!capitals && !quotation) continue;
    const word = skeleton(t.lowers[i]!);
    if (word.length < MIN_PART) continue;
    // The same spelling was the repetition rule's to take. Capitals count beside a name's other
    // part in capitals ("SATO HARUKA", "RANA ALKHATIB"): "KING ACC" rooms, "HALTER:" are none.
    if (capitals && !partnerInCapitals(f, i, spellings)) continue;
    if (quotation && spellings.has(t.lowers[i]!)) continue;
    skeletons ??= new Set([...spellings].map(skeleton));
    if (!skeletons.has(word) && (word.length < MIN_FUZZY || !closeToAny(word, skeletons))) continue;
    f.emit(f.extendLeft(i), f.extendRight(i, i + 1), NameScore.repeated);
  }
}

const MIN_FUZZY = 5;

/** A word in capitals right before or after token i that is a name's part: known, or found here. */
function partnerInCapitals(f: NameFinder, i: number, spellings: ReadonlySet<string>): boolean {
  const t = f.tokens;
  const partner = (j: number) =>
    t.isUpperCase(j) && (f.known(j) || spellings.has(t.lowers[j]!)) && !f.has(j, Word.notName | Word.company);
  return (i > 0 && t.joined(i) && partner(i - 1)) || (i + 1 < t.length && t.joined(i + 1) && partner(i + 1));
}

function lineOf(text: string, at: number): string {
  return text.slice(text.lastIndexOf("\n", at) + 1, endOfLine(text, at));
}

/** Token i opens a quotation that closes after it or after one more word: `"Rezaee"`, `„Hueseyin"`. */
function quotedAlone(f: NameFinder, i: number): boolean {
  const t = f.tokens;
  if (!/["„“”‚‘«]$/.test(f.text.slice(Math.max(0, t.starts[i]! - 1), t.starts[i]!))) return false;
  const close = /^["“”‘’»]/;
  return (
    close.test(f.text.slice(t.ends[i]!)) ||
    (i + 1 < t.length && t.joined(i + 1) && close.test(f.text.slice(t.ends[i + 1]!)))
  );
}

/** A spelling's letters without marks, hyphens or doubled letters: "Al-Khatib" and "ALKHATIB" meet. */
export function skeleton(lower: string): string {
  const bare = PLAIN.test(lower) ? lower : markless(lower).replace(/[^a-z]/g, "");
  return bare.replace(/(.)\1+/g, "$1");
}
const PLAIN = /^[a-z]+$/;

/** One letter apart (two for eight letters and more). */
export function closeToAny(word: string, skeletons: ReadonlySet<string>): boolean {
  const allowed = word.length >= 8 ? 2 : 1;
  for (const other of skeletons)
    if (Math.abs(other.length - word.length) <= allowed && distance(word, other, allowed) <= allowed)
      return true;
  return false;
}

/** Levenshtein distance, stopped once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return best;
    previous = current;
  }
  return previous[b.length]!;
}
