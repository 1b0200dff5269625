import { isLetterCode, isWordCode, lowerForLookup } from "./chars.js";
import { partitionPoint } from "./sorted.js";

const SPACE_GAP = /^[ \u00a0\t]{1,2}$/;
const CAP_NONE = 0;
const CAP_FIRST = 1;
const CAP_ALL = 2;

/**
 * Given names written short with a dot, as initials are: "Md. Shafiqul Islam", "Mohd. Faiz", and
 * as church books and old registers write them ("Joh. Michael Wöhrle", "Wilh. Terhorst", "Thos. Kerr").
 */
const GIVEN_NAME_SHORTHAND = new Set([
  ...["Md", "Mohd", "Muhd"],
  ...["Joh", "Wilh", "Friedr", "Gottl", "Jac", "Cath", "Heinr", "Marg", "Elis", "Jos", "Ferd", "Theod"],
  ...["Th", "Chr"],
  ...["Wm", "Chas", "Jas", "Thos", "Geo", "Benj"],
]);

/** Apostrophes and hyphens join letters into one word ("O'Brien", "Müller-Lüdenscheidt"). */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45;
}

/** "Kowalski's": the English possessive is not part of the name. */
function possessiveS(text: string, apostrophe: number): boolean {
  const code = text.charCodeAt(apostrophe);
  return (
    (code === 39 || code === 0x2019) &&
    (text[apostrophe + 1] === "s" || text[apostrophe + 1] === "S") &&
    !isLetterCode(text.charCodeAt(apostrophe + 2))
  );
}

/**
 * Words of a text with their offsets; built once per text and shared by all name rules. A hand
 * loop instead of a regex: this runs on every mail and allocates only the word strings.
 */
export class Tokens {
  readonly starts: number[] = [];
  /** End of the word without a trailing dot. */
  readonly ends: number[] = [];
  readonly words: string[] = [];
  readonly lowers: string[] = [];
  readonly dots: boolean[] = [];
  /** First three letters, lower case: the key keyword detectors look up. */
  readonly heads: string[] = [];
  private readonly caps: number[] = [];

