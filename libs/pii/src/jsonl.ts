import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { errorCode } from "@poststelle/errors";
import { entityTypeName } from "./entity-types.js";
import { maskText } from "./mask.js";
import type { DetectOptions } from "./types.js";

export interface MaskJsonlOptions extends DetectOptions {
  /** Texts longer than this (UTF-16 units) are rejected with "text_too_long"; default 1,000,000. */
  maxTextLength?: number;
}

export interface MaskJsonlSummary {
  lines: number;
  masked: number;
  errors: number;
}

const DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

/**
 * Masks one JSON object per line, `{"id","text"}` in, `{"id","masked","entities":[{type,start,end}]}`
 * out, offsets in UTF-16 units of the input text. A bad line yields `{"id"?,"error":"<code>"}` and
 * the stream goes on. Each line is its own thread (fresh placeholders). The output is not ended.
 */
export async function maskJsonl(
  input: Readable,
  output: Writable,
  opts: MaskJsonlOptions = {},
): Promise<MaskJsonlSummary> {
  const maxTextLength = opts.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const summary: MaskJsonlSummary = { lines: 0, masked: 0, errors: 0 };
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    summary.lines++;
    const record = maskLine(line, opts, maxTextLength);
    if ("error" in record) summary.errors++;
    else summary.masked++;
    if (!output.write(`${JSON.stringify(record)}\n`)) await once(output, "drain");
  }
  return summary;
}

type LineResult =
  | { id?: string | number; masked: string; entities: { type: string; start: number; end: number }[] }
  | { id?: string | number; error: string };

function maskLine(line: string, opts: DetectOptions, maxTextLength: number): LineResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { error: "invalid_json" };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return { error: "not_an_object" };
  const { id, text } = parsed as { id?: unknown; text?: unknown };
  const idPart = typeof id === "string" || typeof id === "number" ? { id } : {};
  if (typeof text !== "string") return { ...idPart, error: "missing_text" };
  if (text.length > maxTextLength) return { ...idPart, error: "text_too_long" };
  try {
    const result = maskText(text, undefined, opts);
    return {
      ...idPart,
      masked: result.masked,
      entities: result.entities.map((entity) => ({
        type: entityTypeName(entity.type),
        start: entity.start,
        end: entity.end,
      })),
    };
  } catch (error) {
    return { ...idPart, error: errorCode(error) };
  }
}
