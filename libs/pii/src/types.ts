import type { EntityType } from "./entity-types.js";

/** One personal value found in a text. Offsets are UTF-16 code units, `end` exclusive. */
export interface DetectedEntity {
  type: EntityType;
  start: number;
  end: number;
  value: string;
  /** 0..1: how sure the detector is (context and checksums raise it). */
  score: number;
}

/** A caller's own identifier format, e.g. `{ type: ORDER_NUMBER, name: "shop-order", regex: /\bSO-\d{6}\b/ }`. */
export interface CustomPattern {
  type: EntityType;
  /** For the caller's bookkeeping; never logged with values. */
  name: string;
  /**
   * Matches the value. A named group `value` narrows the span to that group (for patterns that
   * need a keyword before the value). Flags are kept; `g` and `d` are added as needed.
   */
  regex: RegExp;
}

export interface DetectOptions {
  /** The mail's language if known. Accepted for callers' convenience; detection always covers German and English (and mixed text). */
  language?: "de" | "en" | "auto";
  /** Display names and address local parts from the mail's own headers (From/To/Cc). */
  knownNames?: readonly string[];
  /** Extra identifier formats. */
  patterns?: readonly CustomPattern[];
  /** Values that are never masked, compared case-insensitively (e.g. the company's own hotline). */
  allowList?: readonly string[];
}