  constructor(readonly text: string) {
    const length = text.length;
    let i = 0;
    while (i < length) {
      if (!isLetterCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      i++;
      for (;;) {
        while (i < length && isLetterCode(text.charCodeAt(i))) i++;
        if (
          i + 1 < length &&
          isJoiner(text.charCodeAt(i)) &&
          isLetterCode(text.charCodeAt(i + 1)) &&
          !possessiveS(text, i)
        ) {
          i += 2;
          continue;
        }
        break;
      }
      // Digits glued to letters ("A4", "2FA") make no name; skip the whole run.
      if (i < length && isWordCode(text.charCodeAt(i))) {
        while (i < length && isWordCode(text.charCodeAt(i))) i++;
        continue;
      }
      const word = text.slice(start, i);
      this.starts.push(start);
      this.ends.push(i);
      this.words.push(word);
      const lower = lowerForLookup(word);
      this.lowers.push(lower);
      this.heads.push(headOf(lower));
      const dot = text.charCodeAt(i) === 46;
      this.dots.push(dot);
      this.caps.push(capitalization(word, lower));
      if (dot) i++;
    }
  }

  get length(): number {
    return this.starts.length;
  }

  private byKeyword: number[][] | undefined;

  /**
   * Indices of the tokens where one of `keyword`'s alternatives matches (see `keywordHeads`):
   * where that detector's keywords start. One lookup per token serves all detectors.
   */
  withHead(keyword: KeywordFamily): readonly number[] {
    if (this.byKeyword === undefined) {
      const lists: number[][] = Array.from({ length: familyCount }, () => []);
      const tryAt = (i: number, keywords: HeadKeywords[] | undefined) => {
        if (keywords === undefined) return;
        for (const family of keywords) {
          const list = lists[family.index]!;
          if (list.at(-1) !== i && family.opens(this.text, this.starts[i]!, this.lowers[i]!)) list.push(i);
        }
      };
      for (let i = 0; i < this.heads.length; i++) {
        const head = this.heads[i]!;
        tryAt(i, HEAD_KEYWORDS.get(head));
        // "c\.?i\.?" opens with "c" alone, and may match a token whose head is "ci".
        if (head.length > 1) tryAt(i, OPEN_SHORT_HEAD_KEYWORDS.get(head[0]!));
        if (head.length > 2) tryAt(i, OPEN_SHORT_HEAD_KEYWORDS.get(head.slice(0, 2)));
      }
      this.byKeyword = lists;
    }
    return this.byKeyword[keyword.index]!;
  }

  /** Index of the first token starting at or after `offset`. */
  firstAtOrAfter(offset: number): number {
    return partitionPoint(this.starts.length, (i) => this.starts[i]! < offset);
  }

  /** Index of the last token ending at or before `offset`, or -1. */
  lastEndingBefore(offset: number): number {
    return this.firstAtOrAfter(offset) - 1;
  }

  /** First letter upper case, rest not all upper case (acronyms are no names). */
  isCapitalized(i: number): boolean {
    return this.caps[i] === CAP_FIRST;
  }

  /** All letters upper case: "NGUYỄN", "GmbH" is not. */
  isUpperCase(i: number): boolean {
    return this.caps[i] === CAP_ALL;
  }

  /** "T." — a single capital letter with a dot. */
  isInitial(i: number): boolean {
    if (!this.dots[i]) return false;
    const word = this.words[i]!;
    return (word.length === 1 && this.caps[i] !== CAP_NONE) || GIVEN_NAME_SHORTHAND.has(word);
  }

  /** True when tokens i-1 and i are joined by a plain space (no punctuation, no line break, no sentence end). */
  joined(i: number, allowDot = false): boolean {
    if (i <= 0 || i >= this.starts.length) return false;
    const previousEnd = this.ends[i - 1]! + (this.dots[i - 1] ? 1 : 0);
    if (this.dots[i - 1] && !allowDot && !this.isInitial(i - 1)) return false;
    const gap = this.starts[i]! - previousEnd;
    if (gap === 1) {
      const code = this.text.charCodeAt(previousEnd);
      return code === 32 || code === 0xa0;
    }
    return gap === 2 && SPACE_GAP.test(this.text.slice(previousEnd, this.starts[i]!));
  }

  /** The characters right after token i (dot included), for "followed by a number" checks. */
  after(i: number, length: number): string {
    const end = this.ends[i]!;
    return this.text.slice(end, end + length);
  }

  /**
   * True when token i is the first word on its line (quote marks and bullets before it allowed), or
   * of a field that a bar or a spaced middle dot separates, as a footer's "HRB 18821 · Geschäftsführung:".
   */
  opensLine(i: number): boolean {
    if (i === 0) return /^[ \u00a0\t>*•-]*$/.test(this.gapBefore(i));
    const gap = this.gapBefore(i);
    return /[\n|][ \u00a0\t>*•-]*$/.test(gap) || (gap.includes("·") && /[ \t]·[ \u00a0\t>*•-]*$/.test(gap));
  }

  /** True when token i starts a line or follows a sentence end, a colon or a dash. */
  afterBreak(i: number): boolean {
    if (i === 0) return true;
    return /[\n.!?:]|[ \t]-[ \t]*$/.test(this.text.slice(this.ends[i - 1]!, this.starts[i]!));
  }

  /** True when nothing but punctuation follows token i on its line. */
  closesLine(i: number): boolean {
    const end = this.ends[i]!;
    return /^[ \t,.!:;\r]{0,4}(?:\n|$)/.test(this.text.slice(end, end + 6));
  }

  /** The characters between the end of token i-1 (or line start) and token i. */
  gapBefore(i: number): string {
    const from = i > 0 ? this.ends[i - 1]! + (this.dots[i - 1] ? 1 : 0) : 0;
    return this.text.slice(from, this.starts[i]!);
  }
}

function capitalization(word: string, lower: string): number {
  if (word.charCodeAt(0) === lower.charCodeAt(0)) return CAP_NONE;
  if (word.length === 1) return CAP_FIRST;
  // Special letters (İ) change length when lowered; compare the slow way then.
  if (word.length !== lower.length) return word === word.toUpperCase() ? CAP_ALL : CAP_FIRST;
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // A lower-case letter after the first makes it a capitalized word, not an acronym.
    if (code === lower.charCodeAt(i) && code !== 45 && code !== 39 && code !== 0x2019 && code !== 0x2d)
      return CAP_FIRST;
  }
  return CAP_ALL;
}

/** Up to three leading letters of a lower-case word, stopping at a hyphen or apostrophe. */
function headOf(lower: string): string {
  let end = 0;
  while (end < 3 && end < lower.length) {
    const code = lower.charCodeAt(end);
    if (code === 45 || code === 39 || code === 0x2019) break;
    end++;
  }
  return end === lower.length ? lower : lower.slice(0, end);
}

/** A detector's registered keywords. */
export interface KeywordFamily {
  readonly index: number;
}

/**
 * A family's alternatives that open with one head: their literal openings ("rechnungs",
 * "invoice"), a cheap test, and a regex of them alone, compiled when first needed.
 */
class HeadKeywords {
  readonly leads: string[] = [];
  readonly alternatives: string[] = [];
  private regex: RegExp | undefined;

  constructor(
    readonly index: number,
    private readonly flags: string,
  ) {}

