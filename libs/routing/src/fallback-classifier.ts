import { extractFeatures } from "./text-features.js";
import type { DepartmentSpec } from "./types.js";

export interface FallbackPrediction {
  department: string;
  /** Probability-like score of the winning department, 0..1. */
  confidence: number;
  /** Score of every department; sums to 1. */
  scores: Record<string, number>;
}

export interface FallbackClassifier {
  readonly departments: readonly string[];
  /** Extra examples left out because their department is not (or no longer) configured. */
  readonly skippedExamples: number;
  classify(text: string): FallbackPrediction;
}

export interface TrainingExample {
  department: string;
  text: string;
}

export interface FallbackTrainingOptions {
  /** Departments the classifier must never pick, typically the triage department. */
  exclude?: readonly string[];
}

/** Additive smoothing; small, because a department's text is short and every seen word counts. */
const SMOOTHING = 0.1;
/**
 * Scales the mean per-feature log-likelihood before the softmax. Naive Bayes sums evidence as if
 * features were independent, which makes raw posteriors near 0 or 1; averaging per feature and
 * this factor give confidences that fall with ambiguity. Chosen on the training split.
 */
const SHARPNESS = 5;
/** Keywords are single words or short phrases an operator chose on purpose: they count more. */
const KEYWORD_WEIGHT = 4;

/**
 * A multinomial naive Bayes model over word stems, bigrams and character n-grams, with
 * sub-linear term frequencies. It trains in milliseconds from the departments' names,
 * descriptions, keywords and examples (plus any labeled mails given), so routing works without
 * an LLM and without downloading a model.
 */
export function trainFallbackClassifier(
  departments: readonly DepartmentSpec[],
  extraExamples: readonly TrainingExample[] = [],
  options: FallbackTrainingOptions = {},
): FallbackClassifier {
  const excluded = new Set(options.exclude ?? []);
  const classes = departments.filter((department) => !excluded.has(department.id));
  if (classes.length === 0) throw new RangeError("fallback classifier needs at least one department");
  const index = new Map(classes.map((department, i) => [department.id, i]));
  const counts = classes.map(() => new Map<string, number>());

  const learn = (classIndex: number, text: string, weight: number) => {
    const target = counts[classIndex]!;
    for (const [feature, count] of extractFeatures(text)) {
      target.set(feature, (target.get(feature) ?? 0) + weight * Math.log1p(count));
    }
  };

  classes.forEach((department, i) => {
    learn(i, department.name, 1);
    learn(i, department.description, 1);
    for (const keyword of department.keywords) learn(i, keyword, KEYWORD_WEIGHT);
    for (const example of department.examples) learn(i, example, 1);
  });
  let skippedExamples = 0;
  for (const example of extraExamples) {
    const classIndex = index.get(example.department);
    if (classIndex === undefined) skippedExamples++;
    else learn(classIndex, example.text, 1);
  }

  // One row of log probabilities per known feature, a column per department, all in one table:
  // classifying looks each feature of a mail up once, not once per department. A row starts at
  // the smoothed floor of an unseen feature; each department's own counts then overwrite theirs.
  const width = classes.length;
  const rowOf = new Map<string, number>();
  for (const classCounts of counts) {
    for (const feature of classCounts.keys()) if (!rowOf.has(feature)) rowOf.set(feature, rowOf.size * width);
  }
  const vocabularySize = rowOf.size;
  const denominators = counts.map((classCounts) => {
    let total = 0;
    for (const count of classCounts.values()) total += count;
    return Math.log(total + SMOOTHING * vocabularySize);
  });
  const table = new Float64Array(vocabularySize * width);
  const unseen = denominators.map((denominator) => Math.log(SMOOTHING) - denominator);
  for (let row = 0; row < table.length; row += width) table.set(unseen, row);
  counts.forEach((classCounts, i) => {
    for (const [feature, count] of classCounts) {
      table[rowOf.get(feature)! + i] = Math.log(count + SMOOTHING) - denominators[i]!;
    }
  });
  const ids = classes.map((department) => department.id);

  return {
    departments: ids,
    skippedExamples,
    classify(text: string): FallbackPrediction {
      const sums = new Array<number>(width).fill(0);
      let mass = 0;
      for (const [feature, count] of extractFeatures(text)) {
        const row = rowOf.get(feature);
        if (row === undefined) continue;
        const weight = Math.log1p(count);
        mass += weight;
        for (let i = 0; i < width; i++) sums[i]! += weight * table[row + i]!;
      }
      // No known feature at all: every department is equally (un)likely.
      const logits = sums.map((sum) => (mass === 0 ? 0 : (SHARPNESS * sum) / mass));
      const probabilities = softmax(logits);
      let best = 0;
      for (let i = 1; i < probabilities.length; i++) if (probabilities[i]! > probabilities[best]!) best = i;
      const scores: Record<string, number> = {};
      ids.forEach((id, i) => {
        scores[id] = probabilities[i]!;
      });
      return { department: ids[best]!, confidence: probabilities[best]!, scores };
    },
  };
}

function softmax(values: number[]): number[] {
  const max = Math.max(...values);
  const exps = values.map((value) => Math.exp(value - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}
