import { detectSpans } from "./detect.js";
import type { EntityType } from "./entity-types.js";
import { PlaceholderTable } from "./placeholder-table.js";
import type { DetectOptions } from "./types.js";

export interface MaskedEntity {
  type: EntityType;
  /** UTF-16 offsets into the input text. */
  start: number;
  end: number;
  placeholder: string;
}

export interface MaskResult {
  masked: string;
  entities: MaskedEntity[];
  /** The thread's table with this text's values added; the input table is left untouched. */
  table: PlaceholderTable;
}

/**
 * Replaces every personal value with its thread placeholder. Values already in the thread's
 * table are found again even without the context that revealed them the first time.
 */
export function maskText(
  text: string,
  table: PlaceholderTable = new PlaceholderTable(),
  opts: DetectOptions = {},
): MaskResult {
  const next = table.clone();
  const spans = detectSpans(text, opts, { nameParts: next.nameParts(), values: next.values() });
  const entities: MaskedEntity[] = [];
  const parts: string[] = [];
  let position = 0;
  for (const span of spans) {
    const placeholder = next.assign(span.type, text.slice(span.start, span.end));
    parts.push(text.slice(position, span.start), placeholder);
    entities.push({ type: span.type, start: span.start, end: span.end, placeholder });
    position = span.end;
  }
  parts.push(text.slice(position));
  return { masked: parts.join(""), entities, table: next };
}
