import { readFileSync } from "node:fs";
import { entityTypeName, STRUCTURED_TYPES } from "../entity-types.js";
import { maskText } from "../mask.js";
import type { CorpusText } from "./annotated.js";

export interface TypeScore {
  type: string;
  /** Labeled values of this type. */
  support: number;
  /** Labeled values with a letter or digit still readable after masking. */
  leaked: number;
  /** Masked spans of this (predicted) type. */
  predicted: number;
  /** Masked spans that overlap no labeled value: masked needlessly. */
  falsePositives: number;
}

export interface Finding {
  id: string;
  type: string;
  value: string;
  /** A few characters around the value, for reading the dev set's misses. */
  context: string;
}

export interface Evaluation {
  texts: number;
  byType: Map<string, TypeScore>;
  leaks: Finding[];
  falsePositives: Finding[];
}

export const CORPUS_DIR = new URL("../../../../test/fixtures/pii/", import.meta.url);

/** A corpus file of test/fixtures/pii: the dev set, a generated held-out set or a hand-written one. */
export type CorpusName = "dev" | "heldout" | `heldout-v${number}`;

export function loadCorpus(name: CorpusName): CorpusText[] {
  return readFileSync(new URL(`${name}.jsonl`, CORPUS_DIR), "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CorpusText);
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Masks every text (each its own thread) and scores it. Recall counts leaks: a labeled value is
 * leaked when any letter or digit of it is still readable in the masked text, whatever type the
 * masker gave it. Precision counts masked spans that touch no labeled value.
 */
export function evaluate(
  texts: readonly CorpusText[],
  options: { knownNames: boolean } = { knownNames: true },
): Evaluation {
  const byType = new Map<string, TypeScore>();
  const score = (type: string): TypeScore => {
    let entry = byType.get(type);
    if (entry === undefined) {
      entry = { type, support: 0, leaked: 0, predicted: 0, falsePositives: 0 };
      byType.set(type, entry);
    }
    return entry;
  };
  const leaks: Finding[] = [];
  const falsePositives: Finding[] = [];
  for (const text of texts) {
    const opts = options.knownNames && text.knownNames !== undefined ? { knownNames: text.knownNames } : {};
    const { entities } = maskText(text.text, undefined, opts);
    const covered = new Uint8Array(text.text.length);
    for (const entity of entities) covered.fill(1, entity.start, entity.end);
    for (const labeled of text.entities) {
      const entry = score(labeled.type);
      entry.support++;
      for (let i = labeled.start; i < labeled.end; i++) {
        if (!covered[i] && ALNUM.test(text.text[i]!)) {
          entry.leaked++;
          leaks.push(finding(text, labeled.type, labeled.start, labeled.end));
          break;
        }
      }
    }
    for (const entity of entities) {
      const type = entityTypeName(entity.type);
      const entry = score(type);
      entry.predicted++;
      if (!text.entities.some((labeled) => labeled.start < entity.end && labeled.end > entity.start)) {
        entry.falsePositives++;
        falsePositives.push(finding(text, type, entity.start, entity.end));
      }
    }
  }
  return { texts: texts.length, byType, leaks, falsePositives };
}

function finding(text: CorpusText, type: string, start: number, end: number): Finding {
  const context = `${text.text.slice(Math.max(0, start - 30), start)}⟦${text.text.slice(start, end)}⟧${text.text.slice(end, end + 30)}`;
  return { id: text.id, type, value: text.text.slice(start, end), context: context.replace(/\n/g, "⏎") };
}

export function recallOf(score: TypeScore): number {
  return score.support === 0 ? 1 : (score.support - score.leaked) / score.support;
}

export function precisionOf(score: TypeScore): number {
  return score.predicted === 0 ? 1 : (score.predicted - score.falsePositives) / score.predicted;
}

/** Short names of the structured types ("IBAN", "PHONE" …), as scores name them. */
export const STRUCTURED_TYPE_NAMES: ReadonlySet<string> = new Set([...STRUCTURED_TYPES].map(entityTypeName));

/** Totals over the types `keep` picks: the structured ones, names and addresses, or all. */
export function groupOf(result: Evaluation, keep: (type: string) => boolean, type = "group"): TypeScore {
  return combine(
    [...result.byType.values()].filter((score) => keep(score.type)),
    type,
  );
}

/** Totals over a group of types. */
export function combine(scores: Iterable<TypeScore>, type: string): TypeScore {
  const total: TypeScore = { type, support: 0, leaked: 0, predicted: 0, falsePositives: 0 };
  for (const score of scores) {
    total.support += score.support;
    total.leaked += score.leaked;
    total.predicted += score.predicted;
    total.falsePositives += score.falsePositives;
  }
  return total;
}