  /** Whether one of the alternatives matches at `at`, where a token lowered to `lower` starts. */
  opens(text: string, at: number, lower: string): boolean {
    for (const lead of this.leads) if (lower.startsWith(lead)) return this.matchesAt(text, at);
    return false;
  }

  private matchesAt(text: string, at: number): boolean {
    this.regex ??= new RegExp(`(?:${this.alternatives.join("|")})`, this.flags);
    this.regex.lastIndex = at;
    return this.regex.test(text);
  }
}

let familyCount = 0;
/** Per head, each family's alternatives that open with it. */
const HEAD_KEYWORDS = new Map<string, HeadKeywords[]>();
/**
 * The same for heads shorter than three letters that more may follow: a token with a longer head
 * may open with one ("c" of "c\.?i\.?" opens "CI").
 */
const OPEN_SHORT_HEAD_KEYWORDS = new Map<string, HeadKeywords[]>();

/**
 * Registers a keyword regex source's alternatives by the heads of the words they open with, so a
 * detector runs its regex only at tokens where one of them matches. The whole list tried at every
 * word sharing three letters with a keyword ("freundlich", "meine") cost more than all its
 * matches; a few alternatives fail fast. Alternatives must start with a literal word. Called once
 * per detector at module load.
 */
export function keywordHeads(alternation: string): KeywordFamily {
  const byHead = new Map<string, HeadKeywords>();
  const openShort = new Set<string>();
  const flags = alternation.includes("\\p{") ? "iuy" : "iy";
  for (const alternative of splitTopLevel(alternation))
    for (const { lead, open } of leadsOf(alternative)) {
      const head = headOf(lead);
      const keywords = byHead.get(head) ?? new HeadKeywords(familyCount, flags);
      byHead.set(head, keywords);
      if (!keywords.leads.includes(lead)) keywords.leads.push(lead);
      if (!keywords.alternatives.includes(alternative)) keywords.alternatives.push(alternative);
      if (open && head.length < 3) openShort.add(head);
    }
  for (const [head, keywords] of byHead) {
    register(HEAD_KEYWORDS, head, keywords);
    if (openShort.has(head)) register(OPEN_SHORT_HEAD_KEYWORDS, head, keywords);
  }
  return { index: familyCount++ };
}

function register(byHead: Map<string, HeadKeywords[]>, head: string, keywords: HeadKeywords): void {
  const families = byHead.get(head);
  if (families === undefined) byHead.set(head, [keywords]);
  else families.push(keywords);
}

/**
 * The letters each alternative must open with, lower case: "invoice" of "invoices?${NR}"; open
 * when more may follow them ("re" of "re-?nr"), not when they are the whole alternative.
 */
function leadsOf(alternation: string): { lead: string; open: boolean }[] {
  const leads: { lead: string; open: boolean }[] = [];
  for (const alternative of splitTopLevel(alternation)) {
    if (alternative.startsWith("(?:")) {
      // "(?:rental|lease) agreement": every branch of the opening group can start the keyword;
      // "(?:kids-?)?clubkarte": so can what follows an optional one.
      const close = matchingParen(alternative, 0);
      // What follows the group may follow a branch's letters: "(?:v|vs)\\.? …" is open after "v".
      const followed = close + 1 < alternative.length;
      for (const { lead, open } of leadsOf(alternative.slice(3, close)))
        leads.push({ lead, open: open || followed });
      if (alternative[close + 1] === "?" || alternative[close + 1] === "*")
        leads.push(...leadsOf(alternative.slice(close + 2)));
      continue;
    }
    const letters = /^[\p{L}0-9]+/u.exec(alternative);
    if (letters === null) throw new Error("keyword alternative must start with letters or a group");
    // A quantifier makes the last letter optional: "invoices?" must open with "invoice" only.
    const optional = "?*{".includes(alternative[letters[0].length] ?? "|") ? 1 : 0;
    if (letters[0].length === optional)
      throw new Error("keyword alternative must start with a required letter");
    const lead = lowerForLookup(letters[0].slice(0, letters[0].length - optional));
    leads.push({ lead, open: lead.length < alternative.length });
  }
  return leads;
}

function splitTopLevel(alternation: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < alternation.length; i++) {
    const char = alternation[i];
    if (char === "\\") i++;
    else if (char === "[") i = classEnd(alternation, i);
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      parts.push(alternation.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(alternation.slice(start));
  return parts;
}

/** Where the character class opened at `open` closes: a "(" or "|" inside one ("[ :(]") is a character. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]" && i > open + 1) return i;
  }
  return source.length;
}

function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (char === "[") i = classEnd(source, i);
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  throw new Error("unbalanced group in keyword alternation");
}
