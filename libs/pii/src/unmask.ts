import { ENTITY_SHORT_NAMES } from "./entity-types.js";
import type { PlaceholderTable } from "./placeholder-table.js";

export interface UnmaskResult {
  text: string;
  /** How many placeholders were replaced by their values. */
  restored: number;
  /** Placeholder-like tokens this thread does not own, as written; left in the text unchanged. */
  unknown: string[];
}

const TYPE_NAMES = ENTITY_SHORT_NAMES.map((name) => name.replace(/_/g, "[_ ]")).join("|");
/**
 * What LLMs make of "[[PERSON_1]]": other case, inner spaces, one bracket instead of two, a bracket
 * lost at either end, markdown-escaped brackets. A form without any bracket counts only when
 * written exactly in upper case with underscores ("PERSON_1").
 */
const PLACEHOLDER_LIKE = new RegExp(
  [
    String.raw`\\?\[(?:\\?\[)?[ \t]*(${TYPE_NAMES})[ \t]*[_ -]?[ \t]*(\d{1,6})(?:[ \t]*(?:\\?\]){1,2})?`,
    String.raw`(?<![\p{L}\p{N}_\[])(${TYPE_NAMES})[_ -]?(\d{1,6})[ \t]*(?:\\?\]){1,2}`,
    String.raw`(?<![\p{L}\p{N}_\[])(${TYPE_NAMES})_(\d{1,6})(?![\p{L}\p{N}_])`,
  ].join("|"),
  "giu",
);

/** Restores the placeholders the thread's table owns; never guesses at others. */
export function unmaskText(text: string, table: PlaceholderTable): UnmaskResult {
  let restored = 0;
  const unknown: string[] = [];
  const result = text.replace(PLACEHOLDER_LIKE, (match: string, ...groups: unknown[]) => {
    const [t1, n1, t2, n2, t3, n3] = groups as (string | undefined)[];
    const type = t1 ?? t2 ?? t3;
    const number = n1 ?? n2 ?? n3;
    if (type === undefined || number === undefined) return match;
    // The bracketless form is only trusted when written exactly as we write it.
    if (t3 !== undefined && t3 !== t3.toUpperCase()) return match;
    const entry = table.resolve(`${type.toUpperCase().replace(/ /g, "_")}_${Number(number)}`);
    if (entry === undefined) {
      if (!unknown.includes(match)) unknown.push(match);
      return match;
    }
    restored++;
    return entry.value;
  });
  return { text: result, restored, unknown };
}
