// Reads a hand-written set the way a session works on one, after its blind measure:
//   node libs/pii/dist/corpus/inspect-set.js <v325 | heldout-v325 | path/to/handwritten.txt> [leaks | fp] [TYPE]
// prints the set's three figures (the ones the README and heldout.test.ts use), its per-type
// scores, and its leaks or needless masks; and
//   node libs/pii/dist/corpus/inspect-set.js --all
// prints one line per corpus file (leaks, needless masks, per type), to diff before and after a
// rule. Sets listed as never read in test/fixtures/pii/README.md are to be measured, not read:
// use --all or the figures only.
import { readdirSync, readFileSync } from "node:fs";
import { parseHandwritten } from "./annotated.js";
import {
  CORPUS_DIR,
  type CorpusName,
  type Evaluation,
  evaluate,
  groupOf,
  loadCorpus,
  precisionOf,
  recallOf,
  STRUCTURED_TYPE_NAMES,
} from "./evaluate.js";

function load(name: string) {
  if (name.endsWith(".txt")) return parseHandwritten(readFileSync(name, "utf8"), "file");
  const set = /^v\d+$/.test(name) ? `heldout-${name}` : name;
  return loadCorpus(set as CorpusName);
}

function figures(result: Evaluation): string {
  const recall = (keep: (type: string) => boolean) => {
    const score = groupOf(result, keep);
    return `${recallOf(score).toFixed(3)} (${score.leaked}/${score.support})`;
  };
  const all = groupOf(result, () => true);
  return `structured ${recall((t) => STRUCTURED_TYPE_NAMES.has(t))} PERSON ${recall((t) => t === "PERSON")} STREET_ADDRESS ${recall((t) => t === "STREET_ADDRESS")} precision ${precisionOf(all).toFixed(3)} (${all.falsePositives}/${all.predicted})`;
}

function corpusLines(): void {
  const versions = readdirSync(CORPUS_DIR)
    .map((file) => /^heldout-v(\d+)\.jsonl$/.exec(file)?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  for (const set of ["dev", "heldout", ...versions.map((v) => `heldout-v${v}`)]) {
    const result = evaluate(loadCorpus(set as CorpusName));
    const scores = [...result.byType.values()].filter((s) => s.leaked > 0 || s.falsePositives > 0);
    const perType = scores.map((s) => `${s.type}:${s.leaked}/${s.falsePositives}`).sort();
    console.log(`${set}\t${result.leaks.length}\t${result.falsePositives.length}\t${perType.join(",")}`);
  }
}

const [name, what, type] = process.argv.slice(2);
if (name === undefined || name === "--all") {
  corpusLines();
} else {
  const result = evaluate(load(name));
  console.log(figures(result));
  for (const score of [...result.byType.values()].sort((a, b) => a.type.localeCompare(b.type)))
    console.log(
      `${score.type.padEnd(16)} support ${String(score.support).padStart(4)}  leaked ${String(score.leaked).padStart(3)}  needless ${String(score.falsePositives).padStart(3)}`,
    );
  const findings = what === "fp" ? result.falsePositives : what === "leaks" ? result.leaks : [];
  for (const finding of findings)
    if (type === undefined || finding.type === type)
      console.log(`${what === "fp" ? "FP  " : "LEAK"} ${finding.id} ${finding.type}: ${finding.context}`);
}
