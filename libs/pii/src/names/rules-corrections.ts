import { type NameFinder, NameScore } from "./name-finder.js";
import { closeToAny, skeleton } from "./rules-variants.js";
import { Word } from "./word-flags.js";

// Dictated mails and voice messages correct a name as it is said: "grażyna nowak nein nowacka",
// "berger öhm nee bergmann", "gran is called zofia no sorry sofia". Next to a name found in the
// mail, a word after (or before) such a correction that is spelled like it is the same person's.

/** Words of a spoken correction; at least one of NEGATIONS must be among them. */
const FILLERS = new Set(["äh", "ähm", "öhm", "ehm", "uh", "um", "erm", "sorry", "oder"]);
const NEGATIONS = new Set(["nein", "nee", "ne", "no", "nope", "not"]);
const MAX_CORRECTION_WORDS = 3;
const MIN_LENGTH = 3;

export function byCorrections(f: NameFinder): void {
  const t = f.tokens;
  for (const span of [...f.found]) {
    const first = t.firstAtOrAfter(span.start);
    let last = first;
    while (last + 1 < t.length && t.starts[last + 1]! < span.end) last++;
    const after = correctionFrom(f, last + 1, 1);
    if (after !== undefined) maybeEmit(f, after, first, last);
    const before = correctionFrom(f, first - 1, -1);
    if (before !== undefined) maybeEmit(f, before, first, last);
  }
}

/** The token past a spoken correction that starts at token i and runs in `step`'s direction. */
function correctionFrom(f: NameFinder, i: number, step: 1 | -1): number | undefined {
  const t = f.tokens;
  let negated = false;
  let k = i;
  for (let n = 0; n < MAX_CORRECTION_WORDS && k >= 0 && k < t.length; n++, k += step) {
    const lower = t.lowers[k]!;
    if (!FILLERS.has(lower) && !NEGATIONS.has(lower)) break;
    negated ||= NEGATIONS.has(lower);
  }
  if (!negated || k < 0 || k >= t.length) return undefined;
  // Said, not typed: a mark between them ("… Hartmann. No, the number …", "spelled Al-Mansouri,
  // not Al-Mansuri") ends the correction, or makes the other spelling a wrong one.
  const [from, to] = step === 1 ? [t.ends[i - 1]!, t.starts[k]!] : [t.ends[k]!, t.starts[i + 1]!];
  return /[^\p{L}\s]/u.test(f.text.slice(from, to)) ? undefined : k;
}

/** Token k is the name said again if it is spelled close to a part of the found name (tokens first…last). */
function maybeEmit(f: NameFinder, k: number, first: number, last: number): void {
  const t = f.tokens;
  const word = t.lowers[k]!;
  if (f.covered[k] || word.length < MIN_LENGTH || f.has(k, Word.notName | Word.company) || /\d/.test(word))
    return;
  const parts = new Set<string>();
  for (let i = first; i <= last; i++) parts.add(skeleton(t.lowers[i]!));
  const alike = [...parts].some((part) => part.slice(0, 2) === skeleton(word).slice(0, 2));
  if (!alike && !closeToAny(skeleton(word), parts)) return;
  f.emit(k, k + 1, NameScore.repeated);
}
