import { isWordCode } from "./chars.js";
import { EntityType } from "./entity-types.js";
import { resolveOverlaps, type Span } from "./spans.js";

/** What a thread already knows: name parts and values masked in earlier mails. */
export interface ThreadKnowledge {
  nameParts: ReadonlySet<string>;
  values: Iterable<{ type: EntityType; value: string }>;
}

const REPEATED_SCORE = 0.7;
/** Values shorter than this are not searched again on their own (too many accidental matches). */
const MIN_REPEAT_LENGTH = 4;
/** Up to this many values, each is searched on its own; beyond, all in one pass (linear either way). */
const SCAN_PER_VALUE_UP_TO = 48;

interface Known {
  value: string;
  type: EntityType;
  /** Where the value's first run of letters and digits starts ("+49 30 …": 1). */
  offset: number;
}

/**
 * A value found once (by keyword or checksum) is personal wherever it appears again in the mail,
 * and so is every value the thread has masked before: "die 4711-0815 ist noch offen". The values
 * are indexed by their first word, so one pass over the text finds them all: a mail with thousands
 * of values costs no more per character than one with three.
 */
export function addRepetitions(text: string, accepted: Span[], thread: ThreadKnowledge | undefined): Span[] {
  const values = new Map<string, EntityType>();
  const taken = new Set<number>();
  for (const span of accepted) {
    // A weak guess (a reference by its shape alone) yields to the type the value had elsewhere.
    if (span.score < REPEATED_SCORE) continue;
    taken.add(span.start);
    if (span.type === EntityType.ENTITY_TYPE_PERSON || span.end - span.start < MIN_REPEAT_LENGTH) continue;
    values.set(text.slice(span.start, span.end), span.type);
  }
  if (thread !== undefined) {
    for (const { type, value } of thread.values) {
      if (type !== EntityType.ENTITY_TYPE_PERSON && value.length >= MIN_REPEAT_LENGTH && !values.has(value))
        values.set(value, type);
    }
  }
  if (values.size === 0) return accepted;
  const extra: Span[] = [];
  const pushAt = (from: number, value: string, type: EntityType): void => {
    const end = from + value.length;
    if (!taken.has(from) && isBoundary(text, from - 1, -1) && isBoundary(text, end, 1))
      extra.push({ type, start: from, end, score: REPEATED_SCORE });
  };
  if (values.size <= SCAN_PER_VALUE_UP_TO) {
    // A few values: one native search each is faster than walking the words.
    for (const [value, type] of values)
      for (let from = text.indexOf(value); from !== -1; from = text.indexOf(value, from + value.length))
        pushAt(from, value, type);
  } else {
    const byFirstWord = indexByFirstWord(values);
    for (let i = 0; i < text.length; ) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
      for (const known of byFirstWord.get(text.slice(i, j)) ?? []) {
        const from = i - known.offset;
        if (from >= 0 && text.startsWith(known.value, from)) pushAt(from, known.value, known.type);
      }
      i = j;
    }
  }
  return extra.length === 0 ? accepted : resolveOverlaps(text, [...accepted, ...extra]);
}

function indexByFirstWord(values: ReadonlyMap<string, EntityType>): Map<string, Known[]> {
  const index = new Map<string, Known[]>();
  for (const [value, type] of values) {
    let start = 0;
    while (start < value.length && !isWordCode(value.charCodeAt(start))) start++;
    if (start === value.length) continue;
    let end = start + 1;
    while (end < value.length && isWordCode(value.charCodeAt(end))) end++;
    const key = value.slice(start, end);
    const list = index.get(key);
    if (list === undefined) index.set(key, [{ value, type, offset: start }]);
    else list.push({ value, type, offset: start });
  }
  return index;
}

/**
 * True when the character at `index` ends a word: none, or no letter or digit, and no joiner of a
 * longer code either ("CA-P3-21594" holds "21594" as a part, not as the value); `step` is the
 * direction away from the value.
 */
function isBoundary(text: string, index: number, step: -1 | 1): boolean {
  if (index < 0 || index >= text.length) return true;
  if (isWordCode(text.charCodeAt(index))) return false;
  return !(JOINERS.includes(text[index]!) && isWordCode(text.charCodeAt(index + step)));
}
const JOINERS = "-/._";
