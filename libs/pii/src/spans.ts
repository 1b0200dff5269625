import type { EntityType } from "./entity-types.js";

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
export function resolveOverlaps(spans: Span[]): Span[] {
  spans.sort(byPreference);
  // Accepted spans, kept sorted by start; they never overlap each other.
  const accepted: Span[] = [];
  for (const span of spans) {
    // First accepted span that ends after this one starts.
    let low = 0;
    let high = accepted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (accepted[mid]!.end <= span.start) low = mid + 1;
      else high = mid;
    }
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

function byPreference(a: Span, b: Span): number {
  return b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;
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
