import { EntityType } from "./entity-types.js";
import { partitionPoint } from "./sorted.js";

/** A candidate span before overlaps are resolved. */
export interface Span {
  type: EntityType;
  start: number;
  end: number;
  score: number;
}

/** Scores shared by all detectors, so that overlaps resolve the same way everywhere. */
export const Score = {
  /** A keyword that names exactly this type right before the value ("Bestellnummer:", "IBAN"). */
  keyword: 0.97,
  /** Keyword right before the value, or a value that can only be personal data (secret key formats). */
  context: 0.95,
  /** Checksum or strict format validated (IBAN, Luhn, Steuer-ID, e-mail syntax). */
  validated: 0.9,
  /** Plausible format, no checksum and no keyword. */
  format: 0.75,
  /** Weak evidence; kept because a leak costs more than a needless placeholder. */
  weak: 0.6,
} as const;

/** The span of a whole match. */
export function matchSpan(type: EntityType, match: RegExpMatchArray, score: number): Span {
  return { type, start: match.index!, end: match.index! + match[0].length, score };
}

/** The span of a keyword's value: the match's first group, which ends where the match ends. */
export function valueSpan(type: EntityType, match: RegExpMatchArray, score: number): Span {
  const value = match[1]!;
  const start = match.index! + match[0].length - value.length;
  return { type, start, end: start + value.length, score };
}

/**
 * Picks a non-overlapping subset: best score first, longer first on ties. A confident span that
 * fully contains accepted ones replaces them (a URL holding an e-mail address, an address holding
 * a street named after a person), because keeping the inner one would leave the rest readable.
 */
export function resolveOverlaps(text: string, spans: Span[]): Span[] {
  spans.sort(byPreference);
  // Accepted spans, kept sorted by start; they never overlap each other.
  const accepted: Span[] = [];
  for (const candidate of spans) {
    const span =
      candidate.type === EntityType.ENTITY_TYPE_STREET_ADDRESS
        ? outsideOf(text, accepted, candidate)
        : candidate;
    if (span === undefined) continue;
    const low = firstEndingAfter(accepted, span.start);
    let last = low;
    let conflict = false;
    while (last < accepted.length && accepted[last]!.start < span.end) {
      const other = accepted[last]!;
      const inside =
        other.start >= span.start && other.end <= span.end && span.end - span.start > other.end - other.start;
      if (!inside) {
        conflict = true;
        break;
      }
      last++;
    }
    if (conflict || (last > low && span.score < Score.format)) continue;
    accepted.splice(low, last - low, span);
  }
  return accepted;
}

/**
 * An address that a stronger span overlaps at one edge only keeps the rest: "J. McAllister, 14 Burns
 * Crescent, Kilmarnock KA1 3QT" read back over the name before it loses the name, not the address.
 * Undefined when too little is left; the span itself when nothing overlaps an edge.
 */
function outsideOf(text: string, accepted: readonly Span[], span: Span): Span | undefined {
  let { start, end } = span;
  for (let i = firstEndingAfter(accepted, start); i < accepted.length && accepted[i]!.start < end; i++) {
    const other = accepted[i]!;
    // Only a span that crosses an edge: one inside the address is replaced by it (see above).
    if (other.start < start && other.end < end) start = other.end;
    else if (other.start > start && other.end > end) end = other.start;
    else return span;
  }
  if (start === span.start && end === span.end) return span;
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  // What is left must still read as an address: long enough, with a house number or postcode.
  const long = end - start >= Math.max(MIN_TRIMMED, (span.end - span.start) / 2);
  return long && /\d/.test(text.slice(start, end)) ? { ...span, start, end } : undefined;
}

/** Index of the first of the sorted, non-overlapping `accepted` spans that ends after `offset`. */
function firstEndingAfter(accepted: readonly Span[], offset: number): number {
  return partitionPoint(accepted.length, (i) => accepted[i]!.end <= offset);
}

/** What is left at a trimmed address's edges: separators, no part of it. */
const EDGE = /[\s,;:/|–-]/;
const MIN_TRIMMED = 8;

function byPreference(a: Span, b: Span): number {
  return b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/** The names among the candidates, one per end: several rules may find the same name. */
export function* namesByEnd(candidates: readonly Span[]): Generator<Span> {
  const seen = new Set<number>();
  for (const span of candidates) {
    if (span.type !== EntityType.ENTITY_TYPE_PERSON || seen.has(span.end)) continue;
    seen.add(span.end);
    yield span;
  }
}

/** True if [start, end) overlaps any span of a list sorted by start. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) {
    if (span.start >= end) return false;
    if (span.end > start) return true;
  }
  return false;
}

/** Text of the `before` characters preceding `index`, for keyword context checks. */
export function textBefore(text: string, index: number, before: number): string {
  return text.slice(Math.max(0, index - before), index);
}

/** How more values listed after a first one read: see `pushListedAfter`. */
export interface ListedValues {
  /** A separator and the next value (its group 1), matched at the start of the text after the last. */
  item: RegExp;
  /** How far past the last value the next one may end. */
  window: number;
  max: number;
  /** Whether a value is of the first one's kind. */
  alike: (value: string) => boolean;
}

/** A value's shape: "KS-2290-AB" is "AA-9999-AA". Values listed together share it. */
export function shapeOf(value: string): string {
  return value.replace(/[A-Z]/g, "A").replace(/[a-z]/g, "a").replace(/\d/g, "9");
}

/**
 * More values listed after one found, each right after the last ("21CK48392 and 19AV13307", "110
 * SMA, 110 SMC, 118 SMK"): spans of `type` until a value is missing or of another kind.
 */
export function pushListedAfter(
  text: string,
  from: number,
  list: ListedValues,
  type: EntityType,
  out: Span[],
): void {
  for (let end = from, n = 0; n < list.max; n++) {
    const match = list.item.exec(text.slice(end, end + list.window));
    if (match === null || !list.alike(match[1]!)) return;
    const start = end + match[0].length - match[1]!.length;
    end = start + match[1]!.length;
    out.push({ type, start, end, score: Score.context });
  }
}
